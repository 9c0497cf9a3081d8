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
import org.dramatis.extract.FactClaim;

/**
 * Whether an extracted event or fact is one the annotator lists, judged by {@code dramatis eval}'s own rules
 * ({@link Evaluator#eventMatches}, {@link Evaluator#factMatches}) against the gold the corpus gives {@code eval}
 * ({@link GoldExport#events}, {@link GoldExport#facts}). Only the step from a system mention to a gold actor differs, as
 * there is no resolved store here: a mention is a gold actor when it overlaps one of the actor's mentions or has the
 * text of one ("the" and case ignored). This is what the checks ({@link EventCheck}, {@link FactCheck}) learn to predict.
 */
final class ClaimLabels {
    private final Annotated gold;
    private final List<Gold.Event> events;
    private final List<Gold.Fact> facts;

    ClaimLabels(Annotated gold) {
        this.gold = gold;
        this.events = GoldExport.events(gold);
        this.facts = GoldExport.facts(gold);
    }

    /** The number of gold facts the evaluator counts in this article. */
    int factCount() {
        return facts.size();
    }

    /** The index of a gold fact {@code f} recovers, or -1. */
    int match(FactClaim f, List<ActorMention> mentions) {
        Set<String> subjects = actorsOf(mentions.get(f.subject()));
        // No gold object (none in the text, or not a gold actor): only a birth year's value can still match.
        Set<String> objects = f.object() < 0 ? new HashSet<>() : actorsOf(mentions.get(f.object()));
        if (objects.isEmpty()) {
            objects.add(null);
        }
        for (int i = 0; i < facts.size(); i++) {
            Gold.Fact g = facts.get(i);
            for (String s : subjects) {
                for (String o : objects) {
                    if (Evaluator.factMatches(g, f.kind(), s, o, f.value())) {
                        return i;
                    }
                }
            }
        }
        return -1;
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
