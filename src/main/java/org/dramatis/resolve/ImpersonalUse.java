package org.dramatis.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dramatis.lexicon.Kind;
import org.dramatis.lexicon.LexiconFiles;
import org.dramatis.lexicon.Line;

/**
 * Whether a document uses a name the way a person's name is not used: as a place after a locative word ("in X", "near
 * X", from {@code dramatis/lexicon/locatives.txt}), with an article ("the X"), or as the start of a longer capitalized
 * name the tagger cut short ("X Foundation").
 */
final class ImpersonalUse {
    private static final int WINDOW = 40;

    private final List<String> cues = new ArrayList<>();
    private final List<String> exceptions = new ArrayList<>();
    private final List<String> placeCues = new ArrayList<>();

    ImpersonalUse(LexiconFiles files) {
        for (Line line : files.lines(Kind.LOCATIVES)) {
            String cue = line.text().strip().toLowerCase(Locale.ROOT);
            if (cue.startsWith("not:")) {
                exceptions.add(cue.substring(4).strip());
            } else if (cue.startsWith("place:")) {
                cues.add(cue.substring(6).strip());
                placeCues.add(cue.substring(6).strip());
            } else {
                cues.add(cue);
            }
        }
    }

    /** Whether the mention at {@code [begin, end)} of {@code text} is used as a place, with an article or inside a longer name. */
    boolean impersonal(String text, int begin, int end) {
        if (end > text.length() || begin >= end) {
            return false;
        }
        return locative(text, begin, true) || followedByName(text, end);
    }

    /**
     * Whether the mention at {@code begin} of {@code text} follows a cue that places even a name tagged as a person
     * ("born in X", "flew home to X"; the "place:" lines), and no exception.
     */
    boolean afterPlaceCue(String text, int begin) {
        return begin <= text.length() && locative(text, begin, false, placeCues);
    }

    private boolean locative(String text, int begin, boolean article) {
        return locative(text, begin, article, cues);
    }

    private boolean locative(String text, int begin, boolean article, List<String> cues) {
        String left = " " + text.substring(Math.max(0, begin - WINDOW), begin).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (!left.endsWith(" ")) {
            return false; // the mention starts inside a word
        }
        left = left.stripTrailing();
        if (article && left.endsWith(" the")) {
            return true;
        }
        String l = left;
        return cues.stream().anyMatch(c -> l.endsWith(" " + c)) && exceptions.stream().noneMatch(c -> l.endsWith(" " + c));
    }

    /** "Karim Nahrawan Foundation" with only "Karim Nahrawan" tagged: the next word continues the name. */
    private static boolean followedByName(String text, int end) {
        return end + 1 < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '-')
                && Character.isUpperCase(text.charAt(end + 1));
    }
}
