package org.dramatis.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Acronyms that spell an organization's name followed by the places it claims: "ISIS" is "IS" plus two places, when
 * the article that uses it also names places starting with I and S. The stem ("is") then matches a name with those
 * initials ("Islamic State", "Islamic State group") in any document, if exactly one entity has them.
 */
final class AcronymStems {
    /** How long a stem must be when a single letter after it stands for a place. */
    private static final int MIN_STEM_FOR_ONE_PLACE = 3;
    private final NameKeys keys;
    private final GenericWords generic;

    AcronymStems(NameKeys keys, GenericWords generic) {
        this.keys = keys;
        this.generic = generic;
    }

    /**
     * Stems of an acronym (lowercase, two letters or more; three when one letter is left) whose remaining letters are
     * the initials of distinct places of the document, longest stem first; empty when the acronym is not one or no place fits.
     */
    List<String> stems(String acronym, List<String> placeNames) {
        List<String> out = new ArrayList<>();
        if (!NameKeys.looksLikeAcronym(acronym)) {
            return out;
        }
        String letters = EntityIndex.acronymLetters(acronym);
        List<Character> initials = new ArrayList<>();
        for (String p : placeNames) {
            String a = keys.ascii(p).strip();
            if (!a.isEmpty() && Character.isLetter(a.charAt(0))) {
                initials.add(a.charAt(0));
            }
        }
        for (int k = letters.length() - 1; k >= 2; k--) {
            if (k < MIN_STEM_FOR_ONE_PLACE && letters.length() - k < 2) {
                // An article names enough places that one letter fits some place by chance: "PTI" is no "PT" plus
                // Islamabad. Two places that both fit ("ISIS", "ISIL"), or a stem of three letters ("OKL" plus B), are.
                continue;
            }
            List<Character> pool = new ArrayList<>(initials);
            boolean fits = true;
            for (char c : letters.substring(k).toCharArray()) {
                fits &= pool.remove((Character) c);
            }
            if (fits) {
                out.add(letters.substring(0, k));
            }
        }
        return out;
    }

    /** Whether every word of a name but the small ones is capitalized: "intelligence services" spells no acronym. */
    static boolean capitalized(String name) {
        for (String w : name.strip().split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !Acronyms.isSmallWord(w.toLowerCase(Locale.ROOT))
                    && !w.equals("group")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Initials of a multi-word name, also without a trailing lowercase generic word ("Islamic State group" gives "isg"
     * and "is"). A capitalized head word is part of the name ("Popular Front Forces" gives only "pff"): dropping it
     * would let any name share a stem with any acronym of the same opening letters, which a large corpus always has.
     */
    List<String> initials(String name) {
        List<String> out = new ArrayList<>(keys.initials(name));
        List<String> tokens = keys.tokens(name);
        String[] words = name.strip().split("\\s+");
        String lastWord = words[words.length - 1];
        if (tokens.size() > 2 && generic.isGeneric(tokens.get(tokens.size() - 1)) && !lastWord.isEmpty()
                && Character.isLowerCase(lastWord.charAt(0))) {
            String shorter = name.strip().replaceAll("\\s+\\S+$", "");
            keys.initials(shorter).forEach(i -> {
                if (!out.contains(i)) {
                    out.add(i);
                }
            });
        }
        return out.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }
}
