package org.dramatis.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dramatis.model.ActorType;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.nlp.Token;

/**
 * NER types an unfamiliar town as a person ("the port of Bayt Sahel"). A name typed PERSON is a LOCATION, in every
 * mention of it in the document, when the document uses it as a place at least once (a cue of place-cues.txt right
 * before it, or "to" after a verb of travel) and never as a person: no title or honorific before it, no possessive
 * after a place cue ("in Haddad's cabinet"), never followed by a verb of speech, and no person's full name ends in it.
 */
final class PlaceUse {

    private PlaceUse() {
    }

    static void apply(AnnotatedDocument doc, List<MentionFinder.Draft> mentions, Lexicons lex) {
        Set<String> places = new HashSet<>();
        Set<String> persons = new HashSet<>();
        for (MentionFinder.Draft d : mentions) {
            if (d.type == ActorType.PERSON) {
                if (d.text.contains(" ")) {
                    persons.add(d.text.substring(d.text.lastIndexOf(' ') + 1)); // "Sahel" is Omar Sahel's surname
                }
                List<Token> t = doc.sentences().get(d.sentence).tokens();
                if (usedAsPerson(t, d, lex)) {
                    persons.add(d.text);
                } else if (usedAsPlace(t, d, lex)) {
                    places.add(d.text);
                }
            }
        }
        places.removeAll(persons);
        for (MentionFinder.Draft d : mentions) {
            if (d.type == ActorType.PERSON && places.contains(d.text)) {
                d.type = ActorType.LOCATION;
            }
        }
    }

    private static boolean usedAsPerson(List<Token> t, MentionFinder.Draft d, Lexicons lex) {
        String before = d.tokenBegin > 0 ? t.get(d.tokenBegin - 1).word().toLowerCase(Locale.ROOT) : "";
        String after = d.tokenEnd < t.size() ? t.get(d.tokenEnd).word().toLowerCase(Locale.ROOT) : "";
        return lex.titles().role(before) != null || lex.titles().honorifics().contains(before) || lex.speech().saidForms().contains(after)
                || d.tokenBegin > 0 && "TITLE".equals(t.get(d.tokenBegin - 1).ner());
    }

    private static boolean usedAsPlace(List<Token> t, MentionFinder.Draft d, Lexicons lex) {
        if (d.tokenEnd < t.size() && t.get(d.tokenEnd).word().equals("'s")) {
            return false;
        }
        for (int n = 1; n <= 3 && n <= d.tokenBegin; n++) {
            StringBuilder cue = new StringBuilder();
            for (int k = d.tokenBegin - n; k < d.tokenBegin; k++) {
                cue.append(cue.length() == 0 ? "" : " ").append(t.get(k).word().toLowerCase(Locale.ROOT));
            }
            if (lex.places().placeCues().contains(cue.toString())) {
                return true;
            }
        }
        if (d.tokenBegin < 2 || !t.get(d.tokenBegin - 1).word().equalsIgnoreCase("to")) {
            return false;
        }
        // "flew to X", "go back to X": a verb of travel up to two words before "to".
        for (int k = Math.max(0, d.tokenBegin - 4); k < d.tokenBegin - 1; k++) {
            String lemma = t.get(k).lemma() == null ? t.get(k).word() : t.get(k).lemma();
            if (lex.places().travelVerbs().contains(lemma.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
