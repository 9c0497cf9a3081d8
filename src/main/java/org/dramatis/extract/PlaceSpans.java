package org.dramatis.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dramatis.model.ActorType;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.nlp.EntityMention;
import org.dramatis.nlp.Sentence;
import org.dramatis.nlp.Token;

/** Mends place names NER cut in two, before mentions are made of its spans. */
final class PlaceSpans {
    private PlaceSpans() {
    }

    /**
     * The sentence's entity mentions with multi-word place names whole: NER often cuts one name into two place
     * mentions ("Lower" + "Juba", "Gulf of" + "Aden", "Horn" + "of Africa", "Bekaa" + "valley") or leaves the "of"
     * between them untagged ("Horn of Africa"). Place mentions that touch, or that only "of" separates, are one place,
     * unless a state's formal name is in them ("Republic of"). A comma, a line break or any other word keeps them apart
     * ("Basra, Iraq"; a headline above a dateline).
     */
    static List<EntityMention> whole(AnnotatedDocument doc, Sentence s, Lexicons lex) {
        List<EntityMention> out = new ArrayList<>();
        for (EntityMention m : s.mentions()) {
            EntityMention last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && isPlaceTag(last.tag()) && isPlaceTag(m.tag()) && joinsPlace(s, last, m, lex)
                    && doc.text().substring(last.end(), m.begin()).matches(" *(of )?")) {
                out.set(out.size() - 1, new EntityMention(doc.text().substring(last.begin(), m.end()), "LOCATION", last.begin(),
                        m.end(), last.tokenBegin(), m.tokenEnd(), null));
            } else {
                out.add(m);
            }
        }
        return out;
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
