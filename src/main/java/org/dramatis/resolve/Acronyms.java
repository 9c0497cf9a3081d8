package org.dramatis.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** Acronym matching and name initials, over the lowercase ASCII form {@link NameKeys} gives a name. */
final class Acronyms {
    private final UnaryOperator<String> ascii;

    Acronyms(UnaryOperator<String> ascii) {
        this.ascii = ascii;
    }

    /** See {@link NameKeys#isAcronymOf(String, String)}. */
    boolean isAcronymOf(String acronym, String expansion) {
        String acr = acronym.replaceAll("[^\\p{L}\\p{N}]", "");
        if (acr.length() < 2 || acr.length() > 10) {
            return false;
        }
        List<String> words = words(expansion);
        if (words.size() < 2 || words.stream().filter(w -> !isSmallWord(w)).count() < 2) {
            return false;
        }
        boolean mixedCase = !acr.equals(acr.toUpperCase(Locale.ROOT)) && !acr.equals(acr.toLowerCase(Locale.ROOT));
        return matchAcronym(acr, mixedCase, 0, words, 0, 0);
    }

    private static boolean matchAcronym(String acr, boolean mixedCase, int a, List<String> words, int w, int inWord) {
        if (a == acr.length()) {
            for (int rest = w + (inWord > 0 ? 1 : 0); rest < words.size(); rest++) {
                if (!isSmallWord(words.get(rest))) {
                    return false;
                }
            }
            return true;
        }
        char c = acr.charAt(a);
        char lower = Character.toLowerCase(c);
        if (inWord > 0 && mixedCase && Character.isLowerCase(c) && inWord < words.get(w).length()
                && words.get(w).charAt(inWord) == lower && matchAcronym(acr, mixedCase, a + 1, words, w, inWord + 1)) {
            return true;
        }
        int next = w + (inWord > 0 ? 1 : 0);
        for (int j = next; j < words.size(); j++) {
            String word = words.get(j);
            if (word.charAt(0) == lower && matchAcronym(acr, mixedCase, a + 1, words, j, 1)) {
                return true;
            }
            if (!isSmallWord(word)) {
                return false;
            }
        }
        return false;
    }

    /**
     * The lowercase ASCII words of a name; an acronym written inside a mixed-case name gives one word per letter, so
     * that "US Navy" spells "USN" and never "UN". A name written all in capitals keeps its words.
     */
    private List<String> words(String name) {
        boolean mixed = !name.equals(name.toUpperCase(Locale.ROOT));
        List<String> out = new ArrayList<>();
        for (String raw : name.split("[\\s/-]+")) {
            String letters = raw.replaceAll("[^\\p{L}]", "");
            boolean acronym = mixed && letters.length() >= 2 && letters.length() <= 5 && letters.equals(raw.replace(".", ""))
                    && letters.equals(letters.toUpperCase(Locale.ROOT)) && !isSmallWord(ascii.apply(letters));
            for (String w : ascii.apply(raw).split("[^a-z0-9]+")) {
                if (w.isEmpty()) {
                    continue;
                }
                if (acronym) {
                    w.chars().forEach(c -> out.add(String.valueOf((char) c)));
                } else {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /** Function words and articles that names and acronyms may leave out. */
    static boolean isSmallWord(String asciiLower) {
        return switch (asciiLower) {
            case "of", "the", "and", "for", "in", "on", "al", "el", "ul", "wa", "li", "de", "du", "des", "la", "le", "ad", "as", "an",
                    "ar", "at", "az", "ash" -> true;
            default -> false;
        };
    }

    /** Initials of a name's words, in two readings (all words, and without small words), lowercase ASCII. */
    List<String> initials(String name) {
        StringBuilder all = new StringBuilder();
        StringBuilder significant = new StringBuilder();
        for (String w : words(name)) {
            all.append(w.charAt(0));
            if (!isSmallWord(w)) {
                significant.append(w.charAt(0));
            }
        }
        return significant.length() < 2 ? List.of() : List.of(all.toString(), significant.toString()).stream().distinct().toList();
    }

    /** See {@link NameKeys#looksLikeAcronym(String)}. */
    static boolean looksLikeAcronym(String surface) {
        String s = surface.strip();
        if (s.length() < 2 || s.length() > 10 || !s.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '.' || ch == '&')) {
            return false;
        }
        return s.chars().filter(Character::isUpperCase).count() >= 2;
    }
}
