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
    private final List<Decision> onActors = new ArrayList<>();
    private final Set<Decision.MentionRef> anchorMentions = new HashSet<>();

    Decisions(List<Decision> decisions, NameKeys keys) {
        this.keys = keys;
        List<Decision> ordered = decisions.stream().sorted(Comparator.comparingLong(Decision::id)).toList();
        // A name ruled apart from one spelled with the same key ("Kazemi" is not "Kadhimi", both "kzm") can only be
        // told apart by its spelling: every NOT_SAME ruling on it then holds for that spelling alone.
        Set<String> bySpelling = new HashSet<>();
        for (Decision d : ordered) {
            if (d.kind() == Decision.Kind.NOT_SAME && key(d.left()).equals(key(d.right()))) {
                bySpelling.add(spelled(d.left()));
                bySpelling.add(spelled(d.right()));
            }
        }
        for (Decision d : ordered) {
            if (d.onActors()) {
                onActors.add(d);
                anchorMentions.addAll(d.anchors().leftMentions());
                anchorMentions.addAll(d.anchors().rightMentions());
                if (d.kind() != Decision.Kind.NOT_SAME) {
                    continue; // a split's pair of names is also ruled apart by name, below
                }
            }
            switch (d.kind()) {
                case RENAME, RETYPE -> attributes.add(d);
                default -> {
                    boolean apart = d.kind() != Decision.Kind.SAME;
                    String l = apart && bySpelling.contains(spelled(d.left())) ? spelled(d.left()) : key(d.left());
                    String r = apart && bySpelling.contains(spelled(d.right())) ? spelled(d.right()) : key(d.right());
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

    /**
     * A name's exact spelling as a key (lower case, spaces and hyphens as one space), prefixed so that it never equals
     * a transliteration key: what rulings between two spellings of one key are filed under.
     */
    static String spelled(String name) {
        return "=" + name.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s\\-\u2010\u2011]+", " ");
    }

    /** Every key rulings on a surface name may be filed under: its transliteration key and its spelling. */
    List<String> keysOf(String surface) {
        return List.of(key(surface), spelled(surface));
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

    /** Decisions about the actors the analyst chose (with {@link Decision.Anchors}), in id order. */
    List<Decision> onActors() {
        return onActors;
    }

    /** Whether a mention is one by which some decision in force finds its actor again. */
    boolean anchors(Decision.MentionRef mention) {
        return anchorMentions.contains(mention);
    }

    boolean isEmpty() {
        return byPair.isEmpty() && attributes.isEmpty() && onActors.isEmpty();
    }
}
