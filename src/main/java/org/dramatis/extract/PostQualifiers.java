package org.dramatis.extract;

/**
 * Qualifiers that make a post another one ({@code post-qualifiers.tsv}: "deputy", "vice" → "deputy", "assistant"):
 * "Deputy Interior Minister X" holds "deputy minister of interior", not "interior minister". Split from
 * {@link TitleRules}, which finds the titles and asks these.
 */
final class PostQualifiers {
    private final TitleWords titles;

    PostQualifiers(TitleWords titles) {
        this.titles = titles;
    }

    /** Whether a title starts within the three words from {@code j} ("Deputy [Interior] Minister", "Vice President"). */
    boolean titleFollows(SentenceView v, int j) {
        for (int k = j; k < Math.min(v.size(), j + 3); k++) {
            for (int n = Math.min(titles.longestRole(), v.size() - k); n >= 1; n--) {
                StringBuilder sb = new StringBuilder(v.lower(k));
                for (int m = 1; m < n; m++) {
                    sb.append(' ').append(v.lower(k + m));
                }
                if (titles.role(sb.toString()) != null && v.isNoun(k + n - 1)) {
                    return true;
                }
            }
            if (!v.isNoun(k) && !v.pos(k).startsWith("JJ")) {
                return false;
            }
        }
        return false;
    }

    /**
     * The post with the qualifier that makes it another one ("Deputy Interior Minister X" holds "deputy minister of
     * interior"): a word of {@code post-qualifiers.tsv} right before the title or before its portfolio word.
     */
    String qualified(SentenceView v, int first, String role, String fullRole) {
        int p = first - 1;
        if (p >= 0 && !titles.postQualifiers().containsKey(v.lower(p)) && !fullRole.equals(role) && v.isNoun(p)) {
            p--; // the portfolio word ("interior") stands between the qualifier and the title
        }
        String q = p >= 0 ? titles.postQualifiers().get(v.lower(p)) : null;
        if (q == null || fullRole.startsWith(q + " ") || role.startsWith(q + " ")) {
            return fullRole;
        }
        return q + " " + fullRole;
    }
}
