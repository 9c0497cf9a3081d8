package org.dramatis.web;

import static org.dramatis.web.Html.esc;

import java.util.List;
import org.dramatis.graph.Views.ActorSummary;
import org.dramatis.graph.Views.DocumentSummary;
import org.dramatis.graph.Views.Stats;

/** The home page: corpus counts, the actor list with a filter (and search box), the documents. */
final class HomePage {
    /** Documents listed on the page; a corpus of 100,000 would make it megabytes of HTML. */
    static final int DOCUMENTS_SHOWN = 100;

    private final WebServices services;
    private final Layout layout;

    HomePage(WebServices services, Layout layout) {
        this.services = services;
        this.layout = layout;
    }

    String render() {
        Stats s = services.graph().stats();
        StringBuilder b = new StringBuilder("<h1>Workbench</h1><ul class=\"counts\">")
                .append(count(s.documents(), "documents")).append(count(s.actors(), "actors"))
                .append(count(s.facts(), "fact claims")).append(count(s.events(), "event claims"))
                .append(count(s.decisions(), "decisions")).append("</ul>");
        List<ActorSummary> actors = services.graph().actors(200, null);
        b.append("<div class=\"columns\"><section><h2>Actors</h2>")
                .append(filterBox())
                .append("<table class=\"list\" id=\"actor-table\"><thead><tr><th>Name</th><th>Type</th><th>Mentions</th>")
                .append("<th>Documents</th></tr></thead><tbody>");
        for (ActorSummary a : actors) {
            b.append("<tr data-name=\"").append(esc(a.name())).append("\"><td>")
                    .append(Fragments.actorLink(a.id(), a.name(), a.type())).append("</td><td>")
                    .append(esc(a.type().label())).append("</td><td>").append(a.mentions()).append("</td><td>")
                    .append(a.documents()).append("</td></tr>");
        }
        b.append("</tbody></table></section><section><h2>Documents</h2>");
        if (s.documents() > DOCUMENTS_SHOWN) {
            b.append("<p class=\"muted\">The latest ").append(DOCUMENTS_SHOWN).append(" of ").append(s.documents())
                    .append("; search finds any of them by its text.</p>");
        }
        b.append("<table class=\"list\"><thead><tr><th>Title</th><th>Outlet</th><th>Date</th></tr></thead><tbody>");
        List<DocumentSummary> latest = services.graph().documents(Math.max(0, s.documents() - DOCUMENTS_SHOWN), DOCUMENTS_SHOWN);
        for (DocumentSummary d : latest) {
            b.append("<tr><td><a href=\"/documents/").append(d.id()).append("\">")
                    .append(esc(d.title() == null || d.title().isBlank() ? d.name() : d.title())).append("</a></td><td>")
                    .append(esc(d.outlet())).append("</td><td>").append(esc(d.published())).append("</td></tr>");
        }
        b.append("</tbody></table></section></div>");
        return layout.page("Workbench", b.toString(), "/static/app.js");
    }

    /**
     * The actor filter. With search enabled it is also a GET form to {@code /search}, so Enter searches every spelling
     * and every article even without JavaScript; app.js narrows the table while typing.
     */
    private String filterBox() {
        if (services.search() == null) {
            return "<input type=\"search\" id=\"actor-filter\" placeholder=\"Filter actors by name\""
                    + " aria-label=\"Filter actors\">";
        }
        return "<form action=\"/search\" method=\"get\" role=\"search\"><input type=\"search\" id=\"actor-filter\""
                + " name=\"q\" placeholder=\"Filter actors; Enter searches all spellings and articles\""
                + " aria-label=\"Filter actors or search\"></form>";
    }

    private static String count(int n, String label) {
        return "<li><span class=\"n\">" + n + "</span> " + esc(label) + "</li>";
    }

}
