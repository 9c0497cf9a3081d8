package org.dramatis.extract;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.dramatis.model.EventType;

/**
 * What one document has dated so far, for the undated events told after: the last event of each type, of each actor,
 * of each type and participant, and the last deed a reaction may answer. Split from {@link EventDates}, which records
 * into it and asks it.
 */
final class EventMemory {
    private final Map<EventType, String> lastOfType = new EnumMap<>(EventType.class);
    /** The sentence of each type's last dated event, for an undated one of that type told right after it. */
    private final Map<EventType, Integer> lastOfTypeSentence = new EnumMap<>(EventType.class);
    /** The last date of an event of a type each actor took part in ("ASSAULT|P:soleimani"), for the same event told again. */
    private final Map<String, String> byParticipant = new HashMap<>();
    /** Keys of the last dated deed's actors, for a speech act about one of them. */
    private Set<String> lastDeedActors = Set.of();
    /** The last dated deed (no speech act) and its sentence, for a reaction told right after it. */
    private String lastDeedDate;
    private int lastDeedSentence = -1;
    private int lastActor = -1;
    private int lastActorSentence = -1;
    private String lastActorDate;

    /** Records a dated event; a speech act told in the sentence of a deed leaves the deed the one to answer. */
    void remember(SentenceView v, DocContext ctx, EventType type, int actor, Collection<Integer> participants, String date,
                  boolean speechAct) {
        int sentence = v.sentence.index();
        if (lastDeedSentence != sentence || !speechAct) {
            lastDeedDate = speechAct ? null : date;
            lastDeedSentence = sentence;
            Set<String> keys = new HashSet<>();
            participants.forEach(p -> keys.add(key(ctx, p)));
            lastDeedActors = keys;
        }
        for (int p : participants) {
            byParticipant.put(type + "|" + key(ctx, p), date);
        }
        lastOfType.put(type, date);
        lastOfTypeSentence.put(type, sentence);
        if (actor >= 0) {
            lastActor = ctx.canonical(actor);
            lastActorSentence = sentence;
            lastActorDate = date;
        }
    }

    /** The date of the last event of a type, or null when none was dated. */
    String lastOf(EventType type) {
        return type == null ? null : lastOfType.get(type);
    }

    /** The sentence of the last dated event of a type, or -1. */
    int sentenceOf(EventType type) {
        return lastOfTypeSentence.getOrDefault(type, -1);
    }

    /** The date of the last event of this type with one of these participants, or null. */
    String retold(DocContext ctx, EventType type, Collection<Integer> participants) {
        for (int p : participants) {
            String date = byParticipant.get(type + "|" + key(ctx, p));
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /** The date of a deed (no speech act) told in the sentence before {@code sentence}, or null. */
    String deedBefore(int sentence) {
        return lastDeedSentence == sentence - 1 ? lastDeedDate : null;
    }

    /** Whether one of these participants took part in the last dated deed. */
    boolean inLastDeed(DocContext ctx, Collection<Integer> participants) {
        return participants.stream().anyMatch(p -> lastDeedActors.contains(key(ctx, p)));
    }

    /**
     * The day of the same actor's last dated move, told in this sentence or the one before ({@code undated}: this
     * sentence gives the event no date of its own nearby), or null.
     */
    String sameActorDay(DocContext ctx, int actor, int sentence, boolean undated) {
        boolean same = actor >= 0 && (ctx.canonical(actor) == lastActor || ctx.samePerson(actor, lastActor));
        if (!same || lastActorDate == null || lastActorDate.length() != 10 || lastActorSentence < sentence - 1
                || lastActorSentence != sentence && !undated) {
            return null;
        }
        return lastActorDate;
    }

    private static String key(DocContext ctx, int mention) {
        return ctx.keyOf(ctx.canonical(mention));
    }
}
