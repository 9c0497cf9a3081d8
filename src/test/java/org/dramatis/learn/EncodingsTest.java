package org.dramatis.learn;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Offset;
import org.dramatis.nlp.Sentence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pair vector the relation model reads: five parts, each normalised and scaled, from one pass of the encoder. */
class EncodingsTest {
    private static final int D = SentenceEncoder.DIM;
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

    private static double norm(float[] v, int part) {
        double sum = 0;
        for (int i = part * D; i < (part + 1) * D; i++) {
            sum += v[i] * v[i];
        }
        return Math.sqrt(sum);
    }

    @Test
    void pair_holdsSentenceMentionsProductAndWordsBetween() throws Exception {
        // "The river guard" (0-3) and "the northern bridge" (4-7), "seized" between them.
        Sentence s = sentence("The river guard seized the northern bridge");
        float[] v = new Encodings(encoder).pair(s, 0, 3, 4, 7);
        assertThat(v).hasSize(Encodings.PAIR_WIDTH);
        for (int part = 0; part < 5; part++) {
            assertThat(norm(v, part)).as("part %d", part).isCloseTo(Encodings.SCALE, Offset.offset(1e-3));
        }
        SentenceEncoder.Encoded e = encoder.encode(s);
        for (int i = 0; i < D; i++) {
            assertThat(v[i]).isCloseTo(Encodings.SCALE * e.sentence()[i], Offset.offset(1e-6f));
            // One word between: its vector is the mean.
            assertThat(v[4 * D + i]).isCloseTo(Encodings.SCALE * e.tokens()[3][i], Offset.offset(1e-5f));
        }
        assertThat(new Encodings(encoder).pair(s, 0, 3, 4, 7)).containsExactly(v);
    }

    @Test
    void pair_ofTouchingMentionsHasNoWordsBetween_andNoEncoderGivesNull() throws Exception {
        Sentence s = sentence("Guard Front attacked market");
        float[] v = new Encodings(encoder).pair(s, 0, 1, 1, 2);
        assertThat(norm(v, 4)).isZero();
        assertThat(norm(v, 1)).isCloseTo(Encodings.SCALE, Offset.offset(1e-3));
        assertThat(new Encodings(encoder).pair(s, 0, 1, 2, 3)).isNotEqualTo(v);
        assertThat(new Encodings(null).pair(s, 0, 1, 1, 2)).isNull();
    }
}
