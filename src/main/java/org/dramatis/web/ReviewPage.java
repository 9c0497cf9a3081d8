package org.dramatis.web;

import static org.dramatis.web.Html.esc;

import java.util.List;
import org.dramatis.graph.GraphQueries.ReviewItem;

/**
 * The review queue: the facts and events the models are least sure of, each with its sentence and one-click Accept
 * and Reject. A verdict takes the claim off the queue; {@code dramatis train --with-verdicts} learns from it.
 */
final class ReviewPage {
    static final int SIZE = 50;
    private final WebServices services;
    private final Layout layout;

    ReviewPage(WebServices services, Layout layout) {
        this.services = services;
        this.layout = layout;
    }

    String render() {
        StringBuilder b = new StringBuilder("<h1>Review</h1>")
                .append("<p class=\"muted\">The facts and events the models are least sure of, least certain first. Accept or")
                .append(" reject each: rejected ones leave the graph (undo on the decisions page), and")
                .append(" <code>dramatis train --with-verdicts DATA</code> teaches the models from both.</p>")
                .append("<p id=\"correction-status\" class=\"status\" aria-live=\"polite\"></p>");
        List<ReviewItem> items = services.graph().reviewQueue(SIZE);
        if (items.isEmpty()) {
            b.append("<p class=\"muted\">Nothing to review: no scored fact or event is waiting for a verdict.</p>");
            return layout.page("Review", b.toString(), "/static/app.js");
        }
        b.append("<ol class=\"review\">");
        for (ReviewItem i : items) {
            b.append("<li class=\"review-item\" data-claim=\"").append(esc(i.table())).append(':').append(i.claimId())
                    .append("\"><div class=\"claim\">").append(esc(i.claim())).append(Fragments.confidenceBadge(i.confidence()))
                    .append(" <button type=\"button\" class=\"small accept\" data-table=\"").append(esc(i.table()))
                    .append("\" data-ids=\"").append(i.claimId()).append("\">Accept</button>")
                    .append(" <button type=\"button\" class=\"small reject\" data-table=\"").append(esc(i.table()))
                    .append("\" data-ids=\"").append(i.claimId()).append("\">Reject</button></div>");
            if (i.evidence() != null) {
                b.append(Fragments.evidence(List.of(i.evidence())));
            }
            b.append("</li>");
        }
        b.append("</ol>");
        return layout.page("Review", b.toString(), "/static/app.js");
    }
}
