package org.dramatis.model;

import java.util.Locale;

/** PLOVER event categories plus the three Dramatis adds (ELECTION, APPOINTMENT, RELEASE). */
public enum EventType {
    AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT,
    THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT,
    ELECTION, APPOINTMENT, RELEASE;

    public static EventType parse(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
