package org.dramatis.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dramatis.lexicon.Kind;
import org.dramatis.lexicon.LexiconFiles;
import org.dramatis.lexicon.Line;

/**
 * The words of places, states and nationalities.
 *
 * @param placePrefixes generic words that open a toponym ("tell", "wadi", "ras"), lowercase
 * @param areaNouns nouns of administrative areas: a name modifying one is a place ("Ras Tolmer province")
 * @param placeCues phrases right before a name that use it as a place ("port of", "near")
 * @param travelVerbs verbs of going somewhere: the place gone to hosts the officials met there
 * @param stateWords words naming a kind of state ("the Republic"): alone, no actor's name
 * @param stateQualifiers words opening a state's formal name before its form ("Islamic")
 * @param foreignMarkers words that mark a country as foreign to the report ("the Kastmiri embassy")
 * @param capitals country of each capital (lowercase): where a dateline places a report
 * @param demonyms country of each nationality adjective ("Iranian" → "Iran"), case-sensitive
 * @param demonymForms the nationality words built from a place name ("Veloran")
 */
record PlaceWords(Set<String> placePrefixes, Set<String> areaNouns, Set<String> placeCues, Set<String> travelVerbs,
                  Set<String> stateWords, Set<String> stateQualifiers, Set<String> foreignMarkers,
                  Map<String, String> capitals, Map<String, String> demonyms, DemonymForms demonymForms) {
    PlaceWords {
        capitals = Map.copyOf(capitals);
        demonyms = Map.copyOf(demonyms);
    }

    static PlaceWords load(LexiconFiles files) {
        Map<String, String> capitals = new HashMap<>();
        for (Line line : files.lines(Kind.CAPITALS)) {
            capitals.put(line.word(), line.cols()[1]);
        }
        Map<String, String> demonyms = new HashMap<>();
        for (Line line : files.lines(Kind.DEMONYMS)) {
            demonyms.put(line.cols()[0], line.cols()[1]);
        }
        return new PlaceWords(files.words(Kind.PLACE_PREFIXES), files.words(Kind.AREA_NOUNS),
                files.words(Kind.PLACE_CUES), files.words(Kind.TRAVEL_VERBS), files.words(Kind.STATE_WORDS),
                files.words(Kind.STATE_QUALIFIERS), files.words(Kind.FOREIGN_MARKERS), capitals, demonyms,
                DemonymForms.load(files));
    }

    /** The country a nationality adjective names ("Iranian" gives "Iran"), or null. Case-sensitive: demonyms are capitalized. */
    String countryOfDemonym(String adjective) {
        return demonyms.get(adjective);
    }

    /**
     * Whether {@code word} is itself the name of a country the lexicon knows (a demonym's or a capital's country, exact
     * case): "Myanmar", which the tagger may take for a nationality as it does "Burmese".
     */
    boolean isCountryName(String word) {
        return demonyms.containsValue(word) || capitals.containsValue(word);
    }

    /** The country whose capital {@code city} is (any case), or null. */
    String countryOfCapital(String city) {
        return capitals.get(city.toLowerCase(Locale.ROOT));
    }
}
