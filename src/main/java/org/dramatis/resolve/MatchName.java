package org.dramatis.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dramatis.model.ActorType;

/**
 * A name prepared once for the pairwise match model: its display form (honorifics and "the" stripped, a state's
 * formal name shortened; {@link NameKeys#display}), its consonant-skeleton tokens ({@link NameKeys#tokens}) and its
 * vowel-aware tokens ({@link #vowelKey}), so that two names meet on their vowels too: "Saadi" and "Saudi" share the
 * skeleton {@code sd} but not the vowels, "Kazemi" and "Kadhimi" share both.
 *
 * @param surface  the name as written
 * @param type     the actor type it was tagged with
 * @param display  the display form
 * @param skeleton the consonant-skeleton tokens
 * @param vowels   the vowel-aware tokens, articles dropped
 * @param acronym  whether the text wrote it as an acronym ("PMF", "SaS")
 */
public record MatchName(String surface, ActorType type, String display, List<String> skeleton, List<String> vowels,
                        boolean acronym) {
    public MatchName {
        skeleton = List.copyOf(skeleton);
        vowels = List.copyOf(vowels);
    }

    /** Prepares a name with the given keys. */
    public static MatchName of(String surface, ActorType type, NameKeys keys) {
        String display = keys.display(surface, type);
        return new MatchName(surface, type, display, keys.tokens(display), vowelKey(display),
                NameKeys.looksLikeAcronym(display));
    }

    /** The vowel-aware key as one string. */
    public String vowelString() {
        return String.join(" ", vowels);
    }

    /** The skeleton key as one string. */
    public String skeletonString() {
        return String.join(" ", skeleton);
    }

    /**
     * Whether two spellings that share a consonant skeleton also agree on their vowels: Jaro-Winkler at least 0.9
     * on their vowel-aware keys ("Tehran"/"Teheran" yes, "Amman"/"Oman" no).
     */
    public static boolean sameVowels(String a, String b) {
        String x = String.join(" ", vowelKey(a));
        String y = String.join(" ", vowelKey(b));
        return x.equals(y) || new org.apache.commons.text.similarity.JaroWinklerSimilarity().apply(x, y) >= 0.9;
    }

    /**
     * Vowel-aware tokens of a name: lowercase ASCII, articles ("al-", "el-", "the") dropped, transliteration digraphs
     * folded (dh/z, kh/h, gh/g, q/k, ou/u, ee/i, oo/u), doubled letters single, and the vowels in three classes (a;
     * e and i; o and u), so that spellings of one name meet while a vowel that tells two names apart stays.
     */
    public static List<String> vowelKey(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        s = s.replaceAll("['`\u2018\u2019\u02bf\u02be]", "");
        List<String> out = new ArrayList<>();
        for (String word : s.split("[^a-z0-9-]+")) {
            String w = word.replaceAll("^(al|el|ad|ar|as|ash|at|az|an)-", "").replace("-", "");
            if (w.isEmpty() || w.equals("the") || w.equals("al") || w.equals("el")) {
                continue;
            }
            w = w.replace("dh", "z").replace("th", "t").replace("kh", "h").replace("gh", "g").replace("q", "k")
                    .replace("ou", "u").replace("oo", "u").replace("ee", "i").replace("ie", "i").replace("ck", "k")
                    .replace('c', 'k').replace('y', 'i').replace('e', 'i').replace('o', 'u');
            StringBuilder single = new StringBuilder();
            for (int i = 0; i < w.length(); i++) {
                if (i == 0 || w.charAt(i) != w.charAt(i - 1)) {
                    single.append(w.charAt(i));
                }
            }
            if (single.length() > 0) {
                out.add(single.toString());
            }
        }
        return out;
    }
}
