package org.dramatis.learn;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A multi-class L2-regularised logistic regression over string features (liblinear), with its label and feature
 * vocabularies, saved as one text file. Besides the sparse string features an example may carry a dense vector of a
 * fixed width (the sentence encoder's), numbered after the sparse ones. Training is deterministic: features and labels
 * are numbered in sorted order and liblinear's solver for this loss uses no randomness. Predictions carry the class
 * probability.
 */
public final class LinearClassifier {
    private static final String MAGIC = "dramatis-linear 1";
    /** Models with dense features: a "dense" line follows the vocabulary. */
    private static final String MAGIC_DENSE = "dramatis-linear 2";
    private final List<String> labels;
    private final Map<String, Integer> features;
    private final int dense;
    private final Model model;

    private LinearClassifier(List<String> labels, Map<String, Integer> features, int dense, Model model) {
        this.labels = List.copyOf(labels);
        this.features = features;
        this.dense = dense;
        this.model = model;
    }

    /** One training example: its features (names), its dense vector (null for none) and its label. */
    public record Example(Collection<String> features, float[] vector, String label) {
        public Example(Collection<String> features, String label) {
            this(features, null, label);
        }
    }

    /** A predicted label with its probability, and the probability of every label. */
    public record Prediction(String label, double probability, Map<String, Double> all) {
        public double of(String label) {
            return all.getOrDefault(label, 0.0);
        }
    }

    /**
     * Trains on {@code examples}; features seen fewer than {@code minCount} times are dropped.
     *
     * @param c the inverse regularisation strength (1 is liblinear's default)
     */
    public static LinearClassifier train(List<Example> examples, double c, int minCount) {
        return train(examples, c, minCount, Map.of());
    }

    /**
     * As {@link #train(List, double, int)}, with a weight per label (its examples' share of the loss; 1 for a label
     * not named): below 1 for a label that swamps the others.
     */
    public static LinearClassifier train(List<Example> examples, double c, int minCount, Map<String, Double> weights) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no training examples");
        }
        Map<String, Integer> counts = new HashMap<>();
        TreeSet<String> labelSet = new TreeSet<>();
        int dense = examples.get(0).vector() == null ? 0 : examples.get(0).vector().length;
        for (Example e : examples) {
            if ((e.vector() == null ? 0 : e.vector().length) != dense) {
                throw new IllegalArgumentException("training examples mix dense vectors of widths " + dense + " and "
                        + (e.vector() == null ? 0 : e.vector().length));
            }
            labelSet.add(e.label());
            for (String f : new TreeSet<>(e.features())) {
                counts.merge(f, 1, Integer::sum);
            }
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        new TreeSet<>(counts.keySet()).stream().filter(f -> counts.get(f) >= minCount).forEach(f -> index.put(f, index.size() + 1));
        List<String> labels = new ArrayList<>(labelSet);
        Problem p = new Problem();
        p.l = examples.size();
        p.n = index.size() + dense + 1;
        p.bias = 1;
        p.x = new Feature[p.l][];
        p.y = new double[p.l];
        for (int i = 0; i < p.l; i++) {
            Example e = examples.get(i);
            p.x[i] = vector(e.features(), index, e.vector(), p.n);
            p.y[i] = labels.indexOf(e.label());
        }
        Linear.disableDebugOutput();
        Model model;
        if (labels.size() == 1) {
            throw new IllegalArgumentException("training examples have one label only: " + labels.get(0));
        }
        Parameter parameter = new Parameter(SolverType.L2R_LR, c, 0.001);
        List<String> weighted = labels.stream().filter(weights::containsKey).toList();
        if (!weighted.isEmpty()) {
            parameter.setWeights(weighted.stream().mapToDouble(weights::get).toArray(),
                    weighted.stream().mapToInt(labels::indexOf).toArray());
        }
        model = Linear.train(p, parameter);
        return new LinearClassifier(labels, index, dense, model);
    }

    /** Sparse features by index, then the dense vector's (after the {@code index.size()} sparse ones), then the bias. */
    private static Feature[] vector(Collection<String> names, Map<String, Integer> index, float[] dense, int biasIndex) {
        TreeSet<Integer> ids = new TreeSet<>();
        for (String f : names) {
            Integer id = index.get(f);
            if (id != null) {
                ids.add(id);
            }
        }
        int width = dense == null ? 0 : dense.length;
        Feature[] x = new Feature[ids.size() + width + 1];
        int k = 0;
        for (int id : ids) {
            x[k++] = new FeatureNode(id, 1.0);
        }
        for (int d = 0; d < width; d++) {
            x[k++] = new FeatureNode(index.size() + 1 + d, dense[d]);
        }
        x[k] = new FeatureNode(biasIndex, 1.0);
        return x;
    }

    public Prediction predict(Collection<String> featureNames) {
        return predict(featureNames, null);
    }

    /** The prediction for sparse features and a dense vector as wide as the training examples' (or null for none). */
    public Prediction predict(Collection<String> featureNames, float[] vector) {
        if ((vector == null ? 0 : vector.length) != dense) {
            throw new IllegalArgumentException("this model takes dense vectors of width " + dense + ", not "
                    + (vector == null ? 0 : vector.length));
        }
        Feature[] x = vector(featureNames, features, vector, model.getNrFeature() + 1);
        double[] probabilities = new double[model.getNrClass()];
        Linear.predictProbability(model, x, probabilities);
        int[] ids = model.getLabels();
        Map<String, Double> all = new LinkedHashMap<>();
        int best = 0;
        for (int i = 0; i < ids.length; i++) {
            all.put(labels.get(ids[i]), probabilities[i]);
            if (probabilities[i] > probabilities[best]) {
                best = i;
            }
        }
        return new Prediction(labels.get(ids[best]), probabilities[best], all);
    }

    public List<String> labels() {
        return labels;
    }

    public int featureCount() {
        return features.size();
    }

    /** Width of the dense vector the model takes (0: none). */
    public int denseWidth() {
        return dense;
    }

    /** Writes labels, features and the liblinear model as one text file. */
    public void save(Writer out) throws IOException {
        out.write((dense == 0 ? MAGIC : MAGIC_DENSE) + "\n");
        out.write("labels\t" + String.join("\t", labels) + "\n");
        out.write("features\t" + features.size() + "\n");
        for (Map.Entry<String, Integer> e : features.entrySet()) {
            out.write(e.getKey().replace("\t", " ").replace("\n", " ") + "\n");
        }
        if (dense > 0) {
            out.write("dense\t" + dense + "\n");
        }
        StringWriter m = new StringWriter();
        Linear.saveModel(m, model);
        out.write(m.toString());
        out.flush();
    }

    public static LinearClassifier load(InputStream in, String what) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String magic = r.readLine();
        if (!MAGIC.equals(magic) && !MAGIC_DENSE.equals(magic)) {
            throw new IOException(what + ": not a Dramatis linear model");
        }
        String[] labelLine = r.readLine().split("\t");
        List<String> labels = Arrays.asList(labelLine).subList(1, labelLine.length);
        int n = Integer.parseInt(r.readLine().split("\t")[1]);
        // In file order, as save writes them: a model loaded and saved again keeps each weight with its feature.
        Map<String, Integer> index = new LinkedHashMap<>(n * 2);
        for (int i = 1; i <= n; i++) {
            index.put(r.readLine(), i);
        }
        int dense = 0;
        if (MAGIC_DENSE.equals(magic)) {
            String[] line = r.readLine().split("\t");
            if (line.length != 2 || !line[0].equals("dense")) {
                throw new IOException(what + ": expected the dense vector's width after the features");
            }
            dense = Integer.parseInt(line[1]);
        }
        StringBuilder rest = new StringBuilder();
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            rest.append(line).append('\n');
        }
        return new LinearClassifier(labels, index, dense, Linear.loadModel(new StringReader(rest.toString())));
    }
}
