package org.dramatis.web;

import java.util.Objects;
import org.dramatis.auth.Accounts;
import org.dramatis.graph.DecisionRepository;
import org.dramatis.graph.EntityRepository;
import org.dramatis.graph.EventQueries;
import org.dramatis.graph.GraphQueries;
import org.dramatis.search.SearchService;

/**
 * What the workbench reads from and writes through; built by the composition root.
 *
 * @param exports optional: null hides the export links and answers {@code /api/export} with 404
 * @param ingester optional: null hides the upload page and answers {@code /api/ingest} with 404
 * @param search optional: null hides the search boxes and answers {@code /search} and {@code /api/search} with 404;
 *               the workbench only reads from it and never closes it
 * @param accounts optional: null serves one user without a login (as when the store holds no account), on loopback
 */
public record WebServices(GraphQueries graph, EventQueries events, EntityRepository entities,
                          DecisionRepository decisions, Corrector corrector, Exports exports, Ingester ingester, SearchService search,
                          Accounts accounts) {
    public WebServices {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(entities, "entities");
        Objects.requireNonNull(decisions, "decisions");
        Objects.requireNonNull(corrector, "corrector");
    }

    /** A workbench without accounts: one user, no login. */
    public WebServices(GraphQueries graph, EventQueries events, EntityRepository entities, DecisionRepository decisions,
                       Corrector corrector, Exports exports, Ingester ingester, SearchService search) {
        this(graph, events, entities, decisions, corrector, exports, ingester, search, null);
    }

    /** A workbench with export downloads and uploads but without search. */
    public WebServices(GraphQueries graph, EventQueries events, EntityRepository entities, DecisionRepository decisions,
                       Corrector corrector, Exports exports, Ingester ingester) {
        this(graph, events, entities, decisions, corrector, exports, ingester, null, null);
    }

    /** A read-and-correct workbench without export downloads, uploads or search. */
    public WebServices(GraphQueries graph, EventQueries events, EntityRepository entities, DecisionRepository decisions,
                       Corrector corrector) {
        this(graph, events, entities, decisions, corrector, null, null, null, null);
    }
}
