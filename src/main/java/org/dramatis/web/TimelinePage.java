package org.dramatis.web;

import static org.dramatis.web.Html.esc;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dramatis.graph.Views.Event;
import org.dramatis.graph.Views.Participant;

/**
 * The timeline: a d3 chart of /api/events (one dot per event, a colour per type, with a legend) with filters by actor,
 * type and place; undated events are listed below the chart. Filtering and drawing happen in timeline.js.
 */
final class TimelinePage {
    static final String D3 = "/webjars/d3/7.9.0/dist/d3.min.js";

    private final WebServices services;
    private final Layout layout;

    TimelinePage(WebServices services, Layout layout) {
        this.services = services;
        this.layout = layout;
    }

    String render(Long actorId) {
        List<Event> events = services.events().events(null, null);
        Map<Long, String> actors = new TreeMap<>();
        TreeSet<String> types = new TreeSet<>();
        TreeSet<String> places = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Event e : events) {
            e.participants().forEach((Participant p) -> actors.putIfAbsent(p.actorId(), p.name()));
            types.add(e.type().name());
            if (e.place() != null && !e.place().isBlank()) {
                places.add(e.place());
            }
        }
        if (actorId != null && !actors.containsKey(actorId)) {
            actors.put(actorId, services.graph().actor(actorId)
                    .orElseThrow(() -> ApiException.notFound("no actor with id " + actorId)).actor().name());
        }
        StringBuilder b = new StringBuilder("<h1>Timeline</h1><form id=\"timeline-filters\" class=\"filters\" method=\"get\">")
                .append("<label>Actor <select id=\"f-actor\" name=\"actor\"><option value=\"\">any actor</option>");
        actors.entrySet().stream().sorted(Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER)).forEach(a ->
                b.append(option(Long.toString(a.getKey()), a.getValue(), actorId != null && actorId.equals(a.getKey()))));
        b.append("</select></label><label>Type <select id=\"f-type\" name=\"type\"><option value=\"\">any type</option>");
        types.forEach(t -> b.append(option(t, t.toLowerCase(java.util.Locale.ROOT), false)));
        b.append("</select></label><label>Place <select id=\"f-place\" name=\"place\"><option value=\"\">anywhere</option>");
        places.forEach(p -> b.append(option(p, p, false)));
        b.append("</select></label></form>")
                .append("<p class=\"legend\">One dot per event, coloured by type; the more reports, the bigger the dot. Click a dot"
                        + " to read its reports.</p>").append(legend(types))
                .append("<div id=\"timeline-chart\" aria-label=\"Events over time\"></div>")
                .append("<section id=\"event-reports\" aria-live=\"polite\"><p class=\"muted\">No event selected.</p></section>")
                .append("<section><h2>Events without a date</h2><ul id=\"undated\" class=\"events\"></ul></section>");
        return layout.page("Timeline", b.toString(), D3, "/static/timeline.js");
    }

    /** The colour of each event type present (style.css gives each type its own). */
    private static String legend(TreeSet<String> types) {
        StringBuilder b = new StringBuilder("<ul class=\"type-legend\" id=\"type-legend\" aria-label=\"Event types\">");
        types.forEach(t -> b.append("<li class=\"etype-").append(esc(t)).append("\" data-type=\"").append(esc(t))
                .append("\"><span class=\"swatch\"></span>").append(esc(t.toLowerCase(java.util.Locale.ROOT))).append("</li>"));
        return b.append("</ul>").toString();
    }

    private static String option(String value, String label, boolean selected) {
        return "<option value=\"" + esc(value) + "\"" + (selected ? " selected" : "") + ">" + esc(label) + "</option>";
    }
}
