package org.dramatis.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dramatis.model.ActorType;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.nlp.EntityMention;
import org.dramatis.nlp.Sentence;
import org.dramatis.nlp.Token;

/** Mends place and body names NER cut in two, before mentions are made of its spans. */
final class PlaceSpans {
    private PlaceSpans() {
    }

    /**
     * The sentence's entity mentions with multi-word place names whole: NER often cuts one name into two place
     * mentions ("Lower" + "Juba", "Gulf of" + "Aden", "Horn" + "of Africa", "Bekaa" + "valley") or leaves the "of"
     * between them untagged ("Horn of Africa"). Place mentions that touch, or that only "of" separates, are one place,
     * unless a state's formal name is in them ("Republic of"). A comma, a line break or any other word keeps them apart
     * ("Basra, Iraq"; a headline above a dateline). A word NER left a place before a country's name is one name with
     * it when the whole is a country the lexicon knows ("South Sudan") or the word opens toponyms ("Port Sudan"), and a
     * nationality word before a body's head noun ("African Union") is one organization with it.
     */
    static List<EntityMention> whole(AnnotatedDocument doc, Sentence s, Lexicons lex) {
        List<EntityMention> out = new ArrayList<>();
        for (EntityMention m : s.mentions()) {
            EntityMention last = out.isEmpty() ? null : out.get(out.size() - 1);
            String joined = last == null ? null : joinedTag(doc, s, last, m, lex);
            if (joined != null) {
                out.set(out.size() - 1, new EntityMention(doc.text().substring(last.begin(), m.end()), joined, last.begin(),
                        m.end(), last.tokenBegin(), m.tokenEnd(), null));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /** The tag of the one name {@code first} and {@code second} make, or null when they are two. */
    private static String joinedTag(AnnotatedDocument doc, Sentence s, EntityMention first, EntityMention second, Lexicons lex) {
        if (second.begin() < first.end()) {
            return null;
        }
        String between = doc.text().substring(first.end(), second.begin());
        if (isPlaceTag(first.tag()) && isPlaceTag(second.tag()) && joinsPlace(s, first, second, lex) && between.matches(" *(of )?")) {
            return "LOCATION";
        }
        if (!between.equals(" ") || second.tokenBegin() != first.tokenEnd() || first.tokenEnd() - first.tokenBegin() != 1
                || !isCapitalized(s.tokens().get(first.tokenBegin()))) {
            return null;
        }
        String word = first.text();
        String name = first.text() + " " + second.text();
        if (isPlaceTag(first.tag()) && "COUNTRY".equals(second.tag())) {
            // "South Sudan", "Port Sudan": a word NER left a place before a country's name it took alone. The whole is
            // a state when the lexicon knows it as one, a place in that state when the word opens toponyms
            // (place-prefixes.txt); "Villa Somalia" keeps the state's name its own, as it often stands for the state.
            return lex.places().demonyms().containsValue(name) ? "COUNTRY"
                    : lex.places().placePrefixes().contains(word.toLowerCase(Locale.ROOT)) ? "LOCATION" : null;
        }
        boolean body = second.tokenEnd() - second.tokenBegin() == 1 && !"PERSON".equals(second.tag())
                && ActorType.fromNerTag(second.tag()).isPresent() && isCapitalized(s.tokens().get(second.tokenBegin()))
                && (lex.bodies().orgHeads().contains(second.text().toLowerCase(Locale.ROOT))
                || lex.bodies().partyNouns().contains(second.text().toLowerCase(Locale.ROOT)));
        // "African Union": a nationality word before a body's head noun NER took for a place is one organization.
        return "NATIONALITY".equals(first.tag()) && body ? "ORGANIZATION" : null;
    }

    private static boolean joinsPlace(Sentence s, EntityMention first, EntityMention second, Lexicons lex) {
        List<Token> t = s.tokens();
        int gap = second.tokenBegin() - first.tokenEnd();
        boolean ofBetween = gap == 1 && t.get(first.tokenEnd()).word().equals("of");
        if (gap != 0 && !ofBetween || !isCapitalized(t.get(first.tokenBegin()))) {
            return false;
        }
        for (int k = first.tokenBegin(); k < second.tokenEnd(); k++) {
            if (lex.places().stateWords().contains(t.get(k).word().toLowerCase(Locale.ROOT))) {
                return false; // "the Kingdom of Saudi Arabia" is the state's formal name, read by formalNameStart
            }
        }
        Token next = t.get(second.tokenBegin());
        // The second part is a name ("Juba", "of Africa") or a lowercase place noun NER tagged with it ("valley").
        return isCapitalized(next) || next.word().equals("of") || gap == 0 && second.tokenEnd() - second.tokenBegin() == 1;
    }

    /** A country's name stays its own mention: "Villa Somalia" often stands for the state, like its capital. */
    private static boolean isPlaceTag(String tag) {
        return ActorType.fromNerTag(tag).orElse(null) == ActorType.LOCATION;
    }


    private static boolean isCapitalized(Token t) {
        return !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0));
    }
}
