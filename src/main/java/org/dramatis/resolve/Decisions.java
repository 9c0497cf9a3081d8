package org.dramatis.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dramatis.model.ActorType;

/** The analyst's decisions reduced to what is in force: the last ruling on each pair of names, and renames and retypes. */
final class Decisions {
    private final NameKeys keys;
    private final Map<String, Map<String, Decision>> byPair = new HashMap<>();
    private final List<Decision> attributes = new ArrayList<>();
    private final List<Decision> same = new ArrayList<>();

    Decisions(List<Decision> decisions, NameKeys keys) {
        this.keys = keys;
        List<Decision> ordered = decisions.stream().sorted(Comparator.comparingLong(Decision::id)).toList();
        for (Decision d : ordered) {
            switch (d.kind()) {
                case RENAME, RETYPE -> attributes.add(d);
                default -> {
                    String l = key(d.left());
                    String r = key(d.right());
                    byPair.computeIfAbsent(l, k -> new HashMap<>()).put(r, d);
                    byPair.computeIfAbsent(r, k -> new HashMap<>()).put(l, d);
                }
            }
        }
        Set<Long> seen = new HashSet<>();
        for (Map<String, Decision> partners : byPair.values()) {
            for (Decision d : partners.values()) {
                if (d.kind() == Decision.Kind.SAME && seen.add(d.id())) {
                    same.add(d);
                }
            }
        }
        same.sort(Comparator.comparingLong(Decision::id));
    }

    /** The key a decision name is matched by; entities file every name under this key too. */
    String key(String name) {
        return keys.key(keys.display(name, ActorType.PERSON));
    }

    /** The ruling in force on a pair of name keys, or null. */
    Decision ruling(String leftKey, String rightKey) {
        Map<String, Decision> partners = byPair.get(leftKey);
        return partners == null ? null : partners.get(rightKey);
    }

    /** Name keys that a NOT_SAME in force separates from this one. */
    Set<String> notSame(String key) {
        return partners(key, Decision.Kind.NOT_SAME);
    }

    /** SAME decisions in force, in id order. */
    List<Decision> same() {
        return same;
    }

    /** The partners a SAME in force joins to this key, with the decision. */
    Map<String, Decision> sameAs(String key) {
        Map<String, Decision> out = new HashMap<>();
        byPair.getOrDefault(key, Map.of()).forEach((k, d) -> {
            if (d.kind() == Decision.Kind.SAME) {
                out.put(k, d);
            }
        });
        return out;
    }

    private Set<String> partners(String key, Decision.Kind kind) {
        Set<String> out = new HashSet<>();
        byPair.getOrDefault(key, Map.of()).forEach((k, d) -> {
            if (d.kind() == kind) {
                out.add(k);
            }
        });
        return out;
    }

    /** RENAME and RETYPE decisions, in id order. */
    List<Decision> attributes() {
        return attributes;
    }

    boolean isEmpty() {
        return byPair.isEmpty() && attributes.isEmpty();
    }
}
