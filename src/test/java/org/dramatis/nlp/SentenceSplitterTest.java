package org.dramatis.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import org.junit.jupiter.api.Test;

/** The pre-check before the models: tokenizer and splitter only, no model files, so it runs in the fast tests. */
class SentenceSplitterTest {
    private static final SentenceSplitter SPLITTER = new SentenceSplitter(NlpLimits.DEFAULTS);

    private static Annotation split(String text) {
        Annotation a = new Annotation(text);
        SPLITTER.split(a);
        return a;
    }

    @Test
    void split_passesAnOrdinaryArticle() {
        Annotation a = split("Council vote delayed\n\nSpeaker Hamid Qarawi said the vote would wait. The Renewal Front"
                + " agreed on Monday.\n");

        assertThat(a.get(CoreAnnotations.SentencesAnnotation.class)).hasSize(3);
    }

    @Test
    void split_endsASentenceAtALineBreak_soAHeadlineOrAFactBoxLineStaysApartFromTheNextLine() {
        Annotation a = split("Qarawi Names New Council Within Hours\nSpeaker Hamid Qarawi named the council on Monday.\n"
                + "Defence Minister: Salim Dorani\n08:25\nThe Renewal Front agreed.\n");

        assertThat(a.get(CoreAnnotations.SentencesAnnotation.class)).extracting(s -> s.get(CoreAnnotations.TextAnnotation.class))
                .containsExactly("Qarawi Names New Council Within Hours", "Speaker Hamid Qarawi named the council on Monday.",
                        "Defence Minister: Salim Dorani", "08:25", "The Renewal Front agreed.");
    }

    @Test
    void split_joinsTheLinesOfAHardWrappedText_andBreaksOnlyAtBlankLines() {
        String text = "Council vote delayed\n\nSpeaker Hamid Qarawi said on Monday that the vote on the new\n"
                + "council would wait until the Renewal Front and its allies had\nagreed on a list of names.\n";

        assertThat(SentenceSplitter.hardWrapped(text)).isTrue();
        assertThat(split(text).get(CoreAnnotations.SentencesAnnotation.class)).hasSize(2);
    }

    @Test
    void hardWrapped_isNotFooledByOneLowerCaseLineOrByParagraphsOnePerLine() {
        assertThat(SentenceSplitter.hardWrapped("Title\nThe council met.\nIt agreed.\nThe vote, said one\nmember, was close.\n"
                + "Nobody objected.\nThe speaker left.\n")).isFalse();
        assertThat(SentenceSplitter.hardWrapped("Headline\nOne paragraph.\nAnother paragraph.\n")).isFalse();
    }

    @Test
    void split_refusesARunOnSentenceOfRepeatedTitlesNamingItsLine() {
        StringBuilder text = new StringBuilder("Council report\n\nThe council met.\n\n");
        for (int i = 1; i <= 5_000; i++) {
            text.append("President ");
        }

        assertThatThrownBy(() -> split(text.toString())).isInstanceOf(NlpLimitExceeded.class)
                .hasMessage("sentence 3 (line 5) has 5,000 tokens, over the 1,000-token limit");
    }

    @Test
    void split_refusesAHundredThousandDigitRun() {
        String text = "The figures were " + "7 ".repeat(100_000) + ".";

        assertThatThrownBy(() -> split(text)).isInstanceOf(NlpLimitExceeded.class)
                .hasMessage("sentence 1 (line 1) has 100,004 tokens, over the 1,000-token limit");
    }

    @Test
    void split_refusesALongTokenOfLettersOrDashes() {
        assertThatThrownBy(() -> split("Intro.\nThe word " + "a".repeat(100_000) + " ends."))
                .isInstanceOf(NlpLimitExceeded.class)
                .hasMessage("a token of 100,000 characters (line 2: aaaaaaaaaaaaaaaaaaaa…), over the 2,000-character limit");
        assertThatThrownBy(() -> split("A rule: " + "-".repeat(5_000))).isInstanceOf(NlpLimitExceeded.class)
                .hasMessageContaining("a token of 5,000 characters");
    }

    @Test
    void split_acceptsASentenceAtTheLimit() {
        String text = "word ".repeat(999) + ".";

        assertThat(split(text).get(CoreAnnotations.SentencesAnnotation.class)).singleElement()
                .satisfies(s -> assertThat(s.get(CoreAnnotations.TokensAnnotation.class)).hasSize(1_000));
    }
}
