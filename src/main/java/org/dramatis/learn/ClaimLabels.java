package org.dramatis.learn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.dramatis.corpus.Annotated;
import org.dramatis.corpus.GoldExport;
import org.dramatis.corpus.Span;
import org.dramatis.eval.GoldNames;
import org.dramatis.extract.ActorMention;
import org.dramatis.eval.Evaluator;
import org.dramatis.eval.Gold;
import org.dramatis.extract.EventClaim;
import org.dramatis.extract.FactClaim;
import org.dramatis.resolve.LocalCluster;

/**
 * Whether an extracted event or fact is one the annotator lists, judged by {@code dramatis eval}'s own rules
 * ({@link Evaluator#eventMatches}, {@link Evaluator#factMatches}). Only the step from a system mention to a gold actor
 * differs, as there is no resolved store here. Against a span-annotated article ({@link #of(Annotated)}) a mention is a
 * gold actor when it overlaps one of the actor's mentions or has the text of one ("the" and case ignored); against an
 * {@code eval} gold file ({@link #of(Gold, String, List, List)}) each within-document cluster stands for the gold actor
 * holding most of its names, as {@code eval} maps a stored entity. This is what the checks ({@link EventCheck},
 * {@link FactCheck}) learn to predict.
 */
final class ClaimLabels {
    private final List<Gold.Event> events;
    private final List<Gold.Fact> facts;
    private final IntFunction<Set<String>> actorsOf;

    private ClaimLabels(List<Gold.Event> events, List<Gold.Fact> facts, IntFunction<Set<String>> actorsOf) {
        this.events = events;
        this.facts = facts;
        this.actorsOf = actorsOf;
    }

    /** Labels for claims on a span-annotated article, whose mentions are {@code mentions}. */
    static ClaimLabels of(Annotated gold, List<ActorMention> mentions) {
        return new ClaimLabels(GoldExport.events(gold), GoldExport.facts(gold), i -> overlapping(gold, mentions.get(i)));
    }

    /**
     * Labels for claims on document {@code docId} of an {@code eval} gold file: as {@code eval} matches, a claim may
     * recover any of the file's events and facts (an annotator lists an event under the documents she saw it in, not
     * always all of them), and a mention stands for the gold actor its within-document cluster's names point at (a
     * mention in no cluster, for the one its own text names) among the actors the file places in this document.
     */
    static ClaimLabels of(Gold gold, String docId, List<ActorMention> mentions, List<LocalCluster> clusters) {
        Map<String, Set<String>> owners = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (Gold.Actor a : gold.entities()) {
            if (a.docs().isEmpty() || a.docs().contains(docId)) {
                order.add(a.id());
                a.names().forEach(n -> owners.computeIfAbsent(GoldNames.normalise(n), k -> new HashSet<>()).add(a.id()));
            }
        }
        String[] actor = new String[mentions.size()];
        boolean[] clustered = new boolean[mentions.size()];
        for (LocalCluster c : clusters) {
            List<String> names = new ArrayList<>(c.names());
            c.mentions().forEach(i -> names.add(mentions.get(i).text()));
            String best = best(names, owners, order);
            for (int i : c.mentions()) {
                actor[i] = best;
                clustered[i] = true;
            }
        }
        for (int i = 0; i < actor.length; i++) {
            if (!clustered[i]) {
                actor[i] = best(List.of(mentions.get(i).text()), owners, order);
            }
        }
        return new ClaimLabels(gold.events(), gold.facts(),
                i -> actor[i] == null ? new HashSet<>() : new HashSet<>(Set.of(actor[i])));
    }

    /** The gold actor owning most of {@code names} (ties to the one listed first), or null when none owns any. */
    private static String best(List<String> names, Map<String, Set<String>> owners, List<String> order) {
        Map<String, Integer> hits = new LinkedHashMap<>();
        names.stream().map(GoldNames::normalise).distinct()
                .forEach(n -> owners.getOrDefault(n, Set.of()).forEach(a -> hits.merge(a, 1, Integer::sum)));
        String best = null;
        int score = 0;
        for (String id : order) {
            if (hits.getOrDefault(id, 0) > score) {
                best = id;
                score = hits.get(id);
            }
        }
        return best;
    }

    /** The number of gold facts the evaluator counts in this article. */
    int factCount() {
        return facts.size();
    }

    /** The index of a gold fact {@code f} recovers, or -1. */
    int match(FactClaim f) {
        Set<String> subjects = actorsOf.apply(f.subject());
        // No gold object (none in the text, or not a gold actor): only a birth year's value can still match.
        Set<String> objects = f.object() < 0 ? new HashSet<>() : actorsOf.apply(f.object());
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
    int match(EventClaim e) {
        Set<String> participants = new HashSet<>();
        for (EventClaim.Participant p : e.participants()) {
            participants.addAll(actorsOf.apply(p.mention()));
        }
        for (int i = 0; i < events.size(); i++) {
            if (Evaluator.eventMatches(events.get(i), e.type(), e.mode(), e.date(), participants)) {
                return i;
            }
        }
        return -1;
    }

    /** The gold actors of a span-annotated article a system mention stands for. */
    private static Set<String> overlapping(Annotated gold, ActorMention m) {
        Set<String> out = new HashSet<>();
        Span span = new Span(m.begin(), m.end());
        String text = GoldNames.normalise(m.text());
        for (Annotated.Mention g : gold.mentions()) {
            if (g.span().end() <= gold.text().length() && (g.span().overlaps(span)
                    || GoldNames.normalise(g.span().of(gold.text())).equals(text))) {
                out.add(g.entity());
            }
        }
        return out;
    }
}
