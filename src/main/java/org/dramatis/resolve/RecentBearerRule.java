package org.dramatis.resolve;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A short form that two differently named persons of one document share ("Barzani" beside "Masoud Barzani" and
 * "Masrour Barzani", "Allawi" beside "Mohammed Tawfiq Allawi" and "Ali Allawi") names, as a reader takes it, the one
 * the text is speaking of: the one it named (in full, or by this short form) in the same or the sentence before
 * ("... among them Ali Allawi, the new finance minister. Allawi ran the ministry once before."), else the one it
 * named first, the story's own subject ("Qais al-Khazali ... captured with his brother Laith al-Khazali ... Khazali is
 * among the loudest critics"). Each such mention is read on its own, not by its key. A short form stays apart when
 * the sentence before names both ("Masrour Barzani met his father Masoud Barzani. Barzani said ...") or when no full
 * name comes before it (a headline's "Barzani"); such leftovers join each other by their key, as any other mentions
 * do. With one such person in the document the short form is {@link ShortFormRule}'s.
 */
final class RecentBearerRule {
    private RecentBearerRule() {
    }

    /** The person mentions whose words end the names of two or more differently named persons of the document. */
    static Set<Integer> shared(List<MentionInfo> infos) {
        Set<Integer> out = new HashSet<>();
        for (int i = 0; i < infos.size(); i++) {
            MentionInfo part = infos.get(i);
            if (part.cls() != 'P' || part.tokens().isEmpty()) {
                continue;
            }
            Set<String> bearers = new HashSet<>();
            for (MentionInfo full : infos) {
                if (bears(full, part)) {
                    bearers.add(full.key());
                }
            }
            if (bearers.size() > 1) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * Joins each mention of {@code shared} (positions in text order) to the person it names, when the text settles
     * it; the mentions left join each other by their key.
     */
    static void apply(List<MentionInfo> infos, Set<Integer> shared, MentionUnions u) {
        Map<String, Integer> leftover = new LinkedHashMap<>();
        // The full-name mention each resolved short form was joined to.
        Map<Integer, Integer> named = new HashMap<>();
        for (int i = 0; i < infos.size(); i++) {
            if (!shared.contains(i)) {
                continue;
            }
            MentionInfo part = infos.get(i);
            int sentence = part.mention().sentence();
            int first = -1;
            int recent = -1;
            for (int j = 0; j < i; j++) {
                MentionInfo m = infos.get(j);
                boolean bearer = bears(m, part);
                if (bearer && first < 0) {
                    first = j;
                }
                if (bearer || named.containsKey(j) && m.key().equals(part.key())) {
                    recent = bearer ? j : named.get(j);
                    recent = m.mention().sentence() >= sentence - 1 ? recent : -1;
                }
            }
            int owner = recent >= 0 ? recent : first;
            if (owner < 0 || recent >= 0 && anotherNear(infos, i, infos.get(recent))) {
                Integer earlier = leftover.putIfAbsent(part.key(), i);
                if (earlier != null) {
                    u.join(earlier, i, null);
                }
                continue;
            }
            named.put(i, owner);
            u.join(owner, i, "'" + part.display() + "' is the short form of '" + infos.get(owner).display() + "', "
                    + (recent >= 0 ? "the one of the document's persons so named that the text named just before it"
                    : "the first of the document's persons so named, the one the text speaks of"));
        }
    }

    /**
     * Whether the sentence before mention {@code i}, or its own sentence before it, names another bearer of its short
     * form than {@code owner}.
     */
    private static boolean anotherNear(List<MentionInfo> infos, int i, MentionInfo owner) {
        MentionInfo part = infos.get(i);
        int sentence = part.mention().sentence();
        for (int j = 0; j < i; j++) {
            MentionInfo other = infos.get(j);
            if (bears(other, part) && !other.key().equals(owner.key()) && other.mention().sentence() >= sentence - 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code full} is a person's longer name ending with {@code part}'s words: a family name. (A given name two
     * persons share is left alone: "Ali" is as often a tagger's reading of "the Imam Ali shrine".)
     */
    private static boolean bears(MentionInfo full, MentionInfo part) {
        List<String> f = full.tokens();
        List<String> p = part.tokens();
        return full.cls() == 'P' && f.size() > p.size() && f.subList(f.size() - p.size(), f.size()).equals(p);
    }
}
