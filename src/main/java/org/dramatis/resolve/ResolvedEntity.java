package org.dramatis.resolve;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dramatis.model.ActorType;

/** Placeholder replaced by the resolve branch. */
public record ResolvedEntity(long id, String name, ActorType type, Map<String, Integer> names, List<String> reasons, Set<Long> documents) {
}
