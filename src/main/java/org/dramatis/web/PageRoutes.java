package org.dramatis.web;

import static org.dramatis.web.Html.esc;

import io.javalin.config.RoutesConfig;
import java.util.List;
import org.dramatis.graph.EntityStore.DecisionRow;
import org.dramatis.graph.Views.ActorSummary;
import org.dramatis.graph.Views.DocumentSummary;
import org.dramatis.graph.Views.Stats;
import org.dramatis.resolve.Decision;

/** The server-rendered pages: home, actor dossier, document reader, network and decision history. */
final class PageRoutes {
    private static final String APP_JS = "/static/app.js";

    private final WebServices services;
    private final String csrf;

    PageRoutes(WebServices services, String csrf) {
        this.services = services;
        this.csrf = csrf;
    }

    void register(RoutesConfig r) {
        r.get("/", ctx -> ctx.html(home()));
        r.get("/actors/{id}", ctx -> ctx.html(new ActorPage(services).render(Params.pathId(ctx, "id"), csrf)));
        r.get("/documents/{id}", ctx -> ctx.html(new DocumentPage(services).render(Params.pathId(ctx, "id"), csrf)));
        r.get("/network", ctx -> ctx.html(network(Params.optionalLong(ctx, "actor"))));
        r.get("/decisions", ctx -> ctx.html(decisions()));
    }

    String home() {
        Stats s = services.graph().stats();
        StringBuilder b = new StringBuilder("<h1>Workbench</h1><ul class=\"counts\">")
                .append(count(s.documents(), "documents")).append(count(s.actors(), "actors"))
                .append(count(s.facts(), "fact claims")).append(count(s.events(), "event claims"))
                .append(count(s.decisions(), "decisions")).append("</ul>");
        List<ActorSummary> actors = services.graph().actors(200, null);
        b.append("<div class=\"columns\"><section><h2>Actors</h2>")
                .append("<input type=\"search\" id=\"actor-filter\" placeholder=\"Filter actors by name\" aria-label=\"Filter actors\">")
                .append("<table class=\"list\" id=\"actor-table\"><thead><tr><th>Name</th><th>Type</th><th>Mentions</th>")
                .append("<th>Documents</th></tr></thead><tbody>");
        for (ActorSummary a : actors) {
            b.append("<tr data-name=\"").append(esc(a.name())).append("\"><td>")
                    .append(Fragments.actorLink(a.id(), a.name(), a.type())).append("</td><td>")
                    .append(esc(a.type().label())).append("</td><td>").append(a.mentions()).append("</td><td>")
                    .append(a.documents()).append("</td></tr>");
        }
        b.append("</tbody></table></section><section><h2>Documents</h2><table class=\"list\"><thead><tr><th>Title</th>")
                .append("<th>Outlet</th><th>Date</th></tr></thead><tbody>");
        for (DocumentSummary d : services.graph().documents()) {
            b.append("<tr><td><a href=\"/documents/").append(d.id()).append("\">")
                    .append(esc(d.title() == null || d.title().isBlank() ? d.name() : d.title())).append("</a></td><td>")
                    .append(esc(d.outlet())).append("</td><td>").append(esc(d.published())).append("</td></tr>");
        }
        b.append("</tbody></table></section></div>");
        return Html.page("Workbench", csrf, b.toString(), APP_JS);
    }

    private static String count(int n, String label) {
        return "<li><span class=\"n\">" + n + "</span> " + esc(label) + "</li>";
    }

    String network(Long actorId) {
        String title = "Network";
        if (actorId != null) {
            title = "Network of " + services.graph().actor(actorId)
                    .orElseThrow(() -> ApiException.notFound("no actor with id " + actorId)).actor().name();
        }
        String body = "<h1>" + esc(title) + "</h1>"
                + "<p class=\"legend\">Shape and colour show the actor type; edge colour shows the relation. Click an actor"
                + " to open its dossier, a relation to read its evidence below.</p>"
                + "<div id=\"cy\" data-actor=\"" + (actorId == null ? "" : actorId) + "\"></div>"
                + "<section id=\"edge-evidence\" aria-live=\"polite\"><p class=\"muted\">No relation selected.</p></section>";
        return Html.page(title, csrf, body, "/webjars/cytoscape/3.33.1/dist/cytoscape.min.js", "/static/network.js");
    }

    String decisions() {
        StringBuilder b = new StringBuilder("<h1>Decisions</h1>");
        List<DecisionRow> rows = services.entities().history();
        if (rows.isEmpty()) {
            b.append("<p class=\"muted\">No decisions yet. Corrections made on actor pages appear here.</p>");
        } else {
            b.append("<table class=\"list\"><thead><tr><th>#</th><th>Kind</th><th>Left</th><th>Right</th><th>Value</th>")
                    .append("<th>When</th><th></th></tr></thead><tbody>");
            for (DecisionRow row : rows) {
                Decision d = row.decision();
                b.append("<tr").append(row.undone() ? " class=\"undone\"" : "").append("><td>").append(d.id())
                        .append("</td><td>").append(esc(d.kind().name().toLowerCase())).append("</td><td>")
                        .append(esc(d.left())).append("</td><td>").append(esc(d.right())).append("</td><td>")
                        .append(esc(d.value())).append("</td><td>").append(esc(row.createdAt())).append("</td><td>");
                if (row.undone()) {
                    b.append("undone");
                } else {
                    b.append("<button type=\"button\" class=\"small undo\" data-decision-id=\"").append(d.id())
                            .append("\">Undo</button>");
                }
                b.append("</td></tr>");
            }
            b.append("</tbody></table>");
        }
        return Html.page("Decisions", csrf, b.toString(), APP_JS);
    }
}
