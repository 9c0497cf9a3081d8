package org.dramatis.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The relation model's decision threshold per relation kind, chosen by cross-validation on the training articles:
 * rare kinds (opposes, associate, member) rarely get half of the probability mass against "none", so one threshold for
 * all found only the common ones. A kind's probability is the sum of its two directions'; the threshold of a kind is
 * the one that gave the best F0.5 for that kind on the held-out folds (its F1 there is saved beside it). Kinds with too few held-out pairs keep
 * {@link #DEFAULT}. Saved beside the model as a small text file ({@code kind TAB threshold TAB F1 TAB pairs}).
 */
final class RelationThresholds {
    static final String FILE = "relation-thresholds.tsv";
    static final double DEFAULT = 0.5;
    /** Folds of the cross-validation: article {@code i} (in path order) is held out in fold {@code i % FOLDS}. */
    static final int FOLDS = 5;
    /** Fewer gold pairs of a kind on the held-out folds than this: the kind keeps the default. */
    private static final int MIN_PAIRS = 5;
    private static final double[] GRID = grid();
    /**
     * Thresholds maximise F0.5 (precision weighted twice recall): chosen by F1, they fell to 0.02-0.08 for half the
     * kinds, and in the product, where every two mentions of a sentence are read, the facts they added cost more
     * precision than they brought recall (heldout8 facts F1 0.395 -> 0.369).
     */
    private static final double BETA2 = 0.25;
    /** Kind code → {threshold, cross-validated F1, gold pairs}. */
    private final Map<String, double[]> byKind;

    RelationThresholds(Map<String, double[]> byKind) {
        this.byKind = new TreeMap<>(byKind);
    }

    /** The default threshold for every kind (models saved without a thresholds file, or trained without folds). */
    static RelationThresholds none() {
        return new RelationThresholds(Map.of());
    }

    double of(String kind) {
        double[] t = byKind.get(kind);
        return t == null ? DEFAULT : t[0];
    }

    /**
     * The kind's probability {@code p} moved so that the kind's threshold lands on 0.5 (its log-odds shifted by the
     * threshold's): one number that is compared with the caller's threshold and stored as the fact's confidence.
     */
    double scaled(String kind, double p) {
        double shift = logit(p) - logit(of(kind));
        return 1 / (1 + Math.exp(-shift));
    }

    private static double logit(double p) {
        double q = Math.min(1 - 1e-9, Math.max(1e-9, p));
        return Math.log(q / (1 - q));
    }

    private static double[] grid() {
        double[] g = new double[22];
        for (int i = 0; i < g.length; i++) {
            g[i] = i < 5 ? 0.02 * (i + 1) : 0.05 * (i - 2);
        }
        return g;
    }

    /**
     * Thresholds from {@code FOLDS}-fold cross-validation over {@code examples}, whose articles start at the indexes
     * {@code starts} (examples after the last start belong to the last article). Null when there are too few articles
     * for folds, or a fold's training part has one label only.
     */
    static RelationThresholds choose(List<LinearClassifier.Example> examples, List<Integer> starts, double c) {
        if (starts.size() < 2 * FOLDS) {
            return null;
        }
        int[] fold = new int[examples.size()];
        for (int a = 0; a < starts.size(); a++) {
            int end = a + 1 < starts.size() ? starts.get(a + 1) : examples.size();
            for (int i = starts.get(a); i < end; i++) {
                fold[i] = a % FOLDS;
            }
        }
        LinearClassifier.Prediction[] held = new LinearClassifier.Prediction[examples.size()];
        for (int f = 0; f < FOLDS; f++) {
            List<LinearClassifier.Example> in = new ArrayList<>();
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] != f) {
                    in.add(examples.get(i));
                }
            }
            if (in.stream().map(LinearClassifier.Example::label).distinct().count() < 2) {
                return null;
            }
            LinearClassifier fitted = LinearClassifier.train(in, c, 1);
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] == f) {
                    held[i] = fitted.predict(examples.get(i).features(), examples.get(i).vector());
                }
            }
        }
        return best(examples, held);
    }

    /** Per kind, the grid threshold with the best F1 of that kind over the held-out predictions. */
    private static RelationThresholds best(List<LinearClassifier.Example> examples, LinearClassifier.Prediction[] held) {
        Map<String, int[]> gold = new TreeMap<>();
        Map<String, int[][]> counts = new TreeMap<>();
        for (int i = 0; i < held.length; i++) {
            String label = examples.get(i).label();
            if (!label.equals(RelationModel.NONE)) {
                gold.computeIfAbsent(RelationModel.kindOf(label), k -> new int[1])[0]++;
            }
            String[] top = RelationModel.likeliest(held[i]);
            double p = Double.parseDouble(top[1]);
            int[][] c = counts.computeIfAbsent(RelationModel.kindOf(top[0]), k -> new int[GRID.length][2]);
            for (int g = 0; g < GRID.length; g++) {
                if (p >= GRID[g]) {
                    c[g][1]++;
                    if (top[0].equals(label)) {
                        c[g][0]++;
                    }
                }
            }
        }
        Map<String, double[]> out = new TreeMap<>();
        gold.forEach((kind, n) -> {
            int[][] c = counts.get(kind);
            if (n[0] < MIN_PAIRS || c == null) {
                return;
            }
            double bestF = 0;
            int best = -1;
            for (int g = 0; g < GRID.length; g++) {
                double f = c[g][1] == 0 ? 0 : (1 + BETA2) * c[g][0] / (BETA2 * n[0] + c[g][1]);
                if (f > bestF + 1e-9 || best >= 0 && Math.abs(f - bestF) <= 1e-9 && f > 0
                        && Math.abs(GRID[g] - DEFAULT) < Math.abs(GRID[best] - DEFAULT)) {
                    bestF = f;
                    best = g;
                }
            }
            if (best >= 0) {
                double f1 = 2.0 * c[best][0] / (c[best][1] + n[0]);
                out.put(kind, new double[] {Math.round(GRID[best] * 1000) / 1000.0, f1, n[0]});
            }
        });
        return new RelationThresholds(out);
    }

    void save(Writer w) throws IOException {
        w.write("# kind\tthreshold\tcross-validated F1\tgold pairs (dramatis train; other kinds: " + DEFAULT + ")\n");
        for (Map.Entry<String, double[]> e : byKind.entrySet()) {
            double[] t = e.getValue();
            w.write(String.format(java.util.Locale.ROOT, "%s\t%.3f\t%.3f\t%d%n", e.getKey(), t[0], t[1], (int) t[2]));
        }
        w.flush();
    }

    static RelationThresholds load(InputStream in, String what) throws IOException {
        Map<String, double[]> out = new TreeMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int n = 0;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            try {
                double t = Double.parseDouble(f[1]);
                if (f.length != 4 || !(t > 0 && t < 1)) {
                    throw new NumberFormatException();
                }
                out.put(f[0], new double[] {t, Double.parseDouble(f[2]), Integer.parseInt(f[3])});
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new IOException(what + " line " + n + ": expected kind, a threshold between 0 and 1, F1 and pairs "
                        + "separated by tabs, got '" + line + "'");
            }
        }
        return new RelationThresholds(out);
    }

    /** One line per kind: "opposes 0.250 (F1 0.41 on 62 pairs)". */
    String describe() {
        StringBuilder s = new StringBuilder();
        byKind.forEach((k, t) -> s.append(String.format(java.util.Locale.ROOT, "%s%s %.2f (F1 %.2f on %d pairs)",
                s.length() == 0 ? "" : ", ", k, t[0], t[1], (int) t[2])));
        return s.length() == 0 ? "the default " + DEFAULT + " for every kind" : s.toString();
    }
}
