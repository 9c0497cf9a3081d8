package org.dramatis.model;

import java.util.Locale;

/**
 * PLOVER event categories plus the two Dramatis adds (ELECTION, APPOINTMENT). RELEASE is only read: stores, gold files
 * and annotations written before releases were coded as PLOVER codes them (RETREAT, mode "release") may hold it.
 */
public enum EventType {
    AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT,
    THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT,
    ELECTION, APPOINTMENT, RELEASE;

    public static EventType parse(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
