package org.dramatis.dev.bench;

import java.util.List;
import java.util.Map;
import org.dramatis.extract.Extraction;
import org.dramatis.ingest.SourceDocument;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.resolve.LocalCluster;

/**
 * One invented document in the shapes the pipeline produces, with the truth about it.
 *
 * @param clusterActors for each {@link LocalCluster#id()}, the actor it really is
 */
record SyntheticDocument(SourceDocument source, AnnotatedDocument annotated, Extraction extraction,
                         List<LocalCluster> clusters, Map<Integer, Actor> clusterActors) {
    SyntheticDocument {
        clusters = List.copyOf(clusters);
        clusterActors = Map.copyOf(clusterActors);
    }
}
