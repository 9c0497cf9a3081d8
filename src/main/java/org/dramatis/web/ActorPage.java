package org.dramatis.web;

import static org.dramatis.web.Html.esc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.dramatis.graph.DecisionRepository.DecisionRow;
import org.dramatis.graph.ActorVersion;
import org.dramatis.graph.Views.ActorDetail;
import org.dramatis.graph.Views.ActorSummary;
import org.dramatis.graph.Views.Event;
import org.dramatis.graph.Views.Evidence;
import org.dramatis.graph.Views.Fact;
import org.dramatis.graph.Views.NameCount;
import org.dramatis.model.ActorType;
import org.dramatis.model.FactKind;

/**
 * The actor dossier: posts, memberships and alignments first, then quotes and events — every line cited — then the
 * spellings with the reasons they are one actor (folded), the outlets and the corrections.
 */
final class ActorPage {
    /** Evidence items shown per fact and event; each links to its evidence page for the rest. */
    static final int EVIDENCE = 3;

    private final WebServices services;
    private final Layout layout;

    ActorPage(WebServices services, Layout layout) {
        this.services = services;
        this.layout = layout;
    }

    String render(long id) {
        ActorDetail detail = services.graph().actor(id).orElseThrow(() -> ApiException.notFound("no actor with id " + id));
        ActorSummary a = detail.actor();
        List<Fact> facts = services.graph().facts(id, null, EVIDENCE);
        List<Event> events = services.events().events(id, null, EVIDENCE);
        // Rejecting a fact rejects all its claims, also those whose evidence the page leaves out.
        Map<String, List<Long>> factClaims = facts.stream().anyMatch(f -> f.evidenceCount() > f.evidence().size())
                ? services.graph().factClaimIds(id) : Map.of();
        Map<String, List<Long>> eventClaims = events.stream().anyMatch(e -> e.evidenceCount() > e.evidence().size())
                ? services.events().eventClaimIds(id) : Map.of();
        Function<Fact, List<Long>> factIds = f -> factClaims.getOrDefault(f.key(), ids(f.evidence()));
        StringBuilder b = new StringBuilder("<h1>").append(esc(a.name())).append(" <span class=\"badge type-")
                .append(a.type().name()).append("\">").append(esc(a.type().label())).append("</span></h1>")
                .append("<p class=\"muted\">").append(a.mentions()).append(" mentions in ").append(a.documents())
                .append(" documents · <a href=\"/network?actor=").append(a.id()).append("\">network</a> · <a href=\"/timeline?actor=")
                .append(a.id()).append("\">timeline</a> · <a href=\"/sources?actor=").append(a.id())
                .append("\">sources compared</a> · <a href=\"#spellings\">spellings</a> · <a href=\"#corrections\">corrections</a></p>");


        Map<FactKind, List<Fact>> byKind = new EnumMap<>(FactKind.class);
        facts.forEach(f -> byKind.computeIfAbsent(f.kind(), k -> new ArrayList<>()).add(f));
        for (FactKind.Section heading : FactKind.Section.values()) {
            List<Fact> section = Arrays.stream(FactKind.values()).filter(k -> k.section() == heading)
                    .flatMap(k -> byKind.getOrDefault(k, List.of()).stream()).toList();
            if (!section.isEmpty()) {
                b.append("<section><h2>").append(esc(heading.heading())).append("</h2>");
                if (heading == FactKind.Section.POSTS) {
                    // Implied ends are read over the whole corpus: only when some post has no stated end.
                    boolean open = section.stream().anyMatch(f -> f.end() == null);
                    b.append(DossierSections.posts(section, id, factIds, open ? services.graph().impliedEnds() : Map.of()));
                } else {
                    b.append("<ul class=\"facts\">");
                    section.forEach(f -> b.append(Fragments.fact(f, id, factIds.apply(f))));
                    b.append("</ul>");
                }
                b.append("</section>");
            }
        }
        if (facts.isEmpty()) {
            b.append("<section><h2>Facts</h2><p class=\"muted\">No facts about this actor yet.</p></section>");
        }
        Set<Long> ownClaims = new HashSet<>();
        facts.forEach(f -> ownClaims.addAll(factIds.apply(f)));
        b.append(DossierSections.quotes(detail.names(), services.graph().attributedEvidence(), ownClaims));
        b.append("<section><h2>Events</h2>");
        if (events.isEmpty()) {
            b.append("<p class=\"muted\">No events with this actor.</p>");
        } else {
            b.append("<ul class=\"events\">");
            events.forEach(e -> b.append(Fragments.event(e, id, eventClaims.getOrDefault(e.key(), ids(e.evidence())))));
            b.append("</ul>");
        }
        b.append("</section>");
        // What the analyst checks when something looks wrong, after what the actor does: spellings, outlets, corrections.
        b.append("<div class=\"columns\"><section><h2>Spellings and outlets</h2>").append(DossierSections.spellings(detail))
                .append("<h3>Outlets</h3>").append(list(detail.outlets(), "No outlet known.")).append("</section>")
                .append(corrections(detail)).append("</div>");
        return layout.page(a.name(), b.toString(), "/static/app.js");
    }

