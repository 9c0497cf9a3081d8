package org.dramatis.resolve;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dramatis.model.ActorType;

/**
 * One actor across the corpus.
 *
 * @param id        the resolver's id for it; the store gives it an id that never moves ({@code graph.StableIds})
 * @param name      display name (an analyst's RENAME, else the fullest, most frequent form)
 * @param type      actor type (an analyst's RETYPE wins)
 * @param names     every surface form seen, with its mention count, in order of first appearance
 * @param reasons   why names were joined, readable
 * @param documents ids of the documents that mention it
 * @param traits    what the resolver learnt of it beyond its names, kept so that a resolver seeded from the store
 *                  decides as the one that read the documents did
 */
public record ResolvedEntity(long id, String name, ActorType type, Map<String, Integer> names, List<String> reasons,
                             Set<Long> documents, Traits traits) {
    /** An entity with no traits beyond its names. */
    public ResolvedEntity(long id, String name, ActorType type, Map<String, Integer> names, List<String> reasons,
                          Set<Long> documents) {
        this(id, name, type, names, reasons, documents, Traits.NONE);
    }

    public ResolvedEntity {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("entity " + id + " has no name");
        }
        if (type == null) {
            throw new IllegalArgumentException("entity " + id + " '" + name + "' has no type");
        }
        if (names == null || names.isEmpty()) {
            throw new IllegalArgumentException("entity " + id + " '" + name + "' has no surface names");
        }
        names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
        reasons = List.copyOf(reasons);
        documents = Collections.unmodifiableSet(new TreeSet<>(documents));
        traits = traits == null ? Traits.NONE : traits;
    }

    /** The same entity under another id (the store's translation of the resolver's ids). */
    public ResolvedEntity withId(long newId) {
        return new ResolvedEntity(newId, name, type, names, reasons, documents, traits);
    }

    /**
     * What the resolver read about an entity that its names do not say, and later decisions depend on.
     *
     * @param countries    country keys of the generic-named bodies that joined it ("the Ministry of Defence" of one state)
     * @param standIns     keys of capitals the state was named by ("Tehran" for the government)
     * @param mentionTypes mentions per tagged type; empty when unknown (all of the entity's type then)
     * @param personal     some document writes a name of it as a person's (after a title)
     * @param impersonal   some document uses a name of it the way a person's is not used ("in X")
     */
    public record Traits(Set<String> countries, Set<String> standIns, Map<ActorType, Integer> mentionTypes,
                         boolean personal, boolean impersonal) {
        public static final Traits NONE = new Traits(Set.of(), Set.of(), Map.of(), false, false);

        public Traits {
            countries = Collections.unmodifiableSet(new TreeSet<>(countries == null ? Set.of() : countries));
            standIns = Collections.unmodifiableSet(new TreeSet<>(standIns == null ? Set.of() : standIns));
            Map<ActorType, Integer> types = new EnumMap<>(ActorType.class);
            if (mentionTypes != null) {
                types.putAll(mentionTypes);
            }
            mentionTypes = Collections.unmodifiableMap(types);
        }
    }
}
