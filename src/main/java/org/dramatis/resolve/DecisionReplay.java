package org.dramatis.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dramatis.extract.ActorMention;
import org.dramatis.model.ActorType;

/** Applies the analyst's decisions in force to the entity store: SAME merges, NOT_SAME splits, renames and retypes. */
record DecisionReplay(Decisions decisions, EntityIndex store) {

    /**
     * Applies SAME rulings (merging the entities that hold the two names), then renames and retypes, then the
     * decisions about chosen actors in id order.
     */
    void replay() {
        if (decisions.isEmpty()) {
            return;
        }
        replayNames();
        for (Decision d : decisions.onActors()) {
            Entity a = store.holderOf(d.anchors().leftMentions());
            if (a == null) {
                continue; // its mentions are not resolved yet (an earlier document of a full re-resolution)
            }
            switch (d.kind()) {
                case SAME -> {
                    if (d.joinsSpelling()) {
                        joinSpelling(a, d);
                    } else {
                        Entity b = store.holderOf(d.anchors().rightMentions());
                        if (b != null && a != b && !clashes(a, b)) {
                            Entity into = a.id < b.id ? a : b;
                            store.merge(into, into == a ? b : a, "analyst decision #" + d.id() + ": '" + d.left()
                                    + "' is the same actor as '" + d.right() + "'");
                        }
                    }
                }
                case RENAME -> {
                    a.renamed = d.value().strip();
                    a.touch();
                }
                case RETYPE -> {
                    a.retyped = ActorType.parse(d.value());
                    store.refile(a);
                }
                default -> { } // NOT_SAME and UNSURE between chosen actors are not recorded
            }
        }
    }

    /**
     * Every entity of a compatible type holding the decision's spelling joins the chosen actor (the lower id
     * surviving); a person and a place sharing the spelling stay apart.
     */
    private void joinSpelling(Entity a, Decision d) {
        Entity into = a;
        for (long id : List.copyOf(store.lookup("k:" + decisions.key(d.right())))) {
            Entity b = store.entities.get(id);
            if (b != null && b != into && !clashes(into, b)
                    && CandidateFinder.compatible(into.effectiveType(), b.effectiveType())) {
                Entity keep = into.id < b.id ? into : b;
                store.merge(keep, keep == into ? b : into, "analyst decision #" + d.id() + ": '" + d.right()
                        + "' is a spelling of '" + d.left() + "'");
                into = keep;
            }
        }
    }

    private void replayNames() {
        for (Decision d : decisions.same()) {
            Entity a = holder(decisions.key(d.left()));
            Entity b = holder(decisions.key(d.right()));
            if (a != null && b != null && a != b && !clashes(a, b)) {
                Entity into = a.id < b.id ? a : b;
                store.merge(into, into == a ? b : a, "analyst decision #" + d.id() + ": '" + d.left() + "' is '" + d.right() + "'");
            }
        }
        for (Decision d : decisions.attributes()) {
            Entity e = holder(decisions.key(d.left()));
            if (e == null) {
                continue;
            }
            if (d.kind() == Decision.Kind.RENAME) {
                e.renamed = d.value().strip();
            } else {
                e.retyped = ActorType.parse(d.value());
                e.touch();
            }
        }
    }

    /**
     * Groups a cluster's mentions by surface form, and splits the groups apart where a NOT_SAME ruling in force
     * separates two of its names (the automatic rules joined them, the analyst says no).
     */
    List<Map<String, List<Integer>>> splitByRulings(LocalCluster cluster, Map<Integer, ActorMention> mentionsByIndex) {
        Map<String, List<Integer>> bySurface = new LinkedHashMap<>();
        for (int index : cluster.mentions()) {
            ActorMention m = mentionsByIndex.get(index);
            String surface = m == null ? cluster.name() : m.text().strip();
            bySurface.computeIfAbsent(surface, s -> new ArrayList<>()).add(index);
        }
        List<Map<String, List<Integer>>> parts = new ArrayList<>();
        List<List<String>> partKeys = new ArrayList<>();
        if (decisions.isEmpty()) {
            return List.of(bySurface);
        }
        for (var e : bySurface.entrySet()) {
            List<String> keys = decisions.keysOf(e.getKey());
            int chosen = -1;
            for (int p = 0; p < parts.size() && chosen < 0; p++) {
                boolean clash = false;
                for (String other : partKeys.get(p)) {
                    for (String key : keys) {
                        Decision d = decisions.ruling(key, other);
                        clash |= d != null && d.kind() == Decision.Kind.NOT_SAME;
                    }
                }
                chosen = clash ? -1 : p;
            }
            if (chosen < 0) {
                parts.add(new LinkedHashMap<>());
                partKeys.add(new ArrayList<>());
                chosen = parts.size() - 1;
            }
            parts.get(chosen).put(e.getKey(), e.getValue());
            partKeys.get(chosen).addAll(keys);
        }
        return parts;
    }

    /** Whether merging two entities would put two names a NOT_SAME ruling separates into one. */
    boolean clashes(Entity a, Entity b) {
        for (String k : a.nameKeys) {
            for (String other : decisions.notSame(k)) {
                if (b.nameKeys.contains(other)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The entity holding a name key (the lowest id if several do). */
    private Entity holder(String key) {
        return store.lookup("k:" + key).stream().sorted().map(store.entities::get).findFirst().orElse(null);
    }
}
