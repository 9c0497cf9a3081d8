package org.dramatis.learn;

import java.util.ArrayList;
import java.util.List;

/**
 * Features of the learned relation model for two actor mentions of one sentence, {@code a} before {@code b} (their head
 * tokens): the dependency path between them, the words between, their types and the words around. No feature names an
 * actor.
 */
final class RelationFeatures {
    private RelationFeatures() {
    }

    static List<String> pair(Parse p, int a, int b, int aEnd, int bBegin, String typeA, String typeB) {
        List<String> f = new ArrayList<>();
        String types = typeA + "-" + typeB;
        String path = p.path(a, b, 4);
        f.add("types=" + types);
        f.add("path=" + path);
        f.add("path-types=" + path + "/" + types);
        int gap = bBegin - aEnd;
        f.add("gap=" + (gap <= 0 ? "0" : gap <= 2 ? "1-2" : gap <= 5 ? "3-5" : gap <= 10 ? "6-10" : "far"));
        StringBuilder between = new StringBuilder();
        for (int k = aEnd; k < bBegin && k < aEnd + 12; k++) {
            String l = p.lemma(k);
            f.add("bw=" + l);
            f.add("bw-types=" + l + "/" + types);
            if (gap <= 4) {
                between.append(l).append('_');
            }
        }
        if (gap <= 4) {
            f.add("seq=" + between);
            f.add("seq-types=" + between + "/" + types);
        }
        f.add("a-1=" + p.lemma(a - 1));
        f.add("a-1-types=" + p.lemma(a - 1) + "/" + types);
        f.add("b+1=" + p.lemma(b + 1));
        f.add("rel-a=" + p.relation[a]);
        f.add("rel-b=" + p.relation[b]);
        int ha = p.head[a];
        int hb = p.head[b];
        f.add("head-a=" + (ha < 0 ? "ROOT" : p.lemma(ha)));
        f.add("head-b=" + (hb < 0 ? "ROOT" : p.lemma(hb)));
        if (ha >= 0 && ha == hb) {
            f.add("shared-head=" + p.lemma(ha));
        }
        cues(f, p, a, b, aEnd, bBegin, types);
        shapes(f, p, a, b);
        return f;
    }

    /**
     * The relation words of the lexicons ({@link RelationCues}) by where they stand: on the dependency path between the
     * two ("cue-path=opposes"), between them in the text ("cue-bw"), or just outside them ("cue-out"); the path with
     * its inner words' lemmas ("lpath=nsubj^|criticize|obj"... as relations and lemmas); negation and modal verbs on
     * the path or between.
     */
    static void cues(List<String> f, Parse p, int a, int b, int aEnd, int bBegin, String types) {
        java.util.Set<String> seen = new java.util.TreeSet<>();
        List<Integer> nodes = p.pathNodes(a, b, 4);
        StringBuilder lpath = new StringBuilder(p.relation[a]);
        for (int k : nodes) {
            lpath.append('|').append(p.lemma(k)).append(':').append(p.relation[k]);
            RelationCues.of(p.lemma(k), p.lower(k)).forEach(c -> seen.add("cue-path=" + c));
            polarity(f, p, k, "path");
        }
        f.add("lpath=" + lpath + "|" + p.relation[b]);
        for (int k = aEnd; k < bBegin && k < aEnd + 12; k++) {
            RelationCues.of(p.lemma(k), p.lower(k)).forEach(c -> seen.add("cue-bw=" + c));
            polarity(f, p, k, "bw");
        }
        for (int k : new int[] {a - 2, a - 1, b + 1, b + 2}) {
            if (k >= 0 && k < p.size()) {
                RelationCues.of(p.lemma(k), p.lower(k)).forEach(c -> seen.add("cue-out=" + c));
            }
        }
        for (String c : seen) {
            f.add(c);
            f.add(c + "/" + types);
        }
    }

    /** "neg-path" or "neg-bw" for a negation, "modal-path=may" for a modal verb; {@code k} or its auxiliaries. */
    private static void polarity(List<String> f, Parse p, int k, String where) {
        if (p.relation[k].equals("neg") || p.relation[k].equals("advmod") && NEGATIONS.contains(p.lower(k))) {
            f.add("neg-" + where);
        }
        if (p.pos(k).equals("MD")) {
            f.add("modal-" + where + "=" + p.lemma(k));
        }
        for (int c : p.children.get(k)) {
            if (where.equals("path") && (p.relation[c].equals("neg") || NEGATIONS.contains(p.lower(c)))) {
                f.add("neg-path");
            }
            if (where.equals("path") && p.pos(c).equals("MD")) {
                f.add("modal-path=" + p.lemma(c));
            }
        }
    }

    private static final java.util.Set<String> NEGATIONS = java.util.Set.of("not", "n't", "never", "no");

    /**
     * Shapes that name a relation in a noun phrase: a possessive ("X's ally Y": "poss-noun=ally" with its cue), an
     * apposition ("Y, a critic of X": "appos-noun=critic"), and a hyphenated word holding a mention ("Iran-backed
     * militias": "hyphen-a=backed", and "hyphen-a-backing" when the suffix is a backing suffix).
     */
    static void shapes(List<String> f, Parse p, int a, int b) {
        for (int[] side : new int[][] {{a, b}, {b, a}}) {
            String name = side[0] == a ? "a" : "b";
            int x = side[0];
            if (p.relation[x].startsWith("nmod:poss") && p.head[x] >= 0) {
                int noun = p.head[x];
                f.add("poss-" + name + "=" + p.lemma(noun));
                RelationCues.of(p.lemma(noun), p.lower(noun)).forEach(c -> f.add("poss-" + name + "-cue=" + c));
            }
            if (p.relation[x].equals("appos") || p.head[x] >= 0 && p.relation[p.head[x]].equals("appos")) {
                int noun = p.relation[x].equals("appos") ? x : p.head[x];
                f.add("appos-" + name + "=" + p.lemma(noun));
                RelationCues.of(p.lemma(noun), p.lower(noun)).forEach(c -> f.add("appos-" + name + "-cue=" + c));
            }
            String word = p.lower(x);
            int dash = word.lastIndexOf('-');
            if (dash > 0 && dash < word.length() - 1) {
                String suffix = word.substring(dash + 1);
                f.add("hyphen-" + name + "=" + suffix);
                if (RelationCues.backingSuffix(suffix)) {
                    f.add("hyphen-" + name + "-backing");
                }
            }
        }
    }
}
