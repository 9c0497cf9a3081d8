package org.dramatis.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dramatis.nlp.Dependency;
import org.dramatis.nlp.Sentence;
import org.dramatis.nlp.Token;

/** Indexed access to one parsed sentence: children and parents per token, and which document mention covers a token. */
final class SentenceView {
    final Sentence sentence;
    final List<Token> tokens;
    private final List<List<Dependency>> children;
    private final List<List<Dependency>> parents;
    final int[] mentionAt;
    /** Whether each token stands inside quotation marks (speech the article reports, not its own words). */
    final boolean[] inQuote;

    SentenceView(Sentence sentence) {
        this.sentence = sentence;
        this.tokens = sentence.tokens();
        int n = tokens.size();
        children = new ArrayList<>(n);
        parents = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            children.add(new ArrayList<>(2));
            parents.add(new ArrayList<>(1));
        }
        for (Dependency d : VerbFirst.repair(sentence)) {
            if (d.dependent() < 0 || d.dependent() >= n) {
                continue;
            }
            parents.get(d.dependent()).add(d);
            if (d.governor() >= 0 && d.governor() < n) {
                children.get(d.governor()).add(d);
            }
        }
        inQuote = new boolean[n];
        mentionAt = new int[n];
        java.util.Arrays.fill(mentionAt, -1);
        dateAt = new org.dramatis.nlp.EntityMention[n];
        for (org.dramatis.nlp.EntityMention m : sentence.mentions()) {
            if ("DATE".equals(m.tag()) && m.normalized() != null) {
                for (int t = Math.max(0, m.tokenBegin()); t < Math.min(n, m.tokenEnd()); t++) {
                    dateAt[t] = m;
                }
            }
        }
    }

    /** The DATE mention covering each token, or null. */
    final org.dramatis.nlp.EntityMention[] dateAt;

    /** A DATE attached to {@code i} by any dependency (obl:in, obl:tmod, nmod:of, compound...), or null. */
    org.dramatis.nlp.EntityMention dateOf(int i) {
        if (i < 0) {
            return null;
        }
        org.dramatis.nlp.EntityMention vague = null;
        org.dramatis.nlp.EntityMention counted = null;
        for (Dependency d : children.get(i)) {
            org.dramatis.nlp.EntityMention m = dateAt[d.dependent()];
            if (m != null && !m.normalized().contains("REF") && !d.relation().startsWith("conj")) {
                if (m.normalized().startsWith("OFFSET")) {
                    // "Two months earlier, after X held a referendum in September 2017": a span counted from another
                    // date yields to a calendar date the same word carries (the parse often hangs both on one verb).
                    counted = counted == null ? m : counted;
                    continue;
                }
                // "before dawn on Sunday": the day a time of day hangs on.
                org.dramatis.nlp.EntityMention day = dayOf(d.dependent(), m);
                if (day != null || named(m)) {
                    return day != null ? day : m;
                }
                vague = vague == null ? m : vague;
            }
        }
        if (counted != null || vague != null) {
            return counted != null ? counted : vague;
        }
        for (Dependency d : children.get(i)) {
            // "on Friday night": a time of day that is no date itself, named by its day.
            org.dramatis.nlp.EntityMention day = d.relation().startsWith("obl") ? dayOf(d.dependent(), null) : null;
            if (day != null) {
                return day;
            }
        }
        return null;
    }

    /**
     * Whether a date mention names its day ("Sunday", "3 May", "2019") rather than only a time of day ("dawn",
     * "the evening"), which SUTime places on the article's day: a named date beside it wins.
     */
    private static boolean named(org.dramatis.nlp.EntityMention m) {
        return m.text().chars().anyMatch(c -> Character.isDigit(c) || Character.isUpperCase(c));
    }

    /** A date other than {@code except} that names the day of token {@code t} (an nmod or compound of it), or null. */
    private org.dramatis.nlp.EntityMention dayOf(int t, org.dramatis.nlp.EntityMention except) {
        for (Dependency day : children.get(t)) {
            org.dramatis.nlp.EntityMention dm = dateAt[day.dependent()];
            boolean names = day.relation().startsWith("nmod") || day.relation().equals("compound");
            if (dm != null && dm != except && names && !dm.normalized().contains("REF")) {
                return dm;
            }
        }
        return null;
    }

    int size() {
        return tokens.size();
    }

    String lemma(int i) {
        String l = tokens.get(i).lemma();
        return (l == null ? tokens.get(i).word() : l).toLowerCase(Locale.ROOT);
    }

    String lower(int i) {
        return tokens.get(i).word().toLowerCase(Locale.ROOT);
    }

    String pos(int i) {
        return tokens.get(i).pos() == null ? "" : tokens.get(i).pos();
    }

    boolean isVerb(int i) {
        return pos(i).startsWith("VB");
    }

    boolean isNoun(int i) {
        return pos(i).startsWith("NN");
    }

    boolean isPronoun(int i) {
        return i >= 0 && pos(i).startsWith("PRP");
    }

    List<Dependency> children(int i) {
        return children.get(i);
    }

    List<Dependency> parents(int i) {
        return parents.get(i);
    }

    /** Dependents of {@code i} whose relation equals or starts with {@code rel} followed by ':' (so "nsubj" also finds "nsubj:pass" only if asked). */
    List<Integer> dependents(int i, String... rels) {
        List<Integer> out = new ArrayList<>(2);
        for (Dependency d : children.get(i)) {
            for (String r : rels) {
                if (d.relation().equals(r)) {
                    out.add(d.dependent());
                }
            }
        }
        return out;
    }

    int first(int i, String... rels) {
        List<Integer> l = dependents(i, rels);
        return l.isEmpty() ? -1 : l.get(0);
    }

    /** The governor of {@code i} through one of the relations, or -1. */
    int governor(int i, String... rels) {
        for (Dependency d : parents.get(i)) {
            for (String r : rels) {
                if (d.relation().equals(r) && d.governor() >= 0) {
                    return d.governor();
                }
            }
        }
        return -1;
    }

    /** The first basic-tree governor of {@code i} (ignoring enhanced extra edges where possible), or -1. */
    int head(int i) {
        for (Dependency d : parents.get(i)) {
            if (!d.relation().contains("xsubj") && !d.relation().equals("ref")) {
                return d.governor();
            }
        }
        return -1;
    }

    String relationToHead(int i) {
        for (Dependency d : parents.get(i)) {
            if (!d.relation().contains("xsubj") && !d.relation().equals("ref")) {
                return d.relation();
            }
        }
        return "";
    }

    boolean hasChildLemma(int i, String rel, String lemma) {
        for (Dependency d : children.get(i)) {
            if (d.relation().startsWith(rel) && lemma(d.dependent()).equals(lemma)) {
                return true;
            }
        }
        return false;
    }

    /** Dependents of {@code i} with any relation starting with {@code prefix} (e.g. "obl", "nmod"). */
    List<Dependency> childrenWithPrefix(int i, String prefix) {
        List<Dependency> out = new ArrayList<>(2);
        for (Dependency d : children.get(i)) {
            if (d.relation().startsWith(prefix)) {
                out.add(d);
            }
        }
        return out;
    }

    /** Tokens in the subtree of {@code root}, not descending through clause-level edges (advcl, ccomp, parataxis, conj). */
    List<Integer> phrase(int root, boolean stopAtClauses) {
        List<Integer> out = new ArrayList<>();
        boolean[] seen = new boolean[size()];
        java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>();
        todo.add(root);
        seen[root] = true;
        while (!todo.isEmpty()) {
            int t = todo.poll();
            out.add(t);
            for (Dependency d : children.get(t)) {
                String r = d.relation();
                if (seen[d.dependent()] || r.contains("xsubj") || r.equals("ref")) {
                    continue;
                }
                if (stopAtClauses && (r.startsWith("advcl") || r.startsWith("ccomp") || r.startsWith("parataxis")
                        || r.startsWith("conj") || r.equals("dep"))) {
                    continue;
                }
                seen[d.dependent()] = true;
                todo.add(d.dependent());
            }
        }
        return out;
    }
}