    private static List<Long> ids(List<Evidence> evidence) {
        return evidence.stream().map(Evidence::claimId).toList();
    }

    private static String list(List<String> items, String empty) {
        if (items.isEmpty()) {
            return "<p class=\"muted\">" + esc(empty) + "</p>";
        }
        StringBuilder sb = new StringBuilder("<ul>");
        items.forEach(i -> sb.append("<li>").append(esc(i)).append("</li>"));
        return sb.append("</ul>").toString();
    }

    /** "Sami Duri — location #12": what the merge box offers and sends back; the server reads the id after '#'. */
    static String optionLabel(ActorSummary a) {
        return a.name() + " — " + a.type().label().toLowerCase(java.util.Locale.ROOT) + " #" + a.id();
    }

    private String corrections(ActorDetail detail) {
        ActorSummary a = detail.actor();
        // The version goes back with every correction: one made meanwhile by someone else is not overwritten unseen.
        StringBuilder b = new StringBuilder("<section id=\"corrections\" class=\"panel\" data-actor-id=\"").append(a.id())
                .append("\" data-actor-name=\"").append(esc(a.name())).append("\" data-version=\"")
                .append(ActorVersion.of(detail)).append("\"><h2>Corrections</h2>");
        b.append("<div class=\"row\"><label for=\"merge-with\">Same actor as</label>")
                .append("<input id=\"merge-with\" list=\"actor-names\" autocomplete=\"off\">")
                .append("<button type=\"button\" id=\"merge\">Merge</button></div><datalist id=\"actor-names\">");
        for (ActorSummary other : services.graph().actors(2000, null)) {
            if (other.id() != a.id()) {
                // The id goes with the name: two actors may share a name (a person and a place), the merge needs which.
                b.append("<option value=\"").append(esc(optionLabel(other))).append("\">");
            }
        }
        b.append("</datalist>");
        if (detail.names().size() > 1) {
            b.append("<fieldset><legend>Split these spellings off into a new actor</legend>");
            for (NameCount n : detail.names()) {
                b.append("<label class=\"check\"><input type=\"checkbox\" name=\"split\" value=\"").append(esc(n.name()))
                        .append("\"> ").append(esc(n.name())).append("</label>");
            }
            b.append("<button type=\"button\" id=\"split\">Split</button></fieldset>");
        }
        b.append("<div class=\"row\"><label for=\"new-name\">Rename to</label><input id=\"new-name\" value=\"")
                .append(esc(a.name())).append("\"><button type=\"button\" id=\"rename\">Rename</button></div>");
        b.append("<div class=\"row\"><label for=\"new-alias\">Add a spelling</label><input id=\"new-alias\"")
                .append(" placeholder=\"another spelling of this actor\"><button type=\"button\" id=\"add-alias\">Add</button></div>");
        b.append("<div class=\"row\"><label for=\"new-type\">Type</label><select id=\"new-type\">");
        for (ActorType t : ActorType.values()) {
            b.append("<option value=\"").append(t.name()).append('"').append(t == a.type() ? " selected" : "").append('>')
                    .append(esc(t.label())).append("</option>");
        }
        b.append("</select><button type=\"button\" id=\"retype\">Change type</button></div>")
                .append("<p id=\"correction-status\" class=\"status\" aria-live=\"polite\"></p>")
                .append(signed(a.id())).append("</section>");
        return b.toString();
    }

    /** The decisions made on this actor (as it was chosen then), each with who made it and when. */
    private String signed(long id) {
        List<DecisionRow> mine = services.decisions().history().stream().filter(r -> r.decision().anchors() != null
                && (Long.valueOf(id).equals(r.decision().anchors().leftActor())
                || Long.valueOf(id).equals(r.decision().anchors().rightActor()))).toList();
        if (mine.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<h3>Made on this actor</h3><ul id=\"actor-decisions\">");
        for (DecisionRow r : mine) {
            b.append("<li").append(r.undone() ? " class=\"undone\"" : "").append(">#").append(r.decision().id()).append(' ')
                    .append(esc(DecisionsPage.what(r.decision()))).append(" — ").append(DecisionsPage.signature(r))
                    .append(r.undone() ? " (undone)" : "").append("</li>");
        }
        return b.append("</ul>").toString();
    }
}
