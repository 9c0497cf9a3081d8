package org.dramatis.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dramatis.model.DramatisException;

/**
 * A tolerant key for one romanized name token: letter groups that spell one sound are unified (from the data file),
 * vowels after the first letter are dropped and doubled letters collapsed. Different transliterations of one name
 * ("Kadhimi", "Kazemi") tend to share it, while edit distance alone would call them three edits apart.
 */
final class Skeleton {
    private final List<String[]> rules;

    private Skeleton(List<String[]> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Parses {@code from=to} lines. */
    static Skeleton parse(List<String> lines) {
        List<String[]> rules = new ArrayList<>();
        for (String line : lines) {
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new DramatisException("skeleton rule '" + line + "' is not of the form from=to");
            }
            rules.add(new String[] {line.substring(0, eq).strip().toLowerCase(Locale.ROOT),
                    line.substring(eq + 1).strip().toLowerCase(Locale.ROOT)});
        }
        return new Skeleton(rules);
    }

    /** The skeleton of a folded, lowercased token; digits and other characters are kept as they are. */
    String of(String token) {
        String s = token;
        for (String[] rule : rules) {
            s = s.replace(rule[0], rule[1]);
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean vowel = isVowel(c);
            if (i == 0) {
                // An initial vowel is kept as one letter: "Omar"/"Umar", "Ibrahim"/"Ebrahim".
                out.append(vowel && c != 'y' ? 'a' : c);
            } else if (!vowel && c != out.charAt(out.length() - 1)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }
}
