package org.dramatis.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.dramatis.lexicon.Kind;
import org.dramatis.lexicon.LexiconFiles;
import org.dramatis.lexicon.Line;
import org.dramatis.model.EventType;

/**
 * The words that trigger events.
 *
 * @param events each trigger lemma (or "lemma object" pair) to its event ({@code events.tsv})
 * @param crowdNouns nouns for a crowd of people ("protesters", "supporters"): a crowd storming a building riots
 * @param reactionWords words that react to a deed ("condemned the raid"): the deed was done before the report
 * @param undergoVerbs verbs whose subject undergoes the event noun they govern ("survived an attack")
 * @param agentiveVerbs verbs whose subject carries out the event noun they govern ("launched an attack")
 */
record EventWords(Map<String, Lexicons.EventTrigger> events, Set<String> crowdNouns, Set<String> reactionWords,
                  Set<String> undergoVerbs, Set<String> agentiveVerbs) {
    EventWords {
        events = Map.copyOf(events);
    }

    /** "trigger TAB type [TAB mode [TAB V|N|VN [TAB verb|verb]]]" lines of events.tsv. */
    static EventWords load(LexiconFiles files) {
        Map<String, Lexicons.EventTrigger> events = new HashMap<>();
        for (Line line : files.lines(Kind.EVENTS)) {
            String[] row = line.cols();
            String pos = row.length > 3 ? row[3] : "VN";
            Set<String> objectOf = row.length > 4 ? Set.of(row[4].split("\\|")) : Set.of();
            EventType type;
            try {
                type = EventType.parse(row[1]);
            } catch (IllegalArgumentException e) {
                files.reject(line, "unknown event type '" + row[1] + "' (" + e.getMessage() + ")");
                continue;
            }
            events.put(row[0], new Lexicons.EventTrigger(type, row.length > 2 ? row[2] : "", pos.contains("V"),
                    pos.contains("N"), objectOf));
        }
        return new EventWords(events, files.words(Kind.CROWD_NOUNS), files.words(Kind.REACTION_WORDS),
                files.words(Kind.UNDERGO_VERBS), files.words(Kind.AGENTIVE_VERBS));
    }

    /** The event trigger for a lemma, or null. */
    Lexicons.EventTrigger event(String lemma) {
        return events.get(lemma);
    }
}
