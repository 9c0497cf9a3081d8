package org.dramatis.resolve;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dramatis.lexicon.Kind;
import org.dramatis.lexicon.LexiconFiles;
import org.dramatis.lexicon.Line;

/**
 * Whether a document writes a name as a person's: right after a title, rank or form of address ("Prime Minister X",
 * "Gen. X", "Mr X"; {@code honorifics.txt} and {@code ranks.tsv}). Such a name is a person's however other articles tag it: it never joins
 * a state or a place, and a state or place never absorbs it. The words that also go before places ("the", "former",
 * "then", ...) are no cue. The clusterer records the use as a cluster reason starting with {@link #REASON}, so that it
 * survives storage and re-resolution as the clusters' other reasons do.
 */
final class PersonalUse {
    static final String REASON = "written as a person's name";
    private static final Set<String> NOT_CUES = Set.of("the", "his", "her", "former", "then", "acting", "the late", "royal",
            "grand", "his excellency", "her excellency");
    private static final int WINDOW = 40;
    /** What a reason adds when the title names a person by a given name ({@link Kind#GIVEN_NAME_TITLES}). */
    private static final String GIVEN = ", which names a person by a given name";
    private final List<String> cues;
    private final java.util.Set<String> givenNameTitles;

    PersonalUse(LexiconFiles files) {
        this.givenNameTitles = files.lines(Kind.GIVEN_NAME_TITLES).stream()
                .map((Line l) -> l.cols()[0].strip().toLowerCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.cues = java.util.stream.Stream.concat(files.lines(Kind.HONORIFICS).stream(), files.lines(Kind.RANKS).stream())
                .map((Line l) -> l.cols()[0].strip().toLowerCase(Locale.ROOT).replaceAll("\\.$", ""))
                .filter(c -> !c.isEmpty() && !NOT_CUES.contains(c))
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    /** The title written right before the mention at {@code begin} of {@code text}, or null. */
    String titleBefore(String text, int begin) {
        if (begin > text.length()) {
            return null;
        }
        String left = " " + text.substring(Math.max(0, begin - WINDOW), begin).toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ");
        if (!left.endsWith(" ")) {
            return null; // the mention starts inside a word
        }
        left = left.stripTrailing().replaceAll("\\.$", "");
        for (String cue : cues) {
            if (left.endsWith(" " + cue) || left.endsWith("-" + cue)) {
                return cue;
            }
        }
        return null;
    }

    /** The reason a clusterer records for a name written after {@code title}. */
    String reason(String name, String title) {
        return "'" + name + "' " + REASON + " here (after '" + title + "'" + (givenNameTitles.contains(title) ? GIVEN : "")
                + ")";
    }

    /**
     * Whether a cluster's or an entity's reasons say a name of it was written after a title that names a person by a
     * given name ("King Abdullah"): such a one-word name is no surname of another person's full name.
     */
    static boolean givenName(List<String> reasons) {
        return reasons.stream().anyMatch(r -> r.contains("' " + REASON + " here") && r.contains(GIVEN + ")"));
    }

    /** Whether a cluster's reasons say its document writes one of its names as a person's. */
    static boolean in(List<String> reasons) {
        return reasons.stream().anyMatch(r -> r.contains("' " + REASON + " here"));
    }
}
