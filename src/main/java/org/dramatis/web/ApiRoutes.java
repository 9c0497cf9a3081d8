package org.dramatis.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.List;
import org.dramatis.auth.Role;
import org.dramatis.graph.Views.ActorDetail;
import org.dramatis.graph.Views.ActorSummary;
import org.dramatis.graph.Views.DocumentSummary;
import org.dramatis.graph.Views.DocumentText;
import org.dramatis.graph.Views.Event;
import org.dramatis.graph.Views.EvidencePage;
import org.dramatis.graph.Views.Fact;
import org.dramatis.graph.Views.MentionRow;
import org.dramatis.graph.Views.NameCount;

/** The JSON API under {@code /api}: read and search the graph, record corrections, export and ingest; see openapi.yaml. */
final class ApiRoutes {
    /** Evidence items per fact and event in a dossier unless asked otherwise; the rest is paged in on demand. */
    static final int DOSSIER_EVIDENCE = 3;
    /** Most evidence items a dossier or one evidence page returns per fact or event. */
    static final int MAX_EVIDENCE = 1000;
    /** Items per page of /api/documents, /api/facts and /api/events unless asked otherwise. */
    static final int LIST_LIMIT = 1000;
    /** Most items one page of those lists returns; a client that needs them all reads page after page. */
    static final int MAX_LIST_LIMIT = 10_000;

    private final WebServices services;
    private final ObjectMapper mapper;

    ApiRoutes(WebServices services, ObjectMapper mapper) {
        this.services = services;
        this.mapper = mapper;
    }

    /**
     * An actor with its spellings, merge reasons, outlets, facts and events; {@code redirectedFrom} is the id asked
     * for when that actor was merged into this one (null otherwise).
     */
    public record ActorResponse(ActorSummary actor, List<NameCount> names, List<String> reasons, List<String> outlets,
                                List<Fact> facts, List<Event> events, Long redirectedFrom) {
    }

    /** A document with its text and everything found in it. */
    public record DocumentResponse(DocumentSummary document, String text, List<MentionRow> mentions, List<Fact> facts,
                                   List<Event> events) {
    }

    void register(RouteTable r) {
        r.get("/api/stats", ctx -> ctx.json(services.graph().stats()));
        r.get("/api/actors", ctx -> ctx.json(services.graph().actors(Params.intInRange(ctx, "limit", 100, 1, 100_000),
                Params.actorType(ctx.queryParam("type"), "type"))));
        r.get("/api/actors/{id}", this::actor);
        r.get("/api/actors/{id}/evidence", ctx -> ctx.json(evidence(ctx, Params.pathId(ctx, "id"))));
        r.get("/api/documents", ctx -> {
            Params.Page page = Params.page(ctx, LIST_LIMIT, MAX_LIST_LIMIT);
            ctx.json(services.graph().documents(page.offset(), page.limit()));
        });
        r.get("/api/documents/{id}", ctx -> ctx.json(document(Params.pathId(ctx, "id"))));
        // Facts and events are merged from their claims in Java, so a page still costs the whole merge: paging bounds
        // the answer's size, not the query. Filters apply first, then the page.
        r.get("/api/facts", ctx -> {
            String asOf = Params.isoDate(ctx, "asOf");
            Params.Page page = Params.page(ctx, LIST_LIMIT, MAX_LIST_LIMIT);
            ctx.json(page.of(asOf == null ? services.graph().facts(null, null) : services.graph().validOn(asOf)));
        });
        r.get("/api/events", ctx -> {
            Params.Page page = Params.page(ctx, LIST_LIMIT, MAX_LIST_LIMIT);
            ctx.json(page.of(services.events().events(null, null)));
        });
        r.get("/api/network", ctx -> {
            Long asked = Params.optionalLong(ctx, "actor");
            // An id merged away (by a correction or a re-resolution since it was read) is its survivor's, as for the dossier.
            Long actor = asked == null ? null : services.entities().redirect(asked).orElse(asked);
            if (actor != null) {
                actorDetail(actor);
            }
            ctx.json(NetworkView.build(services.graph(), actor));
        });
        r.get("/api/decisions", ctx -> ctx.json(services.decisions().history()));
        new CorrectionRoutes(services, mapper).register(r);
        r.get("/api/search", ctx -> ctx.json(SearchPage.search(services, ctx, SearchPage.API_LIMIT)));
        r.get("/api/export", new ExportRoute(services)::handle);
        r.post("/api/ingest", Role.ADMIN, new IngestRoute(services)::handle);
        r.get("/api/openapi.yaml", ApiRoutes::openApi);
    }

    private static void openApi(Context ctx) throws java.io.IOException {
        try (java.io.InputStream in = ApiRoutes.class.getResourceAsStream("/web/openapi.yaml")) {
            if (in == null) {
                throw ApiException.notFound("the API description is missing from this build");
            }
            ctx.contentType("application/yaml; charset=utf-8").result(in.readAllBytes());
        }
    }

    /** An actor by id; an id merged away answers with the survivor, says so, and names the survivor's address. */
    private void actor(Context ctx) {
        long asked = Params.pathId(ctx, "id");
        int evidence = Params.intInRange(ctx, "evidence", DOSSIER_EVIDENCE, 0, MAX_EVIDENCE);
        long id = services.entities().redirect(asked).orElse(asked);
        if (id != asked) {
            ctx.header("Content-Location", "/api/actors/" + id);
        }
        ctx.json(actor(id, evidence, id == asked ? null : asked));
    }

    ActorResponse actor(long id, int evidencePerItem, Long redirectedFrom) {
        ActorDetail d = actorDetail(id);
        return new ActorResponse(d.actor(), d.names(), d.reasons(), d.outlets(),
                services.graph().facts(id, null, evidencePerItem), services.events().events(id, null, evidencePerItem),
                redirectedFrom);
    }

    /** {@code ?fact=KEY} or {@code ?event=KEY} of the actor, with {@code offset} and {@code limit}. */
    private EvidencePage evidence(Context ctx, long actorId) {
        actorDetail(actorId);
        String fact = ctx.queryParam("fact");
        String event = ctx.queryParam("event");
        if ((fact == null || fact.isBlank()) == (event == null || event.isBlank())) {
            throw ApiException.badRequest("give exactly one of the query parameters 'fact' and 'event' (a key from the dossier)");
        }
        int offset = Params.intInRange(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        int limit = Params.intInRange(ctx, "limit", 100, 1, MAX_EVIDENCE);
        var page = fact != null && !fact.isBlank() ? services.graph().factEvidence(actorId, fact, offset, limit)
                : services.events().eventEvidence(actorId, event, offset, limit);
        return page.orElseThrow(() -> ApiException.notFound("actor " + actorId + " has no "
                + (fact != null && !fact.isBlank() ? "fact '" + fact : "event '" + event) + "'"));
    }

    private ActorDetail actorDetail(long id) {
        return services.graph().actor(id).orElseThrow(() -> ApiException.notFound("no actor with id " + id));
    }

    DocumentResponse document(long id) {
        DocumentText doc = services.graph().document(id)
                .orElseThrow(() -> ApiException.notFound("no document with id " + id));
        return new DocumentResponse(doc.summary(), doc.text(), services.graph().mentions(id),
                services.graph().facts(null, id), services.events().events(null, id));
    }

}
