package org.dramatis.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.dramatis.learn.LinearClassifier;

/**
 * The pairwise match model: the probability that two names name one actor, from {@link PairFeatures} through a
 * logistic regression ({@link LinearClassifier}) trained on the alias clusters of annotated articles
 * ({@link MatchTraining}). It ships in the jar as {@code dramatis/models/match.model.gz}.
 */
public final class MatchModel {
    /** The model file's name, in the models folder and in the jar. */
    public static final String FILE = "match.model.gz";
    static final String SAME = "same";
    static final String DIFFERENT = "different";
    private static final String RESOURCE = "/dramatis/models/" + FILE;
    private final LinearClassifier classifier;
    private final PairFeatures features;

    MatchModel(LinearClassifier classifier, PairFeatures features) {
        if (!classifier.labels().contains(SAME)) {
            throw new IllegalArgumentException("a match model needs the labels '" + SAME + "' and '" + DIFFERENT
                    + "', this one has " + classifier.labels());
        }
        this.classifier = classifier;
        this.features = features;
    }

    /** Fits the model on labelled pairs (labels {@code same} and {@code different}); deterministic. */
    public static MatchModel train(List<LinearClassifier.Example> examples, double c, NameKeys keys) {
        return new MatchModel(LinearClassifier.train(examples, c, 1), new PairFeatures(keys));
    }

    /** The probability that {@code a} and {@code b} name one actor; {@code owners} as in {@link PairFeatures#features}. */
    public double same(MatchName a, MatchName b, int owners) {
        return classifier.predict(features.features(a, b, owners)).of(SAME);
    }

    /** The probability for two names as written, with their types and no corpus evidence. */
    public double same(String a, org.dramatis.model.ActorType typeA, String b, org.dramatis.model.ActorType typeB, NameKeys keys) {
        return same(MatchName.of(a, typeA, keys), MatchName.of(b, typeB, keys), PairFeatures.UNKNOWN_OWNERS);
    }

    public int featureCount() {
        return classifier.featureCount();
    }

    /** The model shipped in the jar, or null when the jar has none. */
    public static MatchModel bundled(NameKeys keys) {
        InputStream raw = MatchModel.class.getResourceAsStream(RESOURCE);
        if (raw == null) {
            return null;
        }
        try (InputStream in = new GZIPInputStream(raw)) {
            return new MatchModel(LinearClassifier.load(in, RESOURCE), new PairFeatures(keys));
        } catch (IOException e) {
            throw new IllegalStateException("the bundled match model " + RESOURCE + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Loads {@value #FILE} from {@code dir}. */
    public static MatchModel load(Path dir, NameKeys keys) throws IOException {
        Path file = dir.resolve(FILE);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new MatchModel(LinearClassifier.load(in, file.toString()), new PairFeatures(keys));
        }
    }

    /** Writes {@value #FILE} into {@code dir}. */
    public void save(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(dir.resolve(FILE))), StandardCharsets.UTF_8)) {
            classifier.save(w);
        }
    }
}
