package org.dramatis.resolve;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.dramatis.lexicon.Kind;
import org.dramatis.lexicon.LexiconFiles;
import org.dramatis.lexicon.Line;

/** Strips a leading "the" and, for persons, leading honorifics and ranks ("Sheikh", "then-Prime Minister") from a name. */
final class Honorifics {
    private final List<String> honorifics;

    /** Every entry of the honorifics files, those marked 'name' (resolution only) included. */
    Honorifics(LexiconFiles files) {
        List<String> words = new java.util.ArrayList<>();
        for (Line line : files.lines(Kind.HONORIFICS)) {
            String[] cols = line.cols();
            if (cols.length > 1 && !cols[1].equals("name")) {
                files.reject(line, "the second column can only be 'name' (stripped from names by resolution only)");
            } else {
                words.add(cols[0]);
            }
        }
        this.honorifics = words.stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT).replaceAll("\\.$", ""))
                .filter(h -> !h.isEmpty())
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    /** Removes leading "the" and (for persons) honorifics until none is left, longest honorific first. */
    String strip(String s, boolean person) {
        String before;
        do {
            before = s;
            s = stripWord(s, "the");
            if (person) {
                for (String h : honorifics) {
                    String stripped = stripWord(s, h);
                    if (!stripped.equals(s)) {
                        s = stripped;
                        break;
                    }
                }
            }
        } while (!s.equals(before));
        return s;
    }

    private static String stripWord(String s, String word) {
        if (s.length() <= word.length() + 1 || !s.regionMatches(true, 0, word, 0, word.length())) {
            return s;
        }
        String rest = s.substring(word.length());
        if (rest.startsWith(".")) {
            rest = rest.substring(1);
        }
        if (rest.startsWith("-")) {
            rest = rest.substring(1); // "then-Prime Minister"
        } else if (!rest.startsWith(" ")) {
            return s;
        }
        rest = rest.strip();
        return rest.isEmpty() || !Character.isLetter(rest.charAt(0)) ? s : rest;
    }
}
