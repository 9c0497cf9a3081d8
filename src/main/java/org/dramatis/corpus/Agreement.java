package org.dramatis.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.dramatis.model.DramatisException;

/**
 * Agreement between two annotations of one text, as F1 (A taken as reference; F1 is symmetric): mentions by exact
 * span; facts by (subject, relation, object), where B's entities are first lined up with A's by the mention spans they
 * share (each entity with the one sharing most spans, one to one); events by (type, trigger span). Of the facts and
 * events both found, the share given the same modality is reported too.
 */
public final class Agreement {
    private Agreement() {
    }

    /** {@code matched} items in both, {@code a} in A, {@code b} in B. */
    public record Score(int matched, int a, int b) {
        public double precision() {
            return b == 0 ? (a == 0 ? 1 : 0) : matched / (double) b;
        }

        public double recall() {
            return a == 0 ? (b == 0 ? 1 : 0) : matched / (double) a;
        }

        public double f1() {
            return a + b == 0 ? 1 : 2.0 * matched / (a + b);
        }
    }

    /** The three scores, and for matched facts and events how many share their modality. */
    public record Result(Score mentions, Score facts, Score events, int factModalitiesAgreeing,
            int eventModalitiesAgreeing) {
        public String toText() {
            return line("mentions", mentions) + line("facts", facts)
                    + String.format("  same modality on %d of %d matched facts%n", factModalitiesAgreeing, facts.matched())
                    + line("events", events)
                    + String.format("  same modality on %d of %d matched events%n", eventModalitiesAgreeing, events.matched());
        }

        private static String line(String label, Score s) {
            return String.format("%-9s F1 %.3f  (P %.3f, R %.3f; %d matched, %d in A, %d in B)%n", label, s.f1(),
                    s.precision(), s.recall(), s.matched(), s.a(), s.b());
        }
    }

    /** The micro-average of several comparisons: counts summed, then scored. */
    public static Result total(List<Result> results) {
        Score m = new Score(0, 0, 0);
        Score f = new Score(0, 0, 0);
        Score e = new Score(0, 0, 0);
        int fm = 0;
        int em = 0;
        for (Result r : results) {
            m = plus(m, r.mentions());
            f = plus(f, r.facts());
            e = plus(e, r.events());
            fm += r.factModalitiesAgreeing();
            em += r.eventModalitiesAgreeing();
        }
        return new Result(m, f, e, fm, em);
    }

    private static Score plus(Score x, Score y) {
        return new Score(x.matched() + y.matched(), x.a() + y.a(), x.b() + y.b());
    }

    public static Result compare(Annotated a, Annotated b) {
        if (!a.text().equals(b.text())) {
            int i = 0;
            while (i < Math.min(a.text().length(), b.text().length()) && a.text().charAt(i) == b.text().charAt(i)) {
                i++;
            }
            throw new DramatisException(a.txt() + " and " + b.txt() + " are not the same text (they differ from"
                    + " character " + i + "); agreement needs two annotations of one text");
        }
        Set<Span> ma = new HashSet<>();
        a.mentions().forEach(m -> ma.add(m.span()));
        Set<Span> mb = new HashSet<>();
        b.mentions().forEach(m -> mb.add(m.span()));
        Map<String, String> bToA = align(a, b);
        Map<String, CorpusModality> fa = facts(a, id -> id);
        // An entity of B with no counterpart in A keeps a name no A id can have.
        Map<String, CorpusModality> fb = facts(b, id -> bToA.getOrDefault(id, "B:" + id));
        Map<String, CorpusModality> ea = events(a);
        Map<String, CorpusModality> eb = events(b);
        return new Result(score(ma, mb), score(fa.keySet(), fb.keySet()), score(ea.keySet(), eb.keySet()),
                sameModality(fa, fb), sameModality(ea, eb));
    }

    /** B's entity ids mapped to the A entity sharing most mention spans with each, one to one. */
    static Map<String, String> align(Annotated a, Annotated b) {
        Map<Span, String> spanOfA = new HashMap<>();
        a.mentions().forEach(m -> spanOfA.put(m.span(), m.entity()));
        Map<String, Map<String, Integer>> shared = new HashMap<>();
        b.mentions().forEach(m -> {
            String inA = spanOfA.get(m.span());
            if (inA != null) {
                shared.computeIfAbsent(m.entity(), k -> new HashMap<>()).merge(inA, 1, Integer::sum);
            }
        });
        record Pair(String b, String a, int n) {
        }
        List<Pair> pairs = new ArrayList<>();
        shared.forEach((eb, counts) -> counts.forEach((ea, n) -> pairs.add(new Pair(eb, ea, n))));
        pairs.sort(Comparator.comparingInt(Pair::n).reversed().thenComparing(Pair::b).thenComparing(Pair::a));
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> takenA = new HashSet<>();
        for (Pair p : pairs) {
            if (!out.containsKey(p.b()) && takenA.add(p.a())) {
                out.put(p.b(), p.a());
            }
        }
        return out;
    }

    private static Map<String, CorpusModality> facts(Annotated doc, UnaryOperator<String> toA) {
        Map<String, CorpusModality> out = new HashMap<>();
        for (Annotated.Fact f : doc.facts()) {
            String s = toA.apply(f.s());
            String o = f.o() == null ? "-" : toA.apply(f.o());
            if (f.rel().symmetric() && s.compareTo(o) > 0) {
                String t = s;
                s = o;
                o = t;
            }
            out.putIfAbsent(s + "\u0000" + f.rel().code() + "\u0000" + o, f.mod());
        }
        return out;
    }

    private static Map<String, CorpusModality> events(Annotated doc) {
        Map<String, CorpusModality> out = new HashMap<>();
        doc.events().forEach(e -> out.putIfAbsent(e.type() + "@" + e.trigger().start() + "-" + e.trigger().end(), e.mod()));
        return out;
    }

    private static <K> Score score(Set<K> a, Set<K> b) {
        int matched = 0;
        for (K k : a) {
            if (b.contains(k)) {
                matched++;
            }
        }
        return new Score(matched, a.size(), b.size());
    }

    private static int sameModality(Map<String, CorpusModality> a, Map<String, CorpusModality> b) {
        int n = 0;
        for (Map.Entry<String, CorpusModality> e : a.entrySet()) {
            if (b.containsKey(e.getKey()) && Objects.equals(b.get(e.getKey()), e.getValue())) {
                n++;
            }
        }
        return n;
    }
}
