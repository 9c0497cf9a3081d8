package org.dramatis.model;

import java.util.Locale;

/** The relations Dramatis extracts between actors; {@link #code()} is the spelling used in gold files. */
public enum FactKind {
    /** A post held in an organization or country ("head", "prime minister"). */
    ROLE,
    /** A person or organization belongs to an organization. */
    MEMBER,
    /** An organization sits inside another (a militia inside an umbrella force). */
    PART_OF,
    /** An organization speaks for another (a bloc representing a force in parliament). */
    REPRESENTS,
    /** Funding, training, arming or command. */
    BACKS,
    SUPPORTS,
    OPPOSES,
    ACCUSES,
    THREATENS,
    DESIGNATED_TERRORIST,
    APPOINTED,
    ASSOCIATE,
    BORN,
    NATIONALITY,
    EDUCATION;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FactKind parse(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
