package org.dramatis.extract;

import java.util.List;
import org.dramatis.model.EventType;
import org.dramatis.model.Modality;

/**
 * One event reported in one sentence. {@code mode} refines the type in PLOVER's sense ("arrest", "raid", "visit", "meeting").
 * {@code date} is ISO partial, resolved against the document date; {@code place} is the place's surface text or null.
 */
public record EventClaim(EventType type, String mode, String date, String place, List<Participant> participants,
                         String summary, Modality modality, int sentence, String trigger) {
    public EventClaim {
        participants = List.copyOf(participants);
        if (type == null || modality == null) {
            throw new IllegalArgumentException("event claim needs a type and a modality");
        }
    }

    /** An actor taking part in an event: {@code mention} indexes the document's mention list; role is actor, target or other. */
    public record Participant(int mention, String role) {
    }
}
