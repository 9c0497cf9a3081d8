package org.dramatis.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.dramatis.graph.Views.Fact;
import org.dramatis.model.FactKind;

/**
 * Why facts did not match, told by the nearest miss, as {@link EventMisses} tells it for events: for each counted
 * system fact that recovers no gold fact, and for each gold fact no system fact recovers, the closest the other side
 * came. Two ends right under another kind say the relation was misread; the kind and the subject right with another
 * object say the object was (or, when the object stands for no gold actor or there is none, that its mention or its
 * resolution was); the kind and the object right with another subject say little more than that the object takes part
 * in other facts of the kind (a state many hold posts in); an end with no counterpart (a gold actor no entity holds, or an entity that holds no gold actor's name)
 * says mention finding or resolution lost it; and a gold fact between two found actors with nothing near it was not
 * read at all. Counts only: no missed item need be read to know which
 * component to mend.
 *
 * @param emitted system facts matching no gold fact, by reason
 * @param missed  gold facts no system fact matches, by reason
 */
public record FactMisses(Map<String, Integer> emitted, Map<String, Integer> missed) {
    /** The reasons, nearest first. */
    static final List<String> REASONS = List.of("both ends right, another kind", "kind and subject right, another object",
            "kind and subject right, object no gold actor", "kind and object right, another subject",
            "an end with no counterpart", "nothing near it");
    private static final int NO_ENTITY = 4;
    private static final int NOTHING = 5;

    public FactMisses {
        emitted = Collections.unmodifiableMap(new LinkedHashMap<>(emitted));
        missed = Collections.unmodifiableMap(new LinkedHashMap<>(missed));
    }

    /**
     * @param found whether a gold actor id is found (a resolved mention holds one of its names)
     */
    static FactMisses of(List<Gold.Fact> gold, List<Fact> facts, ActorMatch match, Predicate<String> found) {
        Map<String, Integer> emitted = zeros();
        Map<String, Integer> missed = zeros();
        List<String[]> ends = facts.stream().map(f -> new String[] {match.goldOf(f.subjectId()),
                f.objectId() == null ? null : match.goldOf(f.objectId())}).toList();
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            String[] e = ends.get(i);
            int best = e[0] == null || f.objectId() != null && e[1] == null ? NO_ENTITY : NOTHING;
            for (Gold.Fact g : gold) {
                best = Math.min(best, reason(g, f.kind(), e[0], e[1], f.value()));
            }
            if (best >= 0) {
                emitted.merge(REASONS.get(best), 1, Integer::sum);
            }
        }
        for (Gold.Fact g : gold) {
            int best = !found.test(g.s()) || g.o() != null && !found.test(g.o()) ? NO_ENTITY : NOTHING;
            for (int i = 0; i < facts.size() && best >= 0; i++) {
                Fact f = facts.get(i);
                best = Math.min(best, reason(g, f.kind(), ends.get(i)[0], ends.get(i)[1], f.value()));
            }
            if (best >= 0) {
                missed.merge(REASONS.get(best), 1, Integer::sum);
            }
        }
        return new FactMisses(emitted, missed);
    }

    /**
     * The system fact nearest to a gold fact it does not recover, when one is near (the same two ends, or the kind and
     * the subject), for the report's list of missed facts; null when none is.
     */
    static Fact nearest(Gold.Fact g, List<Fact> facts, ActorMatch match) {
        Fact nearest = null;
        int best = 3;
        for (Fact f : facts) {
            int r = reason(g, f.kind(), match.goldOf(f.subjectId()), f.objectId() == null ? null : match.goldOf(f.objectId()),
                    f.value());
            if (r >= 0 && r < best) {
                best = r;
                nearest = f;
            }
        }
        return nearest;
    }

    /**
     * The index in {@link #REASONS} of how a system fact of {@code kind} whose ends stand for the gold actors {@code s}
     * and {@code o} (null: none) misses {@code g}; -1 when it recovers it, {@link #NOTHING} when it is nowhere near.
     */
    static int reason(Gold.Fact g, FactKind kind, String s, String o, String value) {
        if (Evaluator.factMatches(g, kind, s, o, value)) {
            return -1;
        }
        boolean sameEnds = s != null && o != null && g.o() != null
                && (s.equals(g.s()) && o.equals(g.o()) || s.equals(g.o()) && o.equals(g.s()));
        if (sameEnds) {
            return 0;
        }
        if (!Evaluator.kindMatches(g.rel(), kind) || g.o() == null) {
            return NOTHING;
        }
        if (Objects.equals(s, g.s()) || kind.symmetric() && Objects.equals(o, g.s())) {
            String other = Objects.equals(s, g.s()) ? o : s;
            return other == null ? 2 : 1;
        }
        if (Objects.equals(o, g.o()) || kind.symmetric() && Objects.equals(s, g.o())) {
            return 3;
        }
        return NOTHING;
    }

    private static Map<String, Integer> zeros() {
        return MissTable.zeros(REASONS);
    }

    /** The two columns as a table. */
    String table() {
        return MissTable.table("why facts did not match", REASONS, emitted, missed);
    }
}
