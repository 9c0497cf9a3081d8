package org.dramatis.web;

import static org.dramatis.web.Html.esc;

import java.util.List;
import org.dramatis.graph.EntityStore.DecisionRow;
import org.dramatis.resolve.Decision;

/** The decision history with an undo button on each active decision. */
final class DecisionsPage {
    private final WebServices services;
    private final Layout layout;

    DecisionsPage(WebServices services, Layout layout) {
        this.services = services;
        this.layout = layout;
    }

    String render() {
        StringBuilder b = new StringBuilder("<h1>Decisions</h1>")
                .append("<p id=\"correction-status\" class=\"status\" aria-live=\"polite\"></p>");
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
                        .append(esc(d.value())).append("</td><td>").append(esc(when(row.createdAt()))).append("</td><td>");
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
        return layout.page("Decisions", b.toString(), "/static/app.js");
    }

    /** "2026-11-23T21:38:32.04Z" shown as "2026-11-23 21:38"; anything else as stored. */
    private static String when(String stamp) {
        return stamp != null && stamp.length() >= 16 && stamp.charAt(10) == 'T' ? stamp.substring(0, 10) + " "
                + stamp.substring(11, 16) : stamp;
    }
}
