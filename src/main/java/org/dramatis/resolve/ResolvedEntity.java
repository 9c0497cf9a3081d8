package org.dramatis.resolve;

import java.util.Collections;
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
 */
public record ResolvedEntity(long id, String name, ActorType type, Map<String, Integer> names, List<String> reasons, Set<Long> documents) {
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
    }
}
