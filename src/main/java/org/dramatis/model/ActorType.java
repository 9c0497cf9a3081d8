package org.dramatis.model;

import java.util.Locale;
import java.util.Optional;

/** What kind of actor an entity is. Locations are actors too: states act, cities are places of events. */
public enum ActorType {
    PERSON("Person"),
    ORGANIZATION("Organization"),
    COUNTRY("Country"),
    LOCATION("Location");

    private final String label;

    ActorType(String label) {
        this.label = label;
    }

    /** Human label, also the spelling used in gold files ("Person", "Organization", "Country"). */
    public String label() {
        return label;
    }

    /** Maps a CoreNLP NER tag to an actor type; tags that name no actor (DATE, TITLE, ...) give empty. */
    public static Optional<ActorType> fromNerTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        return switch (tag) {
            case "PERSON" -> Optional.of(PERSON);
            case "ORGANIZATION" -> Optional.of(ORGANIZATION);
            case "COUNTRY" -> Optional.of(COUNTRY);
            case "CITY", "STATE_OR_PROVINCE", "LOCATION" -> Optional.of(LOCATION);
            default -> Optional.empty();
        };
    }

    /** Parses a stored name or a gold label, case-insensitively ("person", "Country", "City"). */
    public static ActorType parse(String value) {
        String v = value.trim().toUpperCase(Locale.ROOT);
        return switch (v) {
            case "CITY", "PLACE", "STATE_OR_PROVINCE" -> LOCATION;
            case "ORG", "PUBLICBODY", "PUBLIC_BODY", "PARTY", "ARMED_GROUP" -> ORGANIZATION;
            default -> valueOf(v);
        };
    }
}
