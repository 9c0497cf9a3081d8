package org.dramatis.resolve;

import java.util.List;

/** Placeholder replaced by the resolve branch. */
public record Assignment(long documentId, int clusterId, long entityId, double score, List<String> reasons) {
}
