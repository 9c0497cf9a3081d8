package org.dramatis.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dramatis.lexicon.Kind;
import org.dramatis.lexicon.LexiconFiles;
import org.dramatis.lexicon.Line;

/**
 * Capitals used for their government ("dialogue with Moscow", "pro-Ankara factions"). A capital is read as its state
 * only with a political cue next to it and no locative one ({@code dramatis/lexicon/capital-cues.txt}); "in Baghdad"
 * and a bare "Baghdad" stay the city. Capitals come from {@code dramatis/lexicon/capitals.tsv} plus user files.
 */
final class Capitals {
    private final NameKeys keys;
    private final Map<String, String> countryByKey = new HashMap<>();
    /** The listed spellings of the capitals under each key, to tell "Amman" from "Oman" (skeleton {@code amn}). */
    private final Map<String, List<String>> spellingsByKey = new HashMap<>();
    private final Set<String> countryKeys = new HashSet<>();
    private final List<String> before = new ArrayList<>();
    private final List<String> after = new ArrayList<>();
    private final List<String> place = new ArrayList<>();

    private Capitals(NameKeys keys) {
        this.keys = keys;
    }

    /** The capitals and cues of the files the keys carry (bundled plus the user's). */
    static Capitals load(NameKeys keys) {
        Capitals c = new Capitals(keys);
        LexiconFiles files = keys.files();
        for (Line line : files.lines(Kind.CAPITALS)) {
            String[] cols = line.cols();
            c.countryByKey.put(keys.key(cols[0].strip()), cols[1].strip());
            c.spellingsByKey.computeIfAbsent(keys.key(cols[0].strip()), k -> new ArrayList<>()).add(cols[0].strip());
            c.countryKeys.add(keys.key(cols[1].strip()));
        }
        for (Line line : files.lines(Kind.CAPITAL_CUES)) {
            int colon = line.text().indexOf(':');
            String kind = colon < 0 ? "" : line.text().substring(0, colon).strip();
            String cue = colon < 0 ? "" : line.text().substring(colon + 1).strip().toLowerCase(Locale.ROOT);
            switch (kind) {
                case "before" -> c.before.add(cue);
                case "after" -> c.after.add(cue);
                case "place" -> c.place.add(cue);
                default -> files.reject(line, "expected 'before: cue', 'after: cue' or 'place: cue'");
            }
        }
        return c;
    }

    /**
     * The country a capital's name stands for, if it is a listed capital: same consonant skeleton and a vowel-aware
     * spelling close to a listed one ({@link MatchName#vowelKey}), so that "Oman" is not read as "Amman".
     */
    Optional<String> countryOf(String name) {
        String key = keys.key(name);
        String country = countryByKey.get(key);
        if (country == null || spellingsByKey.getOrDefault(key, List.of()).stream().noneMatch(c -> MatchName.sameVowels(c, name))) {
            return Optional.empty();
        }
        return Optional.of(country);
    }

    /** Whether the name is a listed capital or the country of one. */
    boolean knows(String name) {
        String key = keys.key(name);
        return countryByKey.containsKey(key) || countryKeys.contains(key);
    }

    /** Whether the words around {@code [begin, end)} read the name as an actor (political cue, no locative cue). */
    boolean political(String text, int begin, int end) {
        String left = " " + text.substring(Math.max(0, begin - 40), Math.max(0, begin)).toLowerCase(Locale.ROOT);
        String right = text.substring(Math.min(end, text.length()), Math.min(text.length(), end + 40)).toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'') + " ";
        boolean locative = place.stream().anyMatch(p -> endsWithWord(left, p));
        boolean cue = before.stream().anyMatch(b -> b.endsWith("-") ? left.endsWith(b) : endsWithWord(left, b))
                || after.stream().anyMatch(a -> a.startsWith("-") || a.startsWith("'") ? right.startsWith(a)
                        : right.matches("(?s)\\s+" + java.util.regex.Pattern.quote(a) + "\\b.*"));
        // "close to X" ends in the locative "to": the longer political cue decides.
        boolean longerCue = before.stream().anyMatch(b -> b.contains(" ") && endsWithWord(left, b));
        return cue && (!locative || longerCue);
    }

    /** Whether the left context ends with the cue as whole words, then a space ("talks with "). */
    private static boolean endsWithWord(String left, String cue) {
        String l = left.stripTrailing();
        if (!l.endsWith(cue) || left.length() == l.length()) {
            return false;
        }
        int at = l.length() - cue.length();
        return at == 0 || !Character.isLetter(l.charAt(at - 1));
    }
}
