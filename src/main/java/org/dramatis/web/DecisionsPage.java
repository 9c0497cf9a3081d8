package org.dramatis.web;

import static org.dramatis.web.Html.esc;

import java.util.List;
import org.dramatis.graph.DecisionRepository.DecisionRow;
import org.dramatis.graph.Views.Rejected;
import org.dramatis.resolve.Decision;

/**
 * The decision history with an undo button on each active decision, and the rejected facts and events with a button
 * that restores each.
 */
final class DecisionsPage {
    /** Rejected facts and events listed; more is a sign of a bad extraction run, not of corrections to review here. */
    static final int REJECTED_SHOWN = 500;

    private final WebServices services;
    private final Layout layout;

    DecisionsPage(WebServices services, Layout layout) {
        this.services = services;
        this.layout = layout;
    }

    String render() {
        StringBuilder b = new StringBuilder("<h1>Decisions</h1>")
                .append("<p id=\"correction-status\" class=\"status\" aria-live=\"polite\"></p>");
        List<DecisionRow> rows = services.decisions().history();
        if (rows.isEmpty()) {
            b.append("<p class=\"muted\">No decisions yet. Corrections made on actor pages appear here.</p>");
        } else {
            b.append("<table class=\"list\" id=\"decisions\"><thead><tr><th>#</th><th>Kind</th><th>Left</th><th>Right</th>")
                    .append("<th>Value</th><th>Made</th><th></th></tr></thead><tbody>");
            for (DecisionRow row : rows) {
                Decision d = row.decision();
                Decision.Anchors a = d.anchors();
                b.append("<tr").append(row.undone() ? " class=\"undone\"" : "").append("><td>").append(d.id())
                        .append("</td><td>").append(esc(d.kind().name().toLowerCase())).append("</td><td>")
                        .append(actor(d.left(), a == null ? null : a.leftActor())).append("</td><td>")
                        .append(actor(d.right(), a == null ? null : a.rightActor())).append("</td><td>")
                        .append(esc(d.value())).append("</td><td class=\"signed\">").append(signature(row)).append("</td><td>");
                if (row.undone()) {
                    b.append("undone");
                } else if (!layout.mayUndo(row.author())) {
                    b.append("<span class=\"muted\">by ").append(esc(row.author())).append("</span>");
                } else {
                    b.append("<button type=\"button\" class=\"small undo\" data-decision-id=\"").append(d.id())
                            .append("\">Undo</button>");
                }
                b.append("</td></tr>");
            }
            b.append("</tbody></table>");
        }
        b.append(rejected(services.graph().rejected(REJECTED_SHOWN)));
        return layout.page("Decisions", b.toString(), "/static/app.js");
    }

    /** A name, and when the decision is about a chosen actor a link to it by the id it had (a merged id leads on). */
    private static String actor(String name, Long id) {
        if (id == null) {
            return esc(name);
        }
        return "<a href=\"/actors/" + id + "\">" + esc(name) + "</a> <span class=\"muted\">#" + id + "</span>";
    }

    private static String rejected(List<Rejected> rejected) {
        StringBuilder b = new StringBuilder("<h2>Rejected facts and events</h2>");
        if (rejected.isEmpty()) {
            return b.append("<p class=\"muted\">None. A fact or event rejected on an actor or document page appears here,")
                    .append(" with a button that restores it.</p>").toString();
        }
        b.append("<table class=\"list\" id=\"rejected\"><thead><tr><th>What</th><th>Sentence</th><th>Claims</th><th>By</th><th></th>")
                .append("</tr></thead><tbody>");
        for (Rejected r : rejected) {
            b.append("<tr class=\"rejected-").append(r.table().equals("fact_claim") ? "fact" : "event").append("\"><td>")
                    .append(r.table().equals("fact_claim") ? "fact: " : "event: ").append(esc(r.what())).append("</td><td><q>")
                    .append(esc(r.sentence())).append("</q> — <a href=\"/documents/").append(r.documentId()).append("#s")
                    .append(r.sentenceIndex()).append("\">").append(esc(r.documentTitle())).append("</a></td><td>")
                    .append(r.claimIds().size()).append("</td><td class=\"author\">").append(esc(r.rejectedBy()))
                    .append("</td><td><button type=\"button\" class=\"small restore\" data-table=\"")
                    .append(r.table()).append("\" data-ids=\"")
                    .append(String.join(",", r.claimIds().stream().map(String::valueOf).toList()))
                    .append("\">Undo</button></td></tr>");
        }
        return b.append("</tbody></table>").toString();
    }

    /** Who made a decision and when: "omar, 2026-11-23 21:38" (escaped HTML). */
    static String signature(DecisionRow row) {
        return "<span class=\"author\">" + esc(row.author()) + "</span>, " + esc(when(row.createdAt()));
    }

    /** A decision in a few words: "rename 'A' → 'B'", "same 'A' = 'B'". */
    static String what(Decision d) {
        String kind = d.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return kind + " '" + d.left() + "'" + (d.right() == null ? "" : " / '" + d.right() + "'")
                + (d.value() == null ? "" : " → " + d.value());
    }

    /** "2026-11-23T21:38:32.04Z" shown as "2026-11-23 21:38"; anything else as stored. */
    private static String when(String stamp) {
        return stamp != null && stamp.length() >= 16 && stamp.charAt(10) == 'T' ? stamp.substring(0, 10) + " "
                + stamp.substring(11, 16) : stamp;
    }
}
