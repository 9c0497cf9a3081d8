package org.dramatis.resolve;

import java.util.List;

/**
 * Where one local cluster went.
 *
 * @param documentId the document
 * @param clusterId  {@link LocalCluster#id()}; a cluster split by a NOT_SAME decision gives several assignments with
 *                   the same cluster id and disjoint {@code mentions}
 * @param entityId   the entity it joined or founded
 * @param score      confidence of the match in [0, 2]: 2 for analyst rulings and aliases, 1 for identical keys,
 *                   lower for weaker evidence, 0 for a new entity
 * @param reasons    readable evidence ("same transliteration key 'ndmi'", "new entity: no candidate")
 * @param mentions   the {@code ActorMention.index()} values assigned
 */
public record Assignment(long documentId, int clusterId, long entityId, double score, List<String> reasons, List<Integer> mentions) {
    public Assignment {
        reasons = List.copyOf(reasons);
        mentions = List.copyOf(mentions);
    }

    /** An assignment of the whole cluster (an empty mention list means every mention of the cluster). */
    public Assignment(long documentId, int clusterId, long entityId, double score, List<String> reasons) {
        this(documentId, clusterId, entityId, score, reasons, List.of());
    }
}
