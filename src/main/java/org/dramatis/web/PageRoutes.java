package org.dramatis.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import org.dramatis.auth.Role;

/** Registers the server-rendered pages; each page renders itself in its own class. */
final class PageRoutes {
    private final WebServices services;
    private final Layout layout;

    PageRoutes(WebServices services, Layout layout) {
        this.services = services;
        this.layout = layout;
    }

    void register(RouteTable r) {
        r.get("/", ctx -> ctx.html(new HomePage(services, layout.forRequest(ctx)).render(ActorTable.parse(ctx.queryParam("filter"),
                ctx.queryParam("sort"), ctx.queryParam("dir"), ctx.queryParam("page")))));
        r.get("/actors/{id}", ctx -> {
            if (!redirected(ctx, "")) {
                ctx.html(new ActorPage(services, layout.forRequest(ctx)).render(Params.pathId(ctx, "id")));
            }
        });
        r.get("/actors/{id}/evidence", ctx -> {
            if (!redirected(ctx, "/evidence")) {
                ctx.html(new EvidenceListPage(services, layout.forRequest(ctx)).render(ctx, Params.pathId(ctx, "id")));
            }
        });
        r.get("/documents/{id}", ctx -> ctx.html(new DocumentPage(services, layout.forRequest(ctx)).render(Params.pathId(ctx, "id"))));
        r.get("/network", ctx -> {
            if (!actorParamRedirected(ctx)) {
                ctx.html(new NetworkPage(services, layout.forRequest(ctx)).render(Params.optionalLong(ctx, "actor")));
            }
        });
        r.get("/timeline", ctx -> {
            if (!actorParamRedirected(ctx)) {
                ctx.html(new TimelinePage(services, layout.forRequest(ctx)).render(Params.optionalLong(ctx, "actor")));
            }
        });
        r.get("/outlets", ctx -> ctx.html(new OutletsPage(services, layout.forRequest(ctx)).render(ctx.queryParam("outlet"))));
        r.get("/sources", ctx -> {
            if (!actorParamRedirected(ctx)) {
                ctx.html(new SourcesPage(services, layout.forRequest(ctx)).render(requiredActor(ctx)));
            }
        });
        r.get("/search", ctx -> ctx.html(new SearchPage(services, layout.forRequest(ctx)).render(ctx)));
        r.get("/decisions", ctx -> ctx.html(new DecisionsPage(services, layout.forRequest(ctx)).render()));
        r.get("/review", ctx -> ctx.html(new ReviewPage(services, layout.forRequest(ctx)).render()));
        r.get("/ingest", Role.ADMIN, ctx -> ctx.html(new IngestPage(services, layout.forRequest(ctx)).render()));
    }

    /**
     * Sends a request for an actor id that was merged away to the survivor's page (302, not permanent: a later
     * correction may change where the id leads), keeping the rest of the address; returns whether it did.
     */
    private boolean redirected(Context ctx, String tail) {
        long asked = Params.pathId(ctx, "id");
        Optional<Long> to = services.entities().redirect(asked);
        if (to.isEmpty()) {
            return false;
        }
        String query = ctx.queryString();
        ctx.redirect("/actors/" + to.get() + tail + (query == null || query.isEmpty() ? "" : "?" + query), HttpStatus.FOUND);
        return true;
    }

    /**
     * Sends {@code ?actor=ID} of an actor merged away to the same page for the survivor (302, as for the actor page),
     * keeping the other parameters; returns whether it did.
     */
    private boolean actorParamRedirected(Context ctx) {
        Long asked = Params.optionalLong(ctx, "actor");
        Optional<Long> to = asked == null ? Optional.empty() : services.entities().redirect(asked);
        if (to.isEmpty()) {
            return false;
        }
        StringBuilder query = new StringBuilder("actor=").append(to.get());
        ctx.queryParamMap().forEach((name, values) -> {
            if (!name.equals("actor")) {
                values.forEach(v -> query.append('&').append(enc(name)).append('=').append(enc(v)));
            }
        });
        ctx.redirect(ctx.path() + "?" + query, HttpStatus.FOUND);
        return true;
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static long requiredActor(Context ctx) {
        Long actor = Params.optionalLong(ctx, "actor");
        if (actor == null) {
            throw ApiException.badRequest("query parameter 'actor' is required: the id of the actor whose sources to compare");
        }
        return actor;
    }
}
