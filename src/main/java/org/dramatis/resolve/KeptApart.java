package org.dramatis.resolve;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A join one article's clustering refused ("X and Y are set against each other", "the factions of two different
 * people", the match model sure two names differ) is remembered as a reason of each side, naming the other side; the
 * corpus-wide resolution never puts the two clusters of that article into one entity by another road (an acronym's
 * initials, a short form).
 */
final class KeptApart {
    private static final String PREFIX = "kept apart in its article from '";

    private KeptApart() {
    }

    /** The reason a cluster carries for another cluster of its article, named {@code other}. */
    static String reason(String other) {
        return PREFIX + other + "'";
    }

    /** The names of the clusters of its own article a cluster with these reasons must not share an entity with. */
    static Set<String> names(List<String> reasons) {
        Set<String> out = new LinkedHashSet<>();
        for (String r : reasons) {
            if (r.startsWith(PREFIX) && r.endsWith("'") && r.length() > PREFIX.length() + 1) {
                out.add(r.substring(PREFIX.length(), r.length() - 1));
            }
        }
        return out;
    }
}
