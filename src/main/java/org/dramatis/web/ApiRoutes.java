package org.dramatis.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.dramatis.graph.Views.ActorDetail;
import org.dramatis.graph.Views.ActorSummary;
import org.dramatis.graph.Views.DocumentSummary;
import org.dramatis.graph.Views.DocumentText;
import org.dramatis.graph.Views.Event;
import org.dramatis.graph.Views.EvidencePage;
import org.dramatis.graph.Views.Fact;
import org.dramatis.graph.Views.MentionRow;
import org.dramatis.graph.Views.NameCount;
import org.dramatis.auth.Role;
import org.dramatis.model.ActorType;

/** The JSON API under {@code /api}: read and search the graph, record corrections, export and ingest; see openapi.yaml. */
final class ApiRoutes {
    private static final int MAX_IDS = 10_000;
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

    /** The actors by id ({@code leftId}, {@code rightId}), or by a name only one actor has. */
    record MergeRequest(Long leftId, Long rightId, String left, String right) {
    }

    record SplitRequest(Long actorId, List<String> names) {
    }

    record RenameRequest(Long actorId, String name, String newName) {
    }

    record AliasRequest(Long actorId, String name, String alias) {
    }

    record RetypeRequest(Long actorId, String name, String type) {
    }

    record VerdictRequest(String table, List<Long> ids, Boolean confirmed) {
    }

