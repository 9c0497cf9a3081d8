package org.dramatis.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.nlp.EntityMention;
import org.dramatis.nlp.NlpService;
import org.dramatis.nlp.RegexSentences;
import org.dramatis.nlp.Token;

/**
 * A stand-in for CoreNLP in fast tests: sentences end at . ! ?, tokens are runs of non-space, and a run of two or more
 * capitalised tokens is a PERSON (ORGANIZATION when it ends in "Party" or "Front"). Enough to drive storage and
 * resolution without loading models. {@link #withPlaces} also tags a run right after "in" as a LOCATION, so one name
 * can be a person in one article and a place in another.
 */
final class FakeNlp implements NlpService {
    private final boolean places;

    FakeNlp() {
        this(false);
    }

    private FakeNlp(boolean places) {
        this.places = places;
    }

    /** Like the default, with a run of capitalised tokens right after "in" tagged LOCATION. */
    static FakeNlp withPlaces() {
        return new FakeNlp(true);
    }

    @Override
    public AnnotatedDocument annotate(String text, LocalDate documentDate) {
        return RegexSentences.annotate(text, (tokens, t, begin, sentence) -> mentions(tokens, t));
    }

    private List<EntityMention> mentions(List<Token> tokens, String text) {
        List<EntityMention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            while (j < tokens.size() && Character.isUpperCase(tokens.get(j).word().charAt(0))) {
                j++;
            }
            if (j - i >= 2) {
                Token first = tokens.get(i);
                Token last = tokens.get(j - 1);
                String tag = last.word().equals("Party") || last.word().equals("Front") ? "ORGANIZATION" : "PERSON";
                if (places && i > 0 && tokens.get(i - 1).word().equals("in")) {
                    tag = "LOCATION";
                }
                out.add(new EntityMention(text.substring(first.begin(), last.end()), tag, first.begin(), last.end(), i, j, null));
            }
            i = Math.max(j, i + 1);
        }
        return out;
    }
}
