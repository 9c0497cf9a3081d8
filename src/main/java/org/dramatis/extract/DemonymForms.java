package org.dramatis.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dramatis.lexicon.Kind;
import org.dramatis.lexicon.LexiconFiles;
import org.dramatis.lexicon.Line;

/**
 * The nationality words English builds from a place name ("Veloria" → "Veloran", "Velorian", "Veloris"), from the
 * suffixes of {@code dramatis/lexicon/demonym-suffixes.tsv}. Extraction types such a word as its country's mention
 * when the document also names the place; resolution joins it to the country it derives from. Immutable.
 *
 * <pre>{@code
 * DemonymForms forms = DemonymForms.bundled();
 * forms.adjectives("Kastmir");          // [kastmiri, kastmirn, kastmiran, ...]
 * forms.isAdjectiveOf("Kastmiri", "Kastmir");   // true
 * }</pre>
 */
public final class DemonymForms {
    /** Shorter names derive too many words that are names themselves. */
    public static final int MIN_NAME = 4;
    private static final DemonymForms BUNDLED = load(LexiconFiles.bundled());

    private final List<String> adjectiveSuffixes;
    private final List<String> peopleSuffixes;

    DemonymForms(List<String> adjectiveSuffixes, List<String> peopleSuffixes) {
        this.adjectiveSuffixes = List.copyOf(adjectiveSuffixes);
        this.peopleSuffixes = List.copyOf(peopleSuffixes);
    }

    /** The forms of the bundled suffix list. */
    public static DemonymForms bundled() {
        return BUNDLED;
    }

    /** Lowercase adjectives of a one-word place name ("qadiri" for "Qadira"); empty for a short or multi-word name. */
    public Set<String> adjectives(String name) {
        return derive(name, adjectiveSuffixes);
    }

    /** Lowercase plurals naming a place's people ("qadiris" for "Qadira"); empty for a short or multi-word name. */
    public Set<String> peoples(String name) {
        return derive(name, peopleSuffixes);
    }

    /** Whether {@code word} is a capitalized adjective or people plural built from the one-word place {@code name}. */
    public boolean isAdjectiveOf(String word, String name) {
        if (word.length() < MIN_NAME || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        String w = word.toLowerCase(Locale.ROOT);
        return adjectives(name).contains(w) || peoples(name).contains(w);
    }

    private static Set<String> derive(String name, List<String> suffixes) {
        Set<String> out = new LinkedHashSet<>();
        if (name.length() < MIN_NAME || name.contains(" ")) {
            return out;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (String stem : stems(lower)) {
            for (String suffix : suffixes) {
                String form = stem + suffix;
                // "Houthi" and "Houthis" are one people's name and its plural, never a place and its people.
                if (!form.equals(lower) && !form.equals(lower + "s")) {
                    out.add(form);
                }
            }
        }
        return out;
    }

    /** A name and, when it ends in a vowel, the name without it ("Veloria" → "Veloria", "Velori"). */
    static List<String> stems(String name) {
        char last = Character.toLowerCase(name.charAt(name.length() - 1));
        return "aeiouy".indexOf(last) >= 0 ? List.of(name, name.substring(0, name.length() - 1)) : List.of(name);
    }

    /** The suffixes of the bundled file plus the user's files these files carry; a bad user line is reported and skipped. */
    public static DemonymForms load(LexiconFiles files) {
        List<String> adjectives = new ArrayList<>();
        List<String> peoples = new ArrayList<>();
        for (Line line : files.lines(Kind.DEMONYM_SUFFIXES)) {
            String[] cols = line.cols();
            if (!cols[1].equals("adjective") && !cols[1].equals("people") || !cols[0].matches("\\p{Ll}+")) {
                files.reject(line, "expected a lowercase suffix, a tab and 'adjective' or 'people'");
                continue;
            }
            (cols[1].equals("adjective") ? adjectives : peoples).add(cols[0]);
        }
        return new DemonymForms(adjectives, peoples);
    }
}
