package org.dramatis.learn;

import java.util.HashMap;
import java.util.Map;
import org.dramatis.nlp.Sentence;

/**
 * The sentence encoder's reading of one document, each sentence encoded once and kept while the document is read, and
 * the dense vectors the models take from it: the sentence's embedding beside the candidate word's contextual vector.
 * Without an encoder every vector is null, and the models use their sparse features alone.
 */
final class Encodings {
    /**
     * Dense values are multiplied by this: the vectors are L2-normalised (components near 0.05), the sparse features are
     * 0 or 1, and one regularisation strength serves both.
     */
    static final float SCALE = 4f;
    /** Width of the dense vector: sentence embedding and token vector. */
    static final int WIDTH = 2 * SentenceEncoder.DIM;
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
        SentenceEncoder.Encoded e = bySentence.computeIfAbsent(s.index(), k -> encoder.encode(s));
        float[] out = new float[WIDTH];
        float[] t = e.token(token);
        for (int i = 0; i < SentenceEncoder.DIM; i++) {
            out[i] = scale * e.sentence()[i];
            out[SentenceEncoder.DIM + i] = scale * t[i];
        }
        return out;
    }
}
