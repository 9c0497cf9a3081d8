package org.dramatis.learn;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dramatis.corpus.Annotated;
import org.dramatis.corpus.Span;
import org.dramatis.extract.ActorMention;
import org.dramatis.extract.EventClaim;

/**
 * Whether an extracted event is one the annotator lists, judged as {@code dramatis eval} judges a stored event against
 * the gold file the corpus gives ({@code corpus gold}): a chain of reports of which one is asserted or alleged, of the
 * same type, a compatible date when the gold names one (equal, or one a prefix of the other), and a participant that
 * is the gold actor (its only one, when the gold names one). A participant is a gold actor when its mention overlaps
 * one of the actor's mentions or has the text of one ("the" ignored, case ignored). This is what the event check
 * ({@link EventCheck}) learns to predict.
 */
final class EventLabels {
    private final Annotated gold;
    /** One entry per gold chain counted by the evaluator: its reports. */
    private final List<List<Annotated.Event>> chains = new ArrayList<>();

    EventLabels(Annotated gold) {
        this.gold = gold;
        for (Annotated.Event first : gold.events()) {
            if (first.same() != null) {
                continue;
            }
            List<Annotated.Event> reports = new ArrayList<>(List.of(first));
            gold.events().stream().filter(e -> first.id() != null && first.id().equals(e.same())).forEach(reports::add);
            if (reports.stream().anyMatch(e -> e.mod().countsAsFact())) {
                chains.add(reports);
            }
        }
    }

    /** The number of gold events the evaluator counts in this article. */
    int count() {
        return chains.size();
    }

    /** The index of a gold event {@code e} recovers (see the class comment), or -1. */
    int match(EventClaim e, List<ActorMention> mentions) {
        Set<String> participants = new HashSet<>();
        for (EventClaim.Participant p : e.participants()) {
            participants.addAll(actorsOf(mentions.get(p.mention())));
        }
        for (int i = 0; i < chains.size(); i++) {
            List<Annotated.Event> reports = chains.get(i);
            Annotated.Event first = reports.get(0);
            if (first.type() != e.type()) {
                continue;
            }
            String date = reports.stream().filter(r -> r.when() != null).map(r -> r.when().value()).findFirst().orElse(null);
            if (date != null && (e.date() == null || !(date.startsWith(e.date()) || e.date().startsWith(date)))) {
                continue;
            }
            Set<String> involved = new LinkedHashSet<>();
            reports.forEach(r -> involved.addAll(r.involved()));
            boolean actors = involved.isEmpty() || (involved.size() == 1 ? participants.contains(involved.iterator().next())
                    : involved.stream().anyMatch(participants::contains));
            if (actors) {
                return i;
            }
        }
        return -1;
    }

    /** The gold actors a system mention stands for. */
    private Set<String> actorsOf(ActorMention m) {
        Set<String> out = new HashSet<>();
        Span span = new Span(m.begin(), m.end());
        String text = normalise(m.text());
        for (Annotated.Mention g : gold.mentions()) {
            if (g.span().end() <= gold.text().length() && (g.span().overlaps(span)
                    || normalise(g.span().of(gold.text())).equals(text))) {
                out.add(g.entity());
            }
        }
        return out;
    }

    private static String normalise(String name) {
        String n = name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return n.startsWith("the ") ? n.substring(4) : n;
    }
}
