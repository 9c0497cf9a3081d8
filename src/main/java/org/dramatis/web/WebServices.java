package org.dramatis.web;

import java.util.Objects;
import org.dramatis.graph.EntityStore;
import org.dramatis.graph.EventQueries;
import org.dramatis.graph.GraphQueries;

/**
 * What the workbench reads from and writes through; built by the composition root.
 *
 * @param exports optional: null hides the export links and answers {@code /api/export} with 404
 * @param ingester optional: null hides the upload page and answers {@code /api/ingest} with 404
 */
public record WebServices(GraphQueries graph, EventQueries events, EntityStore entities, Corrector corrector,
                          Exports exports, Ingester ingester) {
    public WebServices {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(entities, "entities");
        Objects.requireNonNull(corrector, "corrector");
    }

    /** A read-and-correct workbench without export downloads or uploads. */
    public WebServices(GraphQueries graph, EventQueries events, EntityStore entities, Corrector corrector) {
        this(graph, events, entities, corrector, null, null);
    }
}
