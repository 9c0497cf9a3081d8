package org.dramatis.web;

import static org.dramatis.web.Html.esc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dramatis.model.FactKind;

/** The network view: a Cytoscape canvas fed by /api/network, filtered by relation kind and date in the browser. */
final class NetworkPage {
    /** Each relation kind's words and colour, for network.js to label and draw edges: {"ROLE": {words, colour}}. */
    static final String KINDS = kinds();
    private final WebServices services;
    private final Layout layout;

    NetworkPage(WebServices services, Layout layout) {
        this.services = services;
        this.layout = layout;
    }

    String render(Long actorId) {
        String title = "Network";
        if (actorId != null) {
            title = "Network of " + services.graph().actor(actorId)
                    .orElseThrow(() -> ApiException.notFound("no actor with id " + actorId)).actor().name();
        }
        String body = "<h1>" + esc(title) + "</h1>"
                + "<p class=\"legend\">Shape and colour show the actor type; edge colour shows the relation. Click an actor"
                + " to open its dossier, a relation to read its evidence below.</p>"
                + "<form id=\"network-filters\" class=\"filters\">"
                + "<fieldset id=\"kind-filter\"><legend>Relations shown</legend></fieldset>"
                + "<fieldset><legend>As of</legend><label class=\"check\"><input type=\"checkbox\" id=\"asof-on\">"
                + " only facts valid on</label> <input type=\"range\" id=\"asof\" aria-label=\"As of date\" disabled>"
                + " <output id=\"asof-label\" for=\"asof\"></output>"
                + "<p class=\"muted\">Facts without dates are always shown.</p></fieldset></form>"
                + "<div id=\"cy\" data-actor=\"" + (actorId == null ? "" : actorId) + "\" data-kinds=\"" + esc(KINDS)
                + "\"></div>"
                + "<section id=\"network-legend\" class=\"legend\" aria-label=\"Legend\"></section>"
                + exportLinks(actorId)
                + "<section id=\"edge-evidence\" aria-live=\"polite\"><p class=\"muted\">No relation selected.</p></section>";
        return layout.page(title, body, "/webjars/cytoscape/3.33.1/dist/cytoscape.min.js", "/static/network.js");
    }

    private static String kinds() {
        Map<String, Map<String, String>> kinds = new LinkedHashMap<>();
        for (FactKind k : FactKind.values()) {
            kinds.put(k.name(), Map.of("words", k.words(), "colour", k.colour()));
        }
        try {
            return new ObjectMapper().writeValueAsString(kinds);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the relation kinds as JSON", e);
        }
    }

    /**
     * Downloads of the view as shown. Without JavaScript they export the whole (ego) network; network.js adds the
     * relation kinds ticked and the "as of" month as they change.
     */
    private String exportLinks(Long actorId) {
        if (services.exports() == null) {
            return "";
        }
        StringBuilder b = new StringBuilder("<p id=\"network-export\" class=\"legend\">Export what is shown:");
        for (String format : ExportRoute.FORMATS) {
            b.append(" <a data-format=\"").append(format).append("\" href=\"/api/export?format=").append(format)
                    .append(actorId == null ? "" : "&amp;actor=" + actorId).append("\" download>").append(format).append("</a>");
        }
        return b.append("</p>").toString();
    }
}
