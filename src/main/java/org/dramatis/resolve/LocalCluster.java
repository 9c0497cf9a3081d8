package org.dramatis.resolve;

import java.util.List;
import org.dramatis.model.ActorType;

/** Placeholder replaced by the resolve branch. */
public record LocalCluster(int id, ActorType type, List<Integer> mentions, String name, List<String> names, List<String> reasons) {
}