    record RestoreRequest(String table, List<Long> ids) {
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
            Long actor = Params.optionalLong(ctx, "actor");
            if (actor != null) {
                actorDetail(actor);
            }
            ctx.json(NetworkView.build(services.graph(), actor));
        });
        r.get("/api/decisions", ctx -> ctx.json(services.decisions().history()));
        r.post("/api/decisions/merge", Role.ANALYST, this::merge);
        r.post("/api/decisions/split", Role.ANALYST, this::split);
        r.post("/api/decisions/rename", Role.ANALYST, this::rename);
        r.post("/api/decisions/alias", Role.ANALYST, this::alias);
        r.post("/api/decisions/retype", Role.ANALYST, this::retype);
        r.post("/api/decisions/{id}/undo", Role.ANALYST, this::undo);
        r.post("/api/claims/verdict", Role.ANALYST, this::verdict);
        r.post("/api/claims/restore", Role.ANALYST, this::restore);
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

    private void merge(Context ctx) {
        MergeRequest req = body(ctx, MergeRequest.class);
        decided(ctx, services.corrector().merge(actorId(req.leftId(), req.left(), "left"),
                actorId(req.rightId(), req.right(), "right")));
    }

    /**
     * The actor a request names: by its id field, or by a name that exactly one actor has. Two actors may share a name
     * (a person and a place); the answer then lists them and asks for the id.
     */
    private long actorId(Long id, String name, String field) {
        if (id != null) {
            return id;
        }
        String n = Params.required(name, field);
        List<Long> ids = services.entities().idsNamed(n);
        if (ids.size() == 1) {
            return ids.get(0);
        }
        String idField = field.equals("name") ? "actorId" : field + "Id";
        if (ids.isEmpty()) {
            throw ApiException.badRequest("field '" + field + "': no actor is called '" + n + "'; send '" + idField
                    + "' with the actor's id");
        }
        List<String> which = ids.stream().map(i -> services.graph().actor(i).map(a -> "#" + i + " "
                + a.actor().type().label().toLowerCase(java.util.Locale.ROOT)).orElse("#" + i)).toList();
        throw ApiException.badRequest("field '" + field + "': " + ids.size() + " actors are called '" + n + "' ("
                + String.join(", ", which) + "); send '" + idField + "' to choose one");
    }

    private void split(Context ctx) {
        SplitRequest req = body(ctx, SplitRequest.class);
        if (req.actorId() == null) {
            throw ApiException.badRequest("field 'actorId' is required");
        }
        ActorDetail actor = actorDetail(req.actorId());
        List<String> move = req.names() == null ? List.of() : req.names().stream().map(n -> n == null ? "" : n).toList();
        if (move.isEmpty()) {
            throw ApiException.badRequest("field 'names' must list at least one spelling to move");
        }
        List<String> known = actor.names().stream().map(NameCount::name).toList();
        for (String name : move) {
            if (!known.contains(name)) {
                throw ApiException.badRequest("field 'names': '" + name + "' is not a spelling of actor " + req.actorId());
            }
        }
        if (move.containsAll(known)) {
            throw ApiException.badRequest("field 'names' lists every spelling; at least one must stay");
        }
        decided(ctx, services.corrector().split(req.actorId(), actor.names(), List.copyOf(move)));
    }

    /** "This spelling is also this actor": the spelling joins the actor wherever it occurs now and in later articles. */
    private void alias(Context ctx) {
        AliasRequest req = body(ctx, AliasRequest.class);
        long id = actorId(req.actorId(), req.name(), "name");
        String alias = Params.required(req.alias(), "alias");
        if (alias.equals(req.name())) {
            throw ApiException.badRequest("field 'alias' repeats the actor's name '" + alias + "'");
        }
        decided(ctx, services.corrector().addSpelling(id, alias));
    }

    private void rename(Context ctx) {
        RenameRequest req = body(ctx, RenameRequest.class);
        long id = actorId(req.actorId(), req.name(), "name");
        decided(ctx, services.corrector().rename(id, Params.required(req.newName(), "newName")));
    }

    private void retype(Context ctx) {
        RetypeRequest req = body(ctx, RetypeRequest.class);
        ActorType type = Params.actorType(Params.required(req.type(), "type"), "type");
        decided(ctx, services.corrector().retype(actorId(req.actorId(), req.name(), "name"), type));
    }

    private void undo(Context ctx) {
        long id = Params.pathId(ctx, "id");
        Corrector.Outcome done = services.corrector().undo(id);
        if (done == null) {
            throw ApiException.notFound("no active decision with id " + id);
        }
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("decisionId", id);
        out.put("undone", true);
        out.put("message", done.message());
        ctx.json(out);
    }

    private void restore(Context ctx) {
        RestoreRequest req = body(ctx, RestoreRequest.class);
        String table = claimTable(req.table());
        List<Long> ids = claimIds(req.ids());
        int updated = services.corrector().clearVerdict(table, ids);
        ctx.json(Map.of("updated", updated, "message", "Restored " + updated + (updated == 1 ? " claim" : " claims")
                + ": the " + (table.equals("fact_claim") ? "fact" : "event") + " is back in the graph."));
    }

    private static String claimTable(String raw) {
        String table = Params.required(raw, "table");
        if (!table.equals("fact_claim") && !table.equals("event_claim")) {
            throw ApiException.badRequest("field 'table' must be fact_claim or event_claim, got '" + table + "'");
        }
        return table;
    }

    private static List<Long> claimIds(List<Long> ids) {
        if (ids == null || ids.isEmpty() || ids.size() > MAX_IDS || ids.contains(null)) {
            throw ApiException.badRequest("field 'ids' must list 1 to " + MAX_IDS + " claim ids");
        }
        return List.copyOf(ids);
    }

    private void verdict(Context ctx) {
        VerdictRequest req = body(ctx, VerdictRequest.class);
        String table = claimTable(req.table());
        List<Long> ids = claimIds(req.ids());
        if (req.confirmed() == null) {
            throw ApiException.badRequest("field 'confirmed' is required (true or false)");
        }
        int updated = services.corrector().setVerdict(table, ids, req.confirmed());
        String what = table.equals("fact_claim") ? "fact" : "event";
        ctx.json(Map.of("updated", updated, "message", req.confirmed() ? "Confirmed the " + what + "."
                : "Rejected the " + what + " (" + updated + (updated == 1 ? " claim" : " claims") + "): it left the graph."
                + " Undo it on the decisions page."));
    }

    private static void decided(Context ctx, Corrector.Outcome outcome) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("decisionId", outcome.decisionId());
        out.put("message", outcome.message());
        out.put("actorId", outcome.actorId());
        ctx.json(out);
    }

    private <T> T body(Context ctx, Class<T> type) {
        String raw = ctx.body();
        if (raw.isBlank()) {
            throw ApiException.badRequest("request body is empty; send a JSON object");
        }
        try {
            T value = mapper.readValue(raw, type);
            if (value == null) {
                throw ApiException.badRequest("request body must be a JSON object");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("request body is not valid JSON for this request: " + e.getOriginalMessage());
        }
    }
}
