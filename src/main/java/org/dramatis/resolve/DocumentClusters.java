package org.dramatis.resolve;

import java.util.List;
import java.util.Map;
import org.dramatis.extract.ActorMention;

/** The clustered mentions of one document, the input of {@link EntityResolver#rebuild(List)}. */
public record DocumentClusters(long documentId, List<LocalCluster> clusters, Map<Integer, ActorMention> mentionsByIndex) {
    public DocumentClusters {
        clusters = List.copyOf(clusters);
        mentionsByIndex = Map.copyOf(mentionsByIndex);
    }
}
