package org.dramatis.web;

import static org.dramatis.web.Html.esc;

import java.util.List;
import java.util.Map;
import org.dramatis.graph.Views.DocumentSummary;
import org.dramatis.graph.Views.Stats;

/** The home page: corpus counts, the actor table (filtered by any spelling, sorted by any column, paged), the documents. */
final class HomePage {
    /** Documents listed on the page; a corpus of 100,000 would make it megabytes of HTML. */
    static final int DOCUMENTS_SHOWN = 100;

    private final WebServices services;
    private final Layout layout;

    HomePage(WebServices services, Layout layout) {
        this.services = services;
        this.layout = layout;
    }

    String render(ActorTable.Query query) {
        Stats s = services.graph().stats();
        StringBuilder b = new StringBuilder("<h1>Workbench</h1><ul class=\"counts\">")
                .append(count(s.documents(), "documents")).append(count(s.actors(), "actors"))
                .append(count(s.facts(), "fact claims")).append(count(s.events(), "event claims"))
                .append(count(s.decisions(), "decisions")).append("</ul>");
        // Every spelling is read only to filter: one pass over the mentions, not paid by the plain home page.
        ActorTable.Page page = ActorTable.page(services.graph().actors(Integer.MAX_VALUE, null),
                query.filter().isEmpty() ? Map.of() : services.entities().spellings(), query);
        b.append("<div class=\"columns\"><section id=\"actors\"><h2>Actors</h2>").append(filterBox(page.query()))
                .append(HomeActors.results(page, services.search() != null)).append("</section><section><h2>Documents</h2>");
        if (s.documents() > DOCUMENTS_SHOWN) {
            b.append("<p class=\"muted\">The latest ").append(DOCUMENTS_SHOWN).append(" of ").append(s.documents())
                    .append("; search finds any of them by its text, the <a href=\"/outlets\">outlets</a> page lists them by outlet.</p>");
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
     * The actor filter: a GET form to the home page itself, so it works without JavaScript (Enter filters); app.js
     * refreshes the table while typing. The sort order is kept; a new filter starts at page 1.
     */
    private static String filterBox(ActorTable.Query q) {
        return "<form id=\"actor-filter-form\" action=\"/\" method=\"get\" role=\"search\"><input type=\"search\""
                + " id=\"actor-filter\" name=\"filter\" value=\"" + esc(q.filter()) + "\" placeholder=\"Filter actors by any spelling\""
                + " aria-label=\"Filter actors by any spelling\" autocomplete=\"off\">"
                + "<input type=\"hidden\" name=\"sort\" value=\"" + q.sort().param() + "\">"
                + "<input type=\"hidden\" name=\"dir\" value=\"" + (q.descending() ? "desc" : "asc") + "\">"
                + "<button type=\"submit\">Filter</button></form>";
    }

    private static String count(int n, String label) {
        return "<li><span class=\"n\">" + n + "</span> " + esc(label) + "</li>";
    }

}
