package org.dramatis.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dramatis.graph.Views.Event;

/**
 * Why events did not match, told by the nearest miss: for each counted system event that recovers no gold event, and
 * for each gold event no system event recovers, the closest the other side came. An event of the right type and actor
 * but another date, read from one of the gold event's own articles, says the dating is wrong (the same type and actor
 * told in another article is more likely another event of that actor's than a misdated one), one of the right type and date with no actor in common that the actors
 * are, and one whose type no event on the other side has that the type is (or that the event is none at all). The
 * counts say which component to mend without reading a single missed item.
 *
 * @param emitted system events matching no gold event, by reason
 * @param missed  gold events no system event matches, by reason
 */
public record EventMisses(Map<String, Integer> emitted, Map<String, Integer> missed) {
    /** The reasons, nearest first. */
    static final List<String> REASONS = List.of("type and actor right, no date", "type and actor right, another date",
            "type and actor right, other date and article", "type and date right, no actor in common",
            "type right, date and actors wrong", "no event of its type");
    /** The last reason: also what an event is when the other side has no event at all. */
    private static final int NO_TYPE = REASONS.size() - 1;

    public EventMisses {
        emitted = Collections.unmodifiableMap(new LinkedHashMap<>(emitted));
        missed = Collections.unmodifiableMap(new LinkedHashMap<>(missed));
    }

    static EventMisses of(List<Gold.Event> gold, List<Event> events, ActorMatch match, DocumentMatch documents) {
        Map<String, Integer> emitted = zeros();
        Map<String, Integer> missed = zeros();
        List<Set<String>> participants = events.stream().map(e -> Evaluator.participants(e, match)).toList();
        List<Set<String>> articles = events.stream().map(e -> articles(e, documents)).toList();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            int best = NO_TYPE;
            for (Gold.Event g : gold) {
                best = Math.min(best, reason(g, e, participants.get(i), articles.get(i)));
            }
            if (best >= 0) {
                emitted.merge(REASONS.get(best), 1, Integer::sum);
            }
        }
        for (Gold.Event g : gold) {
            int best = NO_TYPE;
            for (int i = 0; i < events.size(); i++) {
                best = Math.min(best, reason(g, events.get(i), participants.get(i), articles.get(i)));
            }
            if (best >= 0) {
                missed.merge(REASONS.get(best), 1, Integer::sum);
            }
        }
        return new EventMisses(emitted, missed);
    }

    /**
     * The system event nearest to a gold event it does not recover, when one has its type and actor and was read from
     * one of its articles (so that only the date is wrong, or missing), for the report's list of missed events; null
     * when none is.
     */
    static Event nearest(Gold.Event g, List<Event> events, ActorMatch match, DocumentMatch documents) {
        for (Event e : events) {
            int r = reason(g, e, Evaluator.participants(e, match), articles(e, documents));
            if (r == 0 || r == 1) {
                return e;
            }
        }
        return null;
    }

    private static Set<String> articles(Event e, DocumentMatch documents) {
        return e.evidence().stream().map(ev -> documents.goldOf(ev.documentId())).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
    }

    /**
     * The index in {@link #REASONS} of how {@code e}, read from the gold articles {@code articles}, misses {@code g}; -1
     * when it recovers it. A gold event that names no article is taken to share one with every event.
     */
    static int reason(Gold.Event g, Event e, Set<String> participants, Set<String> articles) {
        if (!Evaluator.typeMatches(g.type(), e.type(), e.mode())) {
            return NO_TYPE;
        }
        boolean dated = Evaluator.dateFits(g, e.date());
        boolean acted = Evaluator.actorsFit(g, participants);
        if (dated && acted) {
            return -1;
        }
        if (acted) {
            return e.date() == null ? 0 : g.docs().isEmpty() || g.docs().stream().anyMatch(articles::contains) ? 1 : 2;
        }
        return dated ? 3 : 4;
    }

    private static Map<String, Integer> zeros() {
        return MissTable.zeros(REASONS);
    }

    /** The two columns as a table. */
    String table() {
        return MissTable.table("why events did not match", REASONS, emitted, missed);
    }
}
