package org.dramatis.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dramatis.nlp.Dependency;
import org.dramatis.nlp.Sentence;
import org.dramatis.nlp.Token;

/** One sentence's tokens and dependency tree, indexed for feature extraction: heads, relations and children. */
final class Parse {
    final Sentence sentence;
    final int[] head;
    final String[] relation;
    final List<List<Integer>> children = new ArrayList<>();

    Parse(Sentence sentence) {
        this.sentence = sentence;
        int n = sentence.tokens().size();
        head = new int[n];
        relation = new String[n];
        java.util.Arrays.fill(head, -1);
        java.util.Arrays.fill(relation, "root");
        for (int i = 0; i < n; i++) {
            children.add(new ArrayList<>());
        }
        for (Dependency d : sentence.dependencies()) {
            if (d.dependent() < 0 || d.dependent() >= n || d.governor() >= n) {
                continue;
            }
            if (d.governor() >= 0) {
                head[d.dependent()] = d.governor();
                relation[d.dependent()] = d.relation();
                children.get(d.governor()).add(d.dependent());
            }
        }
    }

    int size() {
        return head.length;
    }

    Token token(int i) {
        return sentence.tokens().get(i);
    }

    String lemma(int i) {
        if (i < 0 || i >= size()) {
            return i < 0 ? "<s>" : "</s>";
        }
        Token t = token(i);
        return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
    }

    String lower(int i) {
        return token(i).word().toLowerCase(Locale.ROOT);
    }

    String pos(int i) {
        if (i < 0 || i >= size()) {
            return i < 0 ? "<s>" : "</s>";
        }
        return token(i).pos() == null ? "" : token(i).pos();
    }

    /** Whether token {@code i} is a pronoun or a relative word ("he", "who", "which"): a mention that only refers. */
    boolean pronoun(int i) {
        String tag = pos(i);
        return "PRP".equals(tag) || "WP".equals(tag) || "WDT".equals(tag);
    }

    /** The token of {@code [begin, end)} whose head lies outside the range: the span's syntactic head. */
    int headOf(int begin, int end) {
        for (int i = begin; i < end; i++) {
            if (head[i] < begin || head[i] >= end) {
                return i;
            }
        }
        return end - 1;
    }

    /** The relations from {@code a} up to the lowest common ancestor and down to {@code b}, e.g. "nsubj^|obj". */
    String path(int a, int b, int maxSteps) {
        List<Integer> up = ancestors(a);
        List<Integer> upB = ancestors(b);
        int common = -1;
        for (int x : up) {
            if (upB.contains(x)) {
                common = x;
                break;
            }
        }
        if (common < 0) {
            return "nopath";
        }
        StringBuilder s = new StringBuilder();
        int steps = 0;
        for (int x = a; x != common && steps < maxSteps; x = head[x], steps++) {
            s.append(relation[x]).append('^');
        }
        s.append('|');
        List<String> down = new ArrayList<>();
        for (int x = b; x != common && down.size() < maxSteps; x = head[x]) {
            down.add(0, relation[x]);
        }
        s.append(String.join(">", down));
        return steps + down.size() > 2 * maxSteps ? "long" : s.toString();
    }

    /**
     * The tokens strictly inside the dependency path from {@code a} to {@code b} (up to their lowest common ancestor,
     * then down), in that order; empty when there is no path or a side is longer than {@code maxSteps}.
     */
    List<Integer> pathNodes(int a, int b, int maxSteps) {
        List<Integer> upB = ancestors(b);
        List<Integer> out = new ArrayList<>();
        int x = a;
        while (!upB.contains(x)) {
            x = head[x];
            if (x < 0 || out.size() >= maxSteps) {
                return List.of();
            }
            out.add(x);
        }
        int common = x;
        List<Integer> down = new ArrayList<>();
        for (int y = b; y != common; ) {
            y = head[y];
            if (y == common) {
                break;
            }
            down.add(0, y);
            if (down.size() > maxSteps) {
                return List.of();
            }
        }
        out.addAll(down);
        out.remove((Integer) b);
        return out;
    }

    private List<Integer> ancestors(int a) {
        List<Integer> out = new ArrayList<>();
        for (int x = a; x >= 0 && out.size() < 40; x = head[x]) {
            out.add(x);
        }
        return out;
    }
}
