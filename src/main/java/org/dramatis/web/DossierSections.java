package org.dramatis.web;

import static org.dramatis.web.Html.esc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.dramatis.graph.PostsAsOf.Held;
import org.dramatis.graph.Views.ActorDetail;
import org.dramatis.graph.Views.Evidence;
import org.dramatis.graph.Views.Fact;
import org.dramatis.graph.Views.NameCount;

/**
 * Dossier sections: the folded spellings with the reasons they are one actor, the posts timeline built from facts
 * across the corpus, and the quotes by and about the actor.
 */
final class DossierSections {
    private DossierSections() {
    }

    /**
     * The actor's spellings and the resolver's reasons for putting them together, folded: analysts open it when a
     * grouping looks wrong. The reasons are worded by {@link ReasonWording}; each keeps its recorded form as a tooltip.
     */
    static String spellings(ActorDetail detail) {
        List<NameCount> names = detail.names();
        StringBuilder b = new StringBuilder("<details id=\"spellings\"><summary>")
                .append(names.size() == 1 ? "1 spelling" : names.size() + " spellings")
                .append(" and why they are one actor</summary><ul class=\"names\">");
        for (NameCount n : names) {
            b.append("<li>").append(esc(n.name())).append(" <span class=\"muted\">× ").append(n.count()).append("</span></li>");
        }
        b.append("</ul>");
        List<ReasonWording.Line> lines = ReasonWording.lines(detail.reasons());
        if (lines.isEmpty()) {
            b.append("<p class=\"muted\">No reasons recorded.</p>");
        } else {
            b.append("<ul class=\"reasons\">");
            lines.forEach(l -> b.append("<li title=\"").append(esc(l.reason())).append("\">").append(esc(l.sentence()))
                    .append("</li>"));
            b.append("</ul>");
        }
        return b.append("</details>").toString();
    }

    /**
     * Posts held (role and appointment facts) as a timeline ordered by start date; undated posts come last. A post
     * with an end the sources imply ({@code ended}, by fact key) shows that end, why ("ended: succeeded by X",
     * "ended: resigned", "ended: dismissed by Y") and a link to the sentence that shows it.
     */
    static String posts(List<Fact> posts, long self, Function<Fact, List<Long>> rejectIds, Map<String, Held> ended) {
        List<Fact> ordered = posts.stream()
                .sorted(Comparator.comparing(Fact::start, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Fact::end, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        StringBuilder b = new StringBuilder("<ol class=\"posts-timeline\">");
        for (Fact f : ordered) {
            Held implied = f.end() == null ? ended.get(f.key()) : null;
            String from = f.start() == null ? "?" : f.start();
            String to = f.end() != null ? f.end() : implied != null ? implied.end() : "";
            b.append("<li class=\"fact kind-").append(f.kind().name()).append("\"><span class=\"when\">").append(esc(from))
                    .append(" – ").append(esc(to));
            if (implied != null) {
                b.append(" <span class=\"ended\">(ended: ").append(esc(implied.endedBy()));
                Evidence e = implied.endEvidence();
                if (e != null) {
                    b.append(", <a href=\"/documents/").append(e.documentId()).append("#s").append(e.sentenceIndex())
                            .append("\" title=\"").append(esc(e.sentence())).append("\">")
                            .append(esc(e.outlet() == null ? e.documentName() : e.outlet()))
                            .append(e.published() == null ? "" : " " + esc(e.published())).append("</a>");
                }
                b.append(")</span>");
            }
            b.append("</span><div class=\"what\">").append(Fragments.factBody(f, self, rejectIds.apply(f)))
                    .append("</div></li>");
        }
        return b.append("</ol>").toString();
    }

    /**
     * Quotes by the actor (evidence anywhere whose attribution names one of its spellings) and about it (attributed
     * evidence of its own facts). Empty string when there are none.
     *
     * @param attributed every attributed piece of fact evidence in the corpus
     * @param ownClaims the claim ids of the actor's facts
     */
    static String quotes(List<NameCount> names, List<Evidence> attributed, Set<Long> ownClaims) {
        List<Pattern> spellings = names.stream().map(NameCount::name).filter(n -> n.strip().length() >= 3)
                .map(n -> Pattern.compile("\\b" + Pattern.quote(n.strip().toLowerCase(Locale.ROOT)) + "\\b"))
                .toList();
        List<Evidence> by = new ArrayList<>();
        List<Evidence> about = new ArrayList<>();
        for (Evidence e : attributed) {
            String who = e.attribution().toLowerCase(Locale.ROOT);
            if (spellings.stream().anyMatch(p -> p.matcher(who).find())) {
                by.add(e);
            } else if (ownClaims.contains(e.claimId())) {
                about.add(e);
            }
        }
        if (by.isEmpty() && about.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<section id=\"quotes\"><h2>Quotes by it and about it</h2>");
        if (!by.isEmpty()) {
            b.append("<h3>By it</h3>").append(Fragments.evidence(distinct(by)));
        }
        if (!about.isEmpty()) {
            b.append("<h3>About it</h3>").append(Fragments.evidence(distinct(about)));
        }
        return b.append("</section>").toString();
    }

    private static List<Evidence> distinct(List<Evidence> evidence) {
        return evidence.stream().distinct().toList();
    }
}
