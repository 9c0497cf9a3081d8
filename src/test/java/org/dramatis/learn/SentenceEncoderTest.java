package org.dramatis.learn;

import static org.assertj.core.api.Assertions.assertThat;

import org.dramatis.nlp.Sentence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The frozen encoder shipped on the class path: same sentence, same vectors; different sentences, different ones. */
class SentenceEncoderTest {
    private static SentenceEncoder encoder;

    @BeforeAll
    static void load() {
        encoder = SentenceEncoder.bundled();
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    private static Sentence sentence(String line) throws Exception {
        return TrainerTest.STAND_IN.annotate(line + "\n", null).sentences().get(0);
    }

    @Test
    void encode_sameSentenceGivesSameVectors() throws Exception {
        SentenceEncoder.Encoded first = encoder.encode(sentence("The river guard seized the northern bridge"));
        SentenceEncoder.Encoded again = encoder.encode(sentence("The river guard seized the northern bridge"));
        assertThat(first.sentence()).hasSize(SentenceEncoder.DIM).containsExactly(again.sentence());
        assertThat(first.tokens().length).isEqualTo(7);
        for (int i = 0; i < 7; i++) {
            assertThat(first.tokens()[i]).as("token %d", i).isNotNull().containsExactly(again.tokens()[i]);
        }
        double norm = 0;
        for (float x : first.sentence()) {
            norm += x * x;
        }
        assertThat(norm).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void encode_tellsSentencesAndWordsInContextApart() throws Exception {
        SentenceEncoder.Encoded seized = encoder.encode(sentence("The river guard seized the northern bridge"));
        SentenceEncoder.Encoded praised = encoder.encode(sentence("Farmers praised the harvest festival"));
        assertThat(cosine(seized.sentence(), praised.sentence())).isLessThan(0.9);
        // "guard" as a noun after "river" and as a verb: one word, two contextual vectors.
        SentenceEncoder.Encoded verb = encoder.encode(sentence("Soldiers guard the northern bridge"));
        assertThat(cosine(seized.tokens()[2], verb.tokens()[1])).isLessThan(0.99);
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
