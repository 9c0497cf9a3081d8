package org.dramatis.web;

import java.util.Objects;
import org.dramatis.graph.EntityStore;
import org.dramatis.graph.EventQueries;
import org.dramatis.graph.GraphQueries;

/** What the workbench reads from and writes through; built by the composition root. */
public record WebServices(GraphQueries graph, EventQueries events, EntityStore entities, Corrector corrector) {
    public WebServices {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(entities, "entities");
        Objects.requireNonNull(corrector, "corrector");
    }
}
