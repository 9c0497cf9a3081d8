package org.dramatis.corpus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Warnings, not errors: each place where a name the article annotates elsewhere occurs with no mention on it ("Kabir"
 * annotated twice, found three times). Usually a forgotten mention; sometimes rightly left out (a name inside an
 * outlet's name, a bureau line), which is why it does not fail the check. Descriptions (lower-case mentions) are not
 * looked for.
 */
final class MissedMentions {
    private MissedMentions() {
    }

    /** @param showText whether a warning may quote the article (the name and its context), else it names the line only */
    static List<CorpusError> find(Annotated a, boolean showText) {
        Set<String> names = new LinkedHashSet<>();
        for (Annotated.Mention m : a.mentions()) {
            String q = m.span().of(a.text());
            if (Character.isUpperCase(q.codePointAt(0))) {
                names.add(q);
            }
        }
        List<CorpusError> out = new ArrayList<>();
        for (String name : names) {
            List<Span> found = Quotes.occurrences(a.text(), name);
            for (int i = 0; i < found.size(); i++) {
                Span s = found.get(i);
                if (a.mentions().stream().noneMatch(m -> m.span().overlaps(s))) {
                    String message = showText ? "'" + name + "' (n=" + (i + 1) + ") has no mention here: \""
                            + context(a.text(), s) + "\"" : "a name annotated elsewhere in this article has no mention here"
                            + " (text not shown: the " + a.split() + " split is sealed)";
                    out.add(new CorpusError(a.txt(), lineOf(a.text(), s.start()), "", message));
                }
            }
        }
        return out;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String context(String text, Span s) {
        int from = Math.max(0, s.start() - 30);
        int to = Math.min(text.length(), s.end() + 30);
        return (from > 0 ? "..." : "") + text.substring(from, to).replace('\n', ' ') + (to < text.length() ? "..." : "");
    }
}
