package org.dramatis.web;

import static org.dramatis.web.Html.esc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dramatis.graph.Views.ActorSummary;
import org.dramatis.graph.Views.Event;
import org.dramatis.graph.Views.Evidence;
import org.dramatis.graph.Views.Fact;

/**
 * Sources: per outlet, what it says about one actor; points where outlets differ are shown side by side first, then the
 * facts outlets state alike.
 */
final class SourcesPage {
    private final WebServices services;
    private final Layout layout;

    SourcesPage(WebServices services, Layout layout) {
        this.services = services;
        this.layout = layout;
    }

    String render(long actorId) {
        ActorSummary a = services.graph().actor(actorId)
                .orElseThrow(() -> ApiException.notFound("no actor with id " + actorId)).actor();
        List<Fact> facts = services.graph().facts(actorId, null);
        List<Event> events = services.events().events(actorId, null);
        StringBuilder b = new StringBuilder("<h1>Sources on ").append(esc(a.name())).append("</h1><p class=\"muted\">")
                .append("<a href=\"/actors/").append(actorId).append("\">back to the dossier</a></p>");
        List<Disagreements.Point> points = Disagreements.find(facts, events);
        b.append("<section id=\"disagreements\"><h2>Where outlets differ</h2>");
        if (points.isEmpty()) {
            b.append("<p class=\"muted\">No differences found between outlets.</p>");
        }
        for (Disagreements.Point p : points) {
            b.append("<div class=\"point\"><h3>").append(esc(p.heading())).append("</h3><div class=\"side-by-side\">");
            p.byOutlet().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
                b.append("<div class=\"outlet\"><h4>").append(esc(entry.getKey())).append("</h4><ul class=\"facts\">");
                entry.getValue().forEach(item -> b.append(item.fact() != null ? Fragments.fact(item.fact(), actorId, false)
                        : Fragments.event(item.event(), actorId, false)));
                b.append("</ul></div>");
            });
            b.append("</div></div>");
        }
        b.append("</section>");
        List<Disagreements.Agreement> agreed = Disagreements.agreements(facts);
        b.append("<section id=\"agreements\"><h2>Where outlets agree</h2>");
        if (agreed.isEmpty()) {
            b.append("<p class=\"muted\">No fact is stated by more than one outlet yet.</p>");
        } else {
            b.append("<ul class=\"facts agreed\">");
            for (Disagreements.Agreement g : agreed) {
                b.append("<li class=\"fact\"><div class=\"claim\">").append(Fragments.factSentence(g.fact(), actorId))
                        .append(" <span class=\"muted\">— stated alike by ").append(esc(String.join(", ", g.outlets())))
                        .append("</span></div></li>");
            }
            b.append("</ul>");
        }
        b.append("</section>");
        Map<String, List<String>> byOutlet = new LinkedHashMap<>();
        for (Fact f : facts) {
            split(f.evidence()).forEach((outlet, own) -> byOutlet.computeIfAbsent(outlet, k -> new ArrayList<>())
                    .add(Fragments.fact(Disagreements.only(f, own), actorId, false)));
        }
        for (Event e : events) {
            split(e.evidence()).forEach((outlet, own) -> byOutlet.computeIfAbsent(outlet, k -> new ArrayList<>())
                    .add(Fragments.event(Disagreements.only(e, own), actorId, false)));
        }
        b.append("<section id=\"by-outlet\"><h2>By outlet</h2>");
        if (byOutlet.isEmpty()) {
            b.append("<p class=\"muted\">No outlet says anything about this actor yet.</p>");
        }
        byOutlet.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            b.append("<div class=\"outlet-block\"><h3>").append(esc(entry.getKey())).append(" <span class=\"muted\">")
                    .append(entry.getValue().size()).append(entry.getValue().size() == 1 ? " claim" : " claims")
                    .append("</span></h3><ul class=\"facts\">");
            entry.getValue().forEach(b::append);
            b.append("</ul></div>");
        });
        b.append("</section>");
        return layout.page("Sources on " + a.name(), b.toString());
    }

    private static Map<String, List<Evidence>> split(List<Evidence> evidence) {
        Map<String, List<Evidence>> out = new LinkedHashMap<>();
        evidence.forEach(e -> out.computeIfAbsent(Disagreements.outletOf(e), k -> new ArrayList<>()).add(e));
        return out;
    }
}
