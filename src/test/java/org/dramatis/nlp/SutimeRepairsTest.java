package org.dramatis.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SUTime's reading of "on 3 March 2018 to ten years", as CoreNLP 4.5 gives it, and what the repair makes of it. */
class SutimeRepairsTest {
    private static final String TEXT = "Sentenced on 3 March 2018 to ten years.";

    /** The tokens of {@link #TEXT} and SUTime's mentions: "3 March" XXXX-03-03, "2018" and "to ten years" P2018Y/P10Y. */
    private static AnnotatedDocument asSutimeReadsIt(boolean dayBefore) {
        String[] words = {"Sentenced", "on", "3", "March", "2018", "to", "ten", "years", "."};
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < words.length; i++) {
            int begin = TEXT.indexOf(words[i], at);
            at = begin + words[i].length();
            tokens.add(new Token(i, words[i], words[i].toLowerCase(), "NN", i >= 2 && i <= 7 ? "DATE" : "O", null, begin, at));
        }
        List<EntityMention> mentions = new ArrayList<>();
        if (dayBefore) {
            mentions.add(new EntityMention("3 March", "DATE", 13, 20, 2, 4, "XXXX-03-03"));
        }
        mentions.add(new EntityMention("2018", "DATE", 21, 25, 4, 5, "P2018Y/P10Y"));
        mentions.add(new EntityMention("to ten years", "DURATION", 26, 38, 5, 8, "P2018Y/P10Y"));
        return new AnnotatedDocument(TEXT, List.of(new Sentence(0, 0, TEXT.length(), TEXT, tokens, mentions, List.of())));
    }

    @Test
    void aYearReadAsTheStartOfADurationRangeDatesTheDayBeforeIt() {
        List<EntityMention> m = SutimeRepairs.mend(asSutimeReadsIt(true)).sentences().get(0).mentions();
        assertThat(m).extracting(EntityMention::text).containsExactly("3 March 2018", "to ten years");
        assertThat(m).extracting(EntityMention::normalized).containsExactly("2018-03-03", "P10Y");
        assertThat(m.get(0).tokenBegin()).isEqualTo(2);
        assertThat(m.get(0).tokenEnd()).isEqualTo(5);
    }

    @Test
    void aYearAloneIsThatYear() {
        List<EntityMention> m = SutimeRepairs.mend(asSutimeReadsIt(false)).sentences().get(0).mentions();
        assertThat(m).extracting(EntityMention::normalized).containsExactly("2018", "P10Y");
    }

    @Test
    void aMendedDocumentIsLeftAsItIs() {
        AnnotatedDocument once = SutimeRepairs.mend(asSutimeReadsIt(true));
        assertThat(SutimeRepairs.mend(once)).isSameAs(once);
    }

    @Test
    void theDayOfAWeekdayIsThatWeekdayOnOrBeforeTheDocumentsDay() {
        String text = "In the day of Tuesday.";
        List<Token> tokens = List.of(new Token(0, "In", "in", "IN", "O", null, 0, 2),
                new Token(1, "the", "the", "DT", "DATE", "2022-09-15", 3, 6), new Token(2, "day", "day", "NN", "DATE", "2022-09-15", 7, 10),
                new Token(3, "of", "of", "IN", "DATE", "2022-09-15", 11, 13),
                new Token(4, "Tuesday", "Tuesday", "NNP", "DATE", "2022-09-15", 14, 21), new Token(5, ".", ".", ".", "O", null, 21, 22));
        List<EntityMention> mentions = List.of(new EntityMention("the day of Tuesday", "DATE", 3, 21, 1, 5, "2022-09-15"));
        AnnotatedDocument doc = new AnnotatedDocument(text, List.of(new Sentence(0, 0, 22, text, tokens, mentions, List.of())));
        assertThat(SutimeRepairs.mend(doc).sentences().get(0).mentions()).extracting(EntityMention::normalized)
                .containsExactly("2022-09-13");
    }
}
