package org.dramatis.learn;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dramatis.corpus.Annotated;
import org.dramatis.corpus.GoldExport;
import org.dramatis.corpus.Span;
import org.dramatis.extract.ActorMention;
import org.dramatis.eval.Evaluator;
import org.dramatis.eval.Gold;
import org.dramatis.extract.EventClaim;

/**
 * Whether an extracted event is one the annotator lists, judged by {@code dramatis eval}'s own rule
 * ({@link Evaluator#eventMatches}) against the gold events the corpus gives {@code eval} ({@link GoldExport#events}). Only
 * the step from a system participant to a gold actor differs, as there is no resolved store here: a participant is a
 * gold actor when its mention overlaps one of the actor's mentions or has the text of one ("the" and case ignored).
 * This is what the event check ({@link EventCheck}) learns to predict.
 */
final class EventLabels {
    private final Annotated gold;
    private final List<Gold.Event> events;

    EventLabels(Annotated gold) {
        this.gold = gold;
        this.events = GoldExport.events(gold);
    }

    /** The number of gold events the evaluator counts in this article. */
    int count() {
        return events.size();
    }

    /** The index of a gold event {@code e} recovers, or -1. */
    int match(EventClaim e, List<ActorMention> mentions) {
        Set<String> participants = new HashSet<>();
        for (EventClaim.Participant p : e.participants()) {
            participants.addAll(actorsOf(mentions.get(p.mention())));
        }
        for (int i = 0; i < events.size(); i++) {
            if (Evaluator.eventMatches(events.get(i), e.type(), e.mode(), e.date(), participants)) {
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
