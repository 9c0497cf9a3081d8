package org.dramatis.extract;

import java.io.Serializable;
import java.util.List;
import org.dramatis.model.EventType;
import org.dramatis.model.Modality;

/**
 * One event reported in one sentence. {@code mode} refines the type in PLOVER's sense ("arrest", "raid", "visit", "meeting").
 * {@code date} is ISO partial, resolved against the document date; {@code place} is the place's surface text or null.
 * {@code confidence} is the probability the learned models give the event, null when nothing scored it.
 * {@code rule} is the id of the extraction rule that found it ({@link Extractor#rules()}), null when no rule did.
 */
public record EventClaim(EventType type, String mode, String date, String place, List<Participant> participants,
                         String summary, Modality modality, int sentence, String trigger, Double confidence,
                         String rule) implements Serializable {
    public EventClaim {
        participants = List.copyOf(participants);
        if (type == null || modality == null) {
            throw new IllegalArgumentException("event claim needs a type and a modality");
        }
        if (confidence != null && !(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException(type + " event in sentence " + sentence + " has confidence " + confidence
                    + ", not a probability");
        }
    }

    /** An event no rule found. */
    public EventClaim(EventType type, String mode, String date, String place, List<Participant> participants,
                      String summary, Modality modality, int sentence, String trigger, Double confidence) {
        this(type, mode, date, place, participants, summary, modality, sentence, trigger, confidence, null);
    }

    /** An unscored event. */
    public EventClaim(EventType type, String mode, String date, String place, List<Participant> participants,
                      String summary, Modality modality, int sentence, String trigger) {
        this(type, mode, date, place, participants, summary, modality, sentence, trigger, null, null);
    }

    /** This event with the probability {@code p}. */
    public EventClaim withConfidence(Double p) {
        return new EventClaim(type, mode, date, place, participants, summary, modality, sentence, trigger, p, rule);
    }

    /** This event with the participants {@code parts}. */
    public EventClaim withParticipants(List<Participant> parts) {
        return new EventClaim(type, mode, date, place, parts, summary, modality, sentence, trigger, confidence, rule);
    }

    /** This event with the modality {@code m}. */
    public EventClaim withModality(Modality m) {
        return new EventClaim(type, mode, date, place, participants, summary, m, sentence, trigger, confidence, rule);
    }

    /** This event as found by the rule {@code id}. */
    public EventClaim withRule(String id) {
        return new EventClaim(type, mode, date, place, participants, summary, modality, sentence, trigger, confidence, id);
    }

    /** An actor taking part in an event: {@code mention} indexes the document's mention list; role is actor, target or other. */
    public record Participant(int mention, String role) implements Serializable {
    }
}
