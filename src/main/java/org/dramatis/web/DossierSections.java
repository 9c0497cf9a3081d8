package org.dramatis.web;

import static org.dramatis.web.Html.esc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dramatis.graph.Views.Evidence;
import org.dramatis.graph.Views.Fact;
import org.dramatis.graph.Views.NameCount;

/** Dossier sections built from facts across the corpus: the posts timeline and the quotes by and about the actor. */
final class DossierSections {
    private DossierSections() {
    }

    /** Posts held (role and appointment facts) as a timeline ordered by start date; undated posts come last. */
    static String posts(List<Fact> posts, long self) {
        List<Fact> ordered = posts.stream()
                .sorted(Comparator.comparing(Fact::start, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Fact::end, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        StringBuilder b = new StringBuilder("<ol class=\"posts-timeline\">");
        for (Fact f : ordered) {
            String from = f.start() == null ? "?" : f.start();
            String to = f.end() == null ? "" : f.end();
            b.append("<li class=\"fact kind-").append(f.kind().name()).append("\"><span class=\"when\">").append(esc(from))
                    .append(" – ").append(esc(to)).append("</span><div class=\"what\">")
                    .append(Fragments.factBody(f, self, true))
                    .append("</div></li>");
        }
        return b.append("</ol>").toString();
    }

    /**
     * Quotes by the actor (evidence anywhere whose attribution names one of its spellings) and about it (evidence
     * on its own facts attributed to someone). Empty string when there are none.
     */
    static String quotes(List<NameCount> names, List<Fact> allFacts, List<Fact> ownFacts) {
        List<Pattern> spellings = names.stream().map(NameCount::name).filter(n -> n.strip().length() >= 3)
                .map(n -> Pattern.compile("\\b" + Pattern.quote(n.strip().toLowerCase(Locale.ROOT)) + "\\b"))
                .toList();
        List<Evidence> by = new ArrayList<>();
        for (Fact f : allFacts) {
            for (Evidence e : f.evidence()) {
                if (e.attribution() != null && spellings.stream()
                        .anyMatch(p -> p.matcher(e.attribution().toLowerCase(Locale.ROOT)).find())) {
                    by.add(e);
                }
            }
        }
        List<Evidence> about = new ArrayList<>();
        ownFacts.forEach(f -> f.evidence().stream().filter(e -> e.attribution() != null && !by.contains(e))
                .forEach(about::add));
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
