package org.dramatis.resolve;

import java.util.List;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Comparisons of two persons' full names, word by word, that {@link CandidateFinder} asks before it offers one person's
 * entity to another's name: whether their given names are spelled alike and whether their middle names differ.
 */
final class FullNames {
    /** Jaro-Winkler on spelled given names below which a skeleton match on them is a coincidence ("Omar"/"Imran"). */
    private static final double GIVEN_SPELLING = 0.75;
    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();

    private FullNames() {
    }

    /**
     * Whether the given names of two full names, as spelled with their vowels, are near enough to be one name
     * transliterated twice ("Kadhim"/"Kazem", "Omar"/"Umar"): their skeletons alone make "Omar" and "Imran" alike.
     */
    static boolean spelledAlike(NameKeys keys, String a, String b) {
        return JW.apply(keys.spelling(a.strip().split("\\s+")[0]), keys.spelling(b.strip().split("\\s+")[0])) >= GIVEN_SPELLING;
    }

    /**
     * Whether two names of three or more words have middle names that neither match nor spell one another, and neither
     * holds the other's in order ("Imran Khan Niazi" and "Imran Ahmed Khan Niazi" write one man's names, one of them
     * left out).
     */
    static boolean middlesDiffer(List<String> a, List<String> b) {
        if (a.size() < 3 || b.size() < 3) {
            return false;
        }
        List<String> x = a.subList(1, a.size() - 1);
        List<String> y = b.subList(1, b.size() - 1);
        return !inOrder(x, y) && !inOrder(y, x) && JW.apply(String.join(" ", x), String.join(" ", y)) < 0.9;
    }

    /**
     * Whether one name of two or more words is written within the other, in order and with a word of the longer left out
     * between, from the same given name to a different last word ("Imran Khan" within "Imran Ahmed Khan Niazi"): one
     * person's short and long names. A name that starts with another given name ("Shehbaz Sharif" within "Hamza Shehbaz
     * Sharif", a son named after his father) is not, nor one that opens the longer unbroken ("Aung San" within "Aung San
     * Suu Kyi", a daughter named after her father).
     */
    static boolean writtenWithin(List<String> a, List<String> b) {
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = shorter == a ? b : a;
        return shorter.size() >= 2 && longer.size() > shorter.size() && shorter.get(0).equals(longer.get(0))
                && !shorter.get(shorter.size() - 1).equals(longer.get(longer.size() - 1)) && inOrder(shorter, longer)
                && !shorter.equals(longer.subList(0, shorter.size()));
    }

    /**
     * Whether two full names of three or more words are one name whose middle words the Maghrebi French spelling writes
     * with a g where the Arabic transliteration writes q ("Gaid"/"Qaid", one letter, qaf): the same number of words, the
     * first and last words alike (same skeleton), and each differing middle word spelled with a g where the other has
     * a q, alike otherwise. A k is no q: "Gamal" (an Egyptian Jamal) and "Kamal" are two names.
     */
    static boolean middleQafAlike(NameKeys keys, String a, String b) {
        List<String> x = words(keys, a);
        List<String> y = words(keys, b);
        if (x.size() < 3 || x.size() != y.size()) {
            return false;
        }
        int differing = 0;
        for (int i = 0; i < x.size(); i++) {
            if (keys.skeleton(x.get(i)).equals(keys.skeleton(y.get(i)))) {
                continue;
            }
            if (i == 0 || i == x.size() - 1 || !(qafAsG(keys, x.get(i), y.get(i)) || qafAsG(keys, y.get(i), x.get(i)))) {
                return false;
            }
            differing++;
        }
        return differing > 0;
    }

    /**
     * Whether two full names are one name whose given name one outlet writes with a g where the other writes q
     * ("Gasim"/"Qasim", the Sudanese and Gulf g for qaf): the same number of words, the given names alike but for that
     * letter, every other word alike (same skeleton). A k is no q: "Gamal" and "Kamal" are two names.
     */
    static boolean givenQafAlike(NameKeys keys, String a, String b) {
        List<String> x = words(keys, a);
        List<String> y = words(keys, b);
        if (x.size() < 2 || x.size() != y.size()) {
            return false;
        }
        for (int i = 1; i < x.size(); i++) {
            if (!keys.skeleton(x.get(i)).equals(keys.skeleton(y.get(i)))) {
                return false;
            }
        }
        return qafAsG(keys, x.get(0), y.get(0)) || qafAsG(keys, y.get(0), x.get(0));
    }

    /**
     * Whether two person names are spellings the rules know of one name ({@link #middleQafAlike}, {@link #givenQafAlike},
     * {@link #surnameGlideAlike} with the other words alike): the match model, which reads vowels and letters, must not
     * split them.
     */
    static boolean knownVariants(NameKeys keys, String a, String b) {
        List<String> x = words(keys, a);
        List<String> y = words(keys, b);
        if (x.size() < 2 || x.size() != y.size()) {
            return false;
        }
        boolean othersAlike = true;
        for (int i = 0; i < x.size() - 1; i++) {
            othersAlike &= keys.skeleton(x.get(i)).equals(keys.skeleton(y.get(i)));
        }
        return middleQafAlike(keys, a, b) || givenQafAlike(keys, a, b) || othersAlike && surnameGlideAlike(keys, a, b);
    }

    /** Whether word {@code g} writes with a g each q of word {@code q} and is otherwise spelled alike (same skeleton). */
    private static boolean qafAsG(NameKeys keys, String g, String q) {
        return q.indexOf('q') >= 0 && q.indexOf('g') < 0 && g.indexOf('q') < 0 && g.indexOf('g') >= 0
                && keys.skeleton(q.replace('q', 'g')).equals(keys.skeleton(g));
    }

    /**
     * Whether two surnames are one name once a u before a vowel is read as the w it stands for ("Karoui", French for
     * "Qarawi"; "Marouane" for "Marwan"): the consonant skeleton drops every vowel, so a u that is a consonant there
     * falls out of one spelling while the other writes it w. Compared on the last word of each name as spelled.
     */
    static boolean surnameGlideAlike(NameKeys keys, String a, String b) {
        List<String> x = words(keys, a);
        List<String> y = words(keys, b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        String p = x.get(x.size() - 1);
        String q = y.get(y.size() - 1);
        String gp = glide(p);
        String gq = glide(q);
        return !(gp.equals(p) && gq.equals(q)) && keys.skeleton(gp).equals(keys.skeleton(gq));
    }

    /** A word with each u (or ou) between a letter and a vowel written w. */
    private static String glide(String word) {
        return word.replaceAll("(?<=[a-z])o?u(?=[aeiy])", "w");
    }

    /** The words of a name as spelled: lowercase ASCII, split at spaces, hyphens and other non-letters. */
    private static List<String> words(NameKeys keys, String name) {
        return java.util.Arrays.stream(keys.ascii(name).split("[^a-z0-9]+")).filter(w -> !w.isEmpty()).toList();
    }

    /** Whether every word of {@code part} occurs in {@code whole}, in the same order. */
    private static boolean inOrder(List<String> part, List<String> whole) {
        int at = 0;
        for (String w : whole) {
            if (at < part.size() && part.get(at).equals(w)) {
                at++;
            }
        }
        return at == part.size();
    }
}
