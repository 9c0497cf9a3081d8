package org.dramatis.web;

import static org.dramatis.web.Html.esc;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.dramatis.graph.Views.ActorSummary;
import org.dramatis.graph.Views.EvidencePage;

/**
 * All the evidence behind one of an actor's facts or events, a page at a time: where the dossier's "show all" links
 * lead, since the dossier lists only the first few sentences of each.
 */
final class EvidenceListPage {
    static final int PAGE = 200;

    private final WebServices services;
    private final Layout layout;

    EvidenceListPage(WebServices services, Layout layout) {
        this.services = services;
        this.layout = layout;
    }

    String render(Context ctx, long actorId) {
        ActorSummary actor = services.graph().actor(actorId)
                .orElseThrow(() -> ApiException.notFound("no actor with id " + actorId)).actor();
        String fact = blankToNull(ctx.queryParam("fact"));
        String event = blankToNull(ctx.queryParam("event"));
        if ((fact == null) == (event == null)) {
            throw ApiException.badRequest("give exactly one of the query parameters 'fact' and 'event'");
        }
        int offset = Params.intInRange(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        String kind = fact != null ? "fact" : "event";
        String key = fact != null ? fact : event;
        EvidencePage page = (fact != null ? services.graph().factEvidence(actorId, fact, offset, PAGE)
                : services.events().eventEvidence(actorId, event, offset, PAGE))
                .orElseThrow(() -> ApiException.notFound("actor " + actorId + " has no " + kind + " '" + key + "'"));
        String title = "Evidence for " + actor.name();
        StringBuilder b = new StringBuilder("<h1>").append(esc(title)).append("</h1><p class=\"muted\">")
                .append(kind.equals("fact") ? "Fact" : "Event").append(" <code>").append(esc(key)).append("</code>: ")
                .append(page.total()).append(page.total() == 1 ? " sentence" : " sentences");
        if (!page.evidence().isEmpty()) {
            b.append(", ").append(offset + 1).append("–").append(offset + page.evidence().size())
                    .append(" shown");
        }
        b.append(" · <a href=\"/actors/").append(actorId).append("\">back to the dossier</a></p>");
        b.append(Fragments.evidence(page.evidence()));
        String base = "/actors/" + actorId + "/evidence?" + kind + "=" + URLEncoder.encode(key, StandardCharsets.UTF_8);
        b.append("<p class=\"pager\">");
        if (offset > 0) {
            b.append("<a rel=\"prev\" href=\"").append(esc(base + "&offset=" + Math.max(0, offset - PAGE)))
                    .append("\">previous ").append(PAGE).append("</a> ");
        }
        if (offset + page.evidence().size() < page.total()) {
            b.append("<a rel=\"next\" href=\"").append(esc(base + "&offset=" + (offset + PAGE))).append("\">next ")
                    .append(PAGE).append("</a>");
        }
        b.append("</p>");
        return layout.page(title, b.toString());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
