package org.dramatis.auth;

import java.util.Arrays;
import java.util.Locale;
import org.dramatis.model.DramatisException;

/** What an account may do; each role may do everything the roles before it may. */
public enum Role {
    /** Reads every page and the read API. */
    VIEWER,
    /** Also corrects actors and reviews facts and events. */
    ANALYST,
    /** Also ingests and uploads articles (lexicons and accounts are managed with the command line on the server). */
    ADMIN;

    /** The role as stored and typed: "viewer", "analyst", "admin". */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this role may do what {@code needed} may. */
    public boolean allows(Role needed) {
        return compareTo(needed) >= 0;
    }

    /** The role named {@code word}; an unknown word is refused naming the roles there are. */
    public static Role parse(String word) {
        return Arrays.stream(values()).filter(r -> r.word().equals(word == null ? "" : word.strip().toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new DramatisException("unknown role '" + word
                        + "': use viewer, analyst or admin"));
    }
}
