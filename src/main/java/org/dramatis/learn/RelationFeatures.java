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
        return f;
    }
}
