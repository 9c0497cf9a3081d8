package org.dramatis.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {
    @Test
    void split_keepsAbbreviationsAndInitialsInsideTheSentence() {
        String text = "Lt. Gen. X met Mr. Y at the U.S. embassy. Then he left? Yes!";
        assertThat(texts(text)).containsExactly("Lt. Gen. X met Mr. Y at the U.S. embassy.", "Then he left?", "Yes!");
    }

    @Test
    void split_endsASentenceAtEveryLineBreak() {
        String text = "Headline Without Full Stop\nDefence Minister: X\n\nBody one. Body two.";
        assertThat(texts(text)).containsExactly("Headline Without Full Stop", "Defence Minister: X", "Body one.", "Body two.");
    }

    @Test
    void holding_isMinusOneForASpanAcrossTwoSentences() {
        String text = "One here. Two there.";
        List<Span> s = Sentences.split(text);
        assertThat(Sentences.holding(s, new Span(4, 8))).isZero();
        assertThat(Sentences.holding(s, new Span(14, 19))).isEqualTo(1);
        assertThat(Sentences.holding(s, new Span(4, 13))).isEqualTo(-1);
    }

    private static List<String> texts(String text) {
        return Sentences.split(text).stream().map(s -> s.of(text)).toList();
    }
}
