package org.dramatis.web;

/** Registers the server-rendered pages; each page renders itself in its own class. */
final class PageRoutes {
    private final WebServices services;
    private final Layout layout;

    PageRoutes(WebServices services, Layout layout) {
        this.services = services;
        this.layout = layout;
    }

    void register(RouteTable r) {
        r.get("/", ctx -> ctx.html(new HomePage(services, layout).render()));
        r.get("/actors/{id}", ctx -> ctx.html(new ActorPage(services, layout).render(Params.pathId(ctx, "id"))));
        r.get("/actors/{id}/evidence", ctx -> ctx.html(new EvidenceListPage(services, layout)
                .render(ctx, Params.pathId(ctx, "id"))));
        r.get("/documents/{id}", ctx -> ctx.html(new DocumentPage(services, layout).render(Params.pathId(ctx, "id"))));
        r.get("/network", ctx -> ctx.html(new NetworkPage(services, layout).render(Params.optionalLong(ctx, "actor"))));
        r.get("/timeline", ctx -> ctx.html(new TimelinePage(services, layout).render(Params.optionalLong(ctx, "actor"))));
        r.get("/sources", ctx -> ctx.html(new SourcesPage(services, layout).render(requiredActor(ctx))));
        r.get("/search", ctx -> ctx.html(new SearchPage(services, layout).render(ctx)));
        r.get("/decisions", ctx -> ctx.html(new DecisionsPage(services, layout).render()));
        r.get("/ingest", ctx -> ctx.html(new IngestPage(services, layout).render()));
    }

    private static long requiredActor(io.javalin.http.Context ctx) {
        Long actor = Params.optionalLong(ctx, "actor");
        if (actor == null) {
            throw ApiException.badRequest("query parameter 'actor' is required: the id of the actor whose sources to compare");
        }
        return actor;
    }
}
