package org.dramatis.resolve;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dramatis.lexicon.Kind;
import org.dramatis.lexicon.LexiconFiles;
import org.dramatis.lexicon.Line;

/**
 * A state's formal name and its nationality words, built once from the lexicon files: the forms and qualifiers of
 * state-words.txt and state-qualifiers.txt, the nationality adjectives of demonyms.tsv.
 */
final class StateNames {
    private final Pattern pattern;
    private final Pattern adjectival;
    private final Map<String, String> demonyms = new HashMap<>();
    private final Set<String> countries = new HashSet<>();

    StateNames(LexiconFiles files) {
        String forms = words(files, Kind.STATE_WORDS);
        String qualifiers = words(files, Kind.STATE_QUALIFIERS);
        pattern = Pattern.compile("(?i)(?:the\\s+)?(?:(?:" + qualifiers + ")\\s+)*(?:" + forms
                + ")\\s+of\\s+(?:the\\s+)?(\\S.*)");
        adjectival = Pattern.compile("(?:(?i)the\\s+)?(\\p{Lu}\\S*)\\s+(?i)(?:(?:"
                + qualifiers + ")\\s+)*(?:" + forms + ")");
        for (Line l : files.lines(Kind.DEMONYMS)) {
            demonyms.put(l.cols()[0], l.cols()[1]);
            countries.add(l.cols()[1]);
        }
    }

    /**
     * "the Islamic Republic of Iran", "Kingdom of Saudi Arabia", "State of Qatar" are Iran, Saudi Arabia and Qatar: a
     * state's formal name keys as its short name. A name with "Democratic" or "People's" stays whole: those words tell
     * two states apart ("Democratic Republic of the Congo").
     */
    String shortName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.contains("democratic") || lower.contains("people's")) {
            return name;
        }
        Matcher m = pattern.matcher(name);
        if (m.matches()) {
            return m.group(1);
        }
        // "the French Republic", "the Syrian Arab Republic": a nationality adjective before the form names the state.
        Matcher adjective = adjectival.matcher(name);
        String state = adjective.matches() ? demonyms.get(adjective.group(1)) : null;
        return state != null ? state : name;
    }

    /** The country a nationality adjective of the demonym list names ("Iranian" -> "Iran"), or null. Case-sensitive. */
    String countryOfDemonym(String name) {
        return demonyms.get(name.strip());
    }

    /** Whether the word is a country the demonym list names. */
    boolean isCountry(String word) {
        return countries.contains(word.strip());
    }

    private static String words(LexiconFiles files, Kind kind) {
        return files.lines(kind).stream().map(l -> Pattern.quote(l.text().strip())).collect(Collectors.joining("|"));
    }
}
