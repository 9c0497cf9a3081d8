package org.dramatis.learn;

import java.util.HashMap;
import java.util.Map;
import org.dramatis.nlp.Sentence;

/**
 * The sentence encoder's reading of one document, each sentence encoded once and kept while the document is read, and
 * the dense vectors the models take from it: the sentence's embedding beside the candidate word's contextual vector
 * ({@link #at}), or, for a pair of mentions, the sentence's embedding beside each mention's and the words' between them
 * ({@link #pair}). Without an encoder every vector is null, and the models use their sparse features alone.
 */
final class Encodings {
    /**
     * Dense values are multiplied by this: the vectors are L2-normalised (components near 0.05), the sparse features are
     * 0 or 1, and one regularisation strength serves both.
     */
    static final float SCALE = 4f;
    /** Width of the dense vector: sentence embedding and token vector. */
    static final int WIDTH = 2 * SentenceEncoder.DIM;
    /** Width of the pair vector: sentence, first mention, second mention, their product, the words between. */
    static final int PAIR_WIDTH = 5 * SentenceEncoder.DIM;
    private final SentenceEncoder encoder;
    private final float scale;
    private final Map<Integer, SentenceEncoder.Encoded> bySentence = new HashMap<>();

    /** @param encoder the encoder, or null for sparse features only */
    Encodings(SentenceEncoder encoder) {
        this(encoder, SCALE);
    }

    Encodings(SentenceEncoder encoder, float scale) {
        this.encoder = encoder;
        this.scale = scale;
    }

    /** The same encodings (shared, so nothing is encoded twice) with another scale, for tuning. */
    Encodings rescaled(float other) {
        Encodings e = new Encodings(encoder, other);
        e.bySentence.putAll(bySentence);
        return e;
    }

    /** The dense vector for token {@code token} of {@code s}, or null without an encoder. */
    float[] at(Sentence s, int token) {
        if (encoder == null) {
            return null;
        }
        SentenceEncoder.Encoded e = encoded(s);
        float[] out = new float[WIDTH];
        float[] t = e.token(token);
        for (int i = 0; i < SentenceEncoder.DIM; i++) {
            out[i] = scale * e.sentence()[i];
            out[SentenceEncoder.DIM + i] = scale * t[i];
        }
        return out;
    }

    /**
     * The dense vector for mentions {@code [aBegin, aEnd)} and {@code [bBegin, bEnd)} of {@code s}, the first before the
     * second, or null without an encoder: the sentence's embedding, each mention's (the mean of its tokens' vectors),
     * their component-wise product (what a linear model cannot form from the two alone), and the mean of the tokens
     * between them (zero when they touch). Each part is L2-normalised, then scaled.
     */
    float[] pair(Sentence s, int aBegin, int aEnd, int bBegin, int bEnd) {
        if (encoder == null) {
            return null;
        }
        SentenceEncoder.Encoded e = encoded(s);
        int d = SentenceEncoder.DIM;
        float[] a = mean(e, aBegin, aEnd);
        float[] b = mean(e, bBegin, bEnd);
        float[] product = new float[d];
        for (int i = 0; i < d; i++) {
            product[i] = a[i] * b[i];
        }
        float[][] parts = {e.sentence(), a, b, product, mean(e, aEnd, bBegin)};
        float[] out = new float[PAIR_WIDTH];
        for (int k = 0; k < parts.length; k++) {
            float[] v = SentenceEncoder.normalised(parts[k]);
            for (int i = 0; i < d; i++) {
                out[k * d + i] = scale * v[i];
            }
        }
        return out;
    }

    private SentenceEncoder.Encoded encoded(Sentence s) {
        return bySentence.computeIfAbsent(s.index(), k -> encoder.encode(s));
    }

    /** The sum of the vectors of tokens {@code [begin, end)} (normalised by the caller); zero for an empty range. */
    private static float[] mean(SentenceEncoder.Encoded e, int begin, int end) {
        float[] sum = new float[SentenceEncoder.DIM];
        for (int t = begin; t < end; t++) {
            float[] v = e.token(t);
            for (int i = 0; i < sum.length; i++) {
                sum[i] += v[i];
            }
        }
        return sum;
    }
}
