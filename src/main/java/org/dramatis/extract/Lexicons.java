package org.dramatis.extract;

import java.util.List;
import java.util.Set;
import org.dramatis.lexicon.LexiconFiles;
import org.dramatis.model.EventType;
import org.dramatis.model.FactKind;

/**
 * The data files that drive extraction (bundled under {@code dramatis/lexicon/} plus the user's own, read through
 * {@link LexiconFiles}), loaded once and read-only afterwards, in one record per concern: each rule receives only the
 * ones it reads. Everything domain-specific (titles, trigger verbs, demonyms) lives in these files, never in rule code.
 *
 * @param titles titles, honorifics and the words of posts
 * @param bodies organizations, groups and a state's bodies
 * @param places places, states, capitals and nationalities
 * @param relations relation verbs and nouns, backing, demands, aid
 * @param events event triggers
 * @param dates words about numbers and dates
 * @param speech speech verbs, denials, allegations and hedges: who says what, and how sure
 * @param references common nouns that refer back to a person or group named before
 */
public record Lexicons(TitleWords titles, BodyWords bodies, PlaceWords places, RelationWords relations,
                       EventWords events, DateWords dates, SpeechWords speech, ReferenceWords references) {
    /**
     * An event trigger: its PLOVER type, mode ("" when none), whether verbs and/or nouns trigger it, and the verbs a
     * noun must be the object of to trigger (empty: any; "gave the confidence to" but not "restored confidence").
     */
    public record EventTrigger(EventType type, String mode, boolean verb, boolean noun, Set<String> objectOf) {
        public EventTrigger {
            objectOf = Set.copyOf(objectOf);
        }
    }

    /**
     * A relation trigger: verb (or, when {@code adjective}, predicate adjective) lemma, optional required object lemma,
     * optional preposition carrying the object.
     */
    public record RelationTrigger(String lemma, String objectLemma, String preposition, List<FactKind> kinds, boolean reverse,
                                  boolean adjective) {
        public RelationTrigger {
            kinds = List.copyOf(kinds);
        }
    }

    /** The bundled lexicons; fails naming the missing or bad file and line. */
    public static Lexicons load() {
        return load(LexiconFiles.bundled());
    }

    /** The bundled lexicons plus the user's files these files carry; a bad user line is reported there and skipped. */
    public static Lexicons load(LexiconFiles files) {
        return new Lexicons(TitleWords.load(files), BodyWords.load(files), PlaceWords.load(files),
                RelationWords.load(files), EventWords.load(files), DateWords.load(files), SpeechWords.load(files),
                ReferenceWords.load(files));
    }

    /** The country a nationality adjective names ("Iranian" gives "Iran"), or null. Case-sensitive: demonyms are capitalized. */
    public String countryOfDemonym(String adjective) {
        return places.countryOfDemonym(adjective);
    }

    /** Number of demonym entries; resolution should use the same file as an alias list. */
    public int demonymCount() {
        return places.demonyms().size();
    }

    /** The country whose capital {@code city} is (any case), or null. */
    public String countryOfCapital(String city) {
        return places.countryOfCapital(city);
    }

    /** The canonical role for a lowercase title phrase, or null. */
    public String role(String phrase) {
        return titles.role(phrase);
    }

    /** The event trigger for a lemma, or null. */
    public EventTrigger event(String lemma) {
        return events.event(lemma);
    }

    /** Relation triggers for a verb lemma (empty when none). */
    public List<RelationTrigger> relations(String lemma) {
        return relations.relations(lemma);
    }
}
