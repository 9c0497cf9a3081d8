package org.dramatis.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.dramatis.auth.Role;
import org.dramatis.graph.ActorVersion;
import org.dramatis.graph.DecisionRepository;
import org.dramatis.graph.Views.ActorDetail;
import org.dramatis.graph.Views.NameCount;
import org.dramatis.model.ActorType;

/**
 * The analyst's corrections in the JSON API: merge, split, rename, add a spelling, retype, undo, and the verdicts on
 * facts and events; see openapi.yaml. Each is signed with the caller's name and checked against the version of the
 * actor the analyst saw.
 */
final class CorrectionRoutes {
    private static final int MAX_IDS = 10_000;

    private final WebServices services;
    private final ObjectMapper mapper;

    CorrectionRoutes(WebServices services, ObjectMapper mapper) {
        this.services = services;
        this.mapper = mapper;
    }

    /**
     * The actors by id ({@code leftId}, {@code rightId}), or by a name only one actor has. Each correction of an actor
     * may carry the {@code version} of the actor as the analyst saw it (the left one for a merge), see {@link ActorVersion}.
     */
    record MergeRequest(Long leftId, Long rightId, String left, String right, String version) {
    }

    record SplitRequest(Long actorId, List<String> names, String version) {
    }

    record RenameRequest(Long actorId, String name, String newName, String version) {
    }

    record AliasRequest(Long actorId, String name, String alias, String version) {
    }

    record RetypeRequest(Long actorId, String name, String type, String version) {
    }

    record VerdictRequest(String table, List<Long> ids, Boolean confirmed) {
    }

    record RestoreRequest(String table, List<Long> ids) {
    }

    void register(RouteTable r) {
        r.post("/api/decisions/merge", Role.ANALYST, this::merge);
        r.post("/api/decisions/split", Role.ANALYST, this::split);
        r.post("/api/decisions/rename", Role.ANALYST, this::rename);
        r.post("/api/decisions/alias", Role.ANALYST, this::alias);
        r.post("/api/decisions/retype", Role.ANALYST, this::retype);
        r.post("/api/decisions/{id}/undo", Role.ANALYST, this::undo);
        r.post("/api/claims/verdict", Role.ANALYST, this::verdict);
        r.post("/api/claims/restore", Role.ANALYST, this::restore);
    }

    private ActorDetail actorDetail(long id) {
        return services.graph().actor(id).orElseThrow(() -> ApiException.notFound("no actor with id " + id));
    }

    private void merge(Context ctx) {
        MergeRequest req = body(ctx, MergeRequest.class);
        long left = actorId(req.leftId(), req.left(), "left");
        long right = actorId(req.rightId(), req.right(), "right");
        decided(ctx, left, req.version(), (corrector, author) -> corrector.merge(author, left, right));
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
        decided(ctx, req.actorId(), req.version(), (corrector, author) -> corrector.split(author, req.actorId(),
                actor.names(), List.copyOf(move)));
    }

    /** "This spelling is also this actor": the spelling joins the actor wherever it occurs now and in later articles. */
    private void alias(Context ctx) {
        AliasRequest req = body(ctx, AliasRequest.class);
        long id = actorId(req.actorId(), req.name(), "name");
        String alias = Params.required(req.alias(), "alias");
        if (alias.equals(req.name())) {
            throw ApiException.badRequest("field 'alias' repeats the actor's name '" + alias + "'");
        }
        decided(ctx, id, req.version(), (corrector, author) -> corrector.addSpelling(author, id, alias));
    }

    private void rename(Context ctx) {
        RenameRequest req = body(ctx, RenameRequest.class);
        long id = actorId(req.actorId(), req.name(), "name");
        String newName = Params.required(req.newName(), "newName");
        decided(ctx, id, req.version(), (corrector, author) -> corrector.rename(author, id, newName));
    }

    private void retype(Context ctx) {
        RetypeRequest req = body(ctx, RetypeRequest.class);
        ActorType type = Params.actorType(Params.required(req.type(), "type"), "type");
        long id = actorId(req.actorId(), req.name(), "name");
        decided(ctx, id, req.version(), (corrector, author) -> corrector.retype(author, id, type));
    }

    /** Undoes a decision: allowed to its author and to admins. */
    private void undo(Context ctx) {
        long id = Params.pathId(ctx, "id");
        Access.Caller caller = Access.caller(ctx);
        String author = services.decisions().find(id).map(DecisionRepository.DecisionRow::author).orElse(null);
        if (author != null && caller.role() != Role.ADMIN && !caller.name().equals(author)) {
            throw new ApiException(403, "Forbidden", "decision #" + id + " was made by '" + author + "': only '" + author
                    + "' or an admin may undo it");
        }
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

    /** Restores rejected claims: allowed to whoever rejected them and to admins, as undo is. */
    private void restore(Context ctx) {
        RestoreRequest req = body(ctx, RestoreRequest.class);
        String table = claimTable(req.table());
        List<Long> ids = claimIds(req.ids());
        Access.Caller caller = Access.caller(ctx);
        if (caller.role() != Role.ADMIN) {
            for (String by : services.decisions().rejectedBy(table, ids)) {
                if (!by.equals(caller.name())) {
                    throw new ApiException(403, "Forbidden", "this " + (table.equals("fact_claim") ? "fact" : "event")
                            + " was rejected by '" + by + "': only '" + by + "' or an admin may restore it");
                }
            }
        }
        int updated = services.corrector().clearVerdict(caller.name(), table, ids);
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
        int updated = services.corrector().setVerdict(Access.caller(ctx).name(), table, ids, req.confirmed());
        String what = table.equals("fact_claim") ? "fact" : "event";
        ctx.json(Map.of("updated", updated, "message", req.confirmed() ? "Confirmed the " + what + "."
                : "Rejected the " + what + " (" + updated + (updated == 1 ? " claim" : " claims") + "): it left the graph."
                + " Undo it on the decisions page."));
    }

    /**
     * Makes a correction of {@code actorId}, signed by the caller, unless the actor changed since the analyst saw it
     * at {@code version}: then {@link org.dramatis.model.ChangedMeanwhile} (409, nothing saved). The store checks the
     * version in the transaction that saves the correction, so this holds also between two servers on one database.
     */
    private void decided(Context ctx, long actorId, String version,
                         BiFunction<Corrector, String, Corrector.Outcome> correction) {
        Corrector corrector = version == null ? services.corrector()
                : services.corrector().seeing(new ActorVersion(actorId, version));
        Corrector.Outcome outcome = correction.apply(corrector, Access.caller(ctx).name());
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
