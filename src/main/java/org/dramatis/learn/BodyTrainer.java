package org.dramatis.learn;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.dramatis.extract.Extraction;
import org.dramatis.extract.FactClaim;
import org.dramatis.nlp.AnnotatedDocument;

/**
 * Trains the {@link BodyChooser} in the checks' cross-fitted pass ({@link CheckTrainer}): each post the chooser has a
 * say on, found in a held-out fold, becomes one example per candidate body, labelled by the article's gold as {@code eval}
 * matches; the threshold is the one that, on held-out folds, leaves the most posts with a right body less those with a
 * wrong one.
 */
final class BodyTrainer {
    private BodyTrainer() {
    }

    /**
     * A post the {@link BodyChooser} has a say on, found in fold {@code fold}: one example per candidate body, labelled
     * right when the post with that body recovers a gold fact; {@code current} is the rules' body among them (-1: none).
     */
    record Case(int fold, List<LinearClassifier.Example> examples, int current, int weight) {
        boolean right(int i) {
            return i >= 0 && examples.get(i).label().equals(EventCheck.RIGHT);
        }
    }

    /** The posts of {@code x} whose body the chooser picks, each with its candidates labelled. */
    static void cases(AnnotatedDocument doc, Extraction x, ClaimLabels labels, int k, int weight, List<Case> out) {
        BodyChooser.Names names = new BodyChooser.Names(x.mentions());
        for (FactClaim f : x.facts()) {
            if (!BodyChooser.chooses(f, x.mentions())) {
                continue;
            }
            List<LinearClassifier.Example> examples = new ArrayList<>();
            int current = -1;
            for (int c : BodyChooser.candidates(x.mentions(), names, f)) {
                boolean right = labels.match(f.withBody(c, f.value())) >= 0;
                current = c == f.object() ? examples.size() : current;
                examples.add(new LinearClassifier.Example(BodyChooser.features(doc, x.mentions(), names, f, c), null,
                        right ? EventCheck.RIGHT : EventCheck.WRONG));
            }
            if (!examples.isEmpty()) {
                out.add(new Case(k, examples, current, weight));
            }
        }
    }

    /**
     * The post-body chooser trained on every case, with the threshold that, on held-out folds, leaves the most posts
     * with a right body less those with a wrong one (a post left without a body is neither); null when its examples have
     * one label only.
     */
    static BodyChooser fit(List<Case> cases, PrintWriter log) {
        long right = cases.stream().flatMap(b -> b.examples().stream()).filter(e -> e.label().equals(EventCheck.RIGHT)).count();
        long reachable = cases.stream().filter(b -> b.examples().stream().anyMatch(e -> e.label().equals(EventCheck.RIGHT))).count();
        log.printf("post bodies: %d posts without a stated body, %d candidates, %d right ones; %d posts have a right"
                + " candidate%n", cases.size(), cases.stream().mapToInt(b -> b.examples().size()).sum(), right, reachable);
        if (right == 0 || cases.isEmpty()) {
            log.println("post bodies: not trained, no candidate is right");
            return null;
        }
        int[] best = new int[cases.size()];
        double[] bestP = new double[cases.size()];
        for (int k = 0; k < CheckTrainer.FOLDS; k++) {
            int fold = k;
            LinearClassifier c = LinearClassifier.train(examples(cases, fold), CheckTrainer.C, 2);
            for (int i = 0; i < cases.size(); i++) {
                Case b = cases.get(i);
                if (b.fold() != fold) {
                    continue;
                }
                best[i] = -1;
                bestP[i] = -1;
                for (int j = 0; j < b.examples().size(); j++) {
                    double p = c.predict(b.examples().get(j).features(), null).of(EventCheck.RIGHT);
                    if (p > bestP[i]) {
                        best[i] = j;
                        bestP[i] = p;
                    }
                }
            }
        }
        log.println("post bodies over the threshold (held-out folds; the rules alone at 'rules'):");
        double chosen = Double.POSITIVE_INFINITY;
        int bestNet = Integer.MIN_VALUE;
        for (double t : new double[] {Double.POSITIVE_INFINITY, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1}) {
            int[] counts = new int[3]; // right, wrong, changed
            for (int i = 0; i < cases.size(); i++) {
                Case b = cases.get(i);
                int pick = bestP[i] >= t && best[i] != b.current() ? best[i] : b.current();
                counts[2] += pick != b.current() ? b.weight() : 0;
                if (b.right(pick)) {
                    counts[0] += b.weight();
                } else if (pick >= 0) {
                    counts[1] += b.weight();
                }
            }
            log.printf("  %-5s right %d, wrong %d, changed %d%n", Double.isInfinite(t) ? "rules" : String.format("%.2f", t),
                    counts[0], counts[1], counts[2]);
            if (counts[0] - counts[1] > bestNet) {
                bestNet = counts[0] - counts[1];
                chosen = t;
            }
        }
        if (Double.isInfinite(chosen)) {
            log.println("post bodies: the rules alone do best on held-out folds; no chooser");
            return null;
        }
        log.printf("post bodies threshold: %.2f%n", chosen);
        return new BodyChooser(LinearClassifier.train(examples(cases, -1), CheckTrainer.C, 2), chosen);
    }

    private static List<LinearClassifier.Example> examples(List<Case> cases, int leftOut) {
        List<LinearClassifier.Example> out = new ArrayList<>();
        for (Case b : cases) {
            if (b.fold() != leftOut) {
                for (int w = 0; w < b.weight(); w++) {
                    out.addAll(b.examples());
                }
            }
        }
        return out;
    }
}
