package org.dramatis.eval;

import java.util.Locale;

/** How a gold file names documents and actors, as {@code eval} reads them; shared with the checks' training. */
public final class GoldNames {
    private GoldNames() {
    }

    /**
     * The gold document id of a stored document: its name without extension, with a feed item's "#n" kept
     * ("001.txt" gives "001", "feed.xml#2" gives "feed#2").
     */
    public static String goldDocId(String storedName) {
        String base = storedName;
        String fragment = "";
        int hash = storedName.indexOf('#');
        if (hash >= 0) {
            base = storedName.substring(0, hash);
            fragment = storedName.substring(hash);
        }
        int slash = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
        base = base.substring(slash + 1);
        int dot = base.lastIndexOf('.');
        return (dot > 0 ? base.substring(0, dot) : base) + fragment;
    }

    /** Lower case, trimmed, inner spaces collapsed and a leading "the " dropped: "The  Coastal Guard" is "coastal guard". */
    public static String normalise(String name) {
        String n = name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return n.startsWith("the ") ? n.substring(4) : n;
    }
}
