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
 * matches; each threshold (posts the title gave no body, posts whose body it stated) is the one that, on held-out folds,
 * leaves the most such posts with a right body less those with a wrong one.
 */
final class BodyTrainer {
    private BodyTrainer() {
    }

    /**
     * A post the {@link BodyChooser} has a say on, found in fold {@code fold}: one example per candidate body, labelled
     * right when the post with that body recovers a gold fact; {@code current} is the rules' body among them (-1: none);
     * {@code stated}: the title stated that body.
     */
    record Case(int fold, List<LinearClassifier.Example> examples, int current, int weight, boolean stated) {
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
                out.add(new Case(k, examples, current, weight, BodyChooser.stated(f)));
            }
        }
    }

    /**
     * The post-body chooser: one classifier for the posts the title gave no body and one for those whose body it stated,
     * each trained on its own posts with the threshold that, on held-out folds, leaves the most of them with a right body
     * less those with a wrong one (a post left without a body is neither); null when the first pays nothing.
     */
    static BodyChooser fit(List<Case> all, PrintWriter log) {
        BodyChooser bodiless = fit(all, false, log);
        BodyChooser stated = fit(all, true, log);
        if (bodiless == null) {
            return null; // the stated bodies' classifier alone would leave the commoner case to the rules
        }
        return stated == null ? bodiless : bodiless.withStated(stated.classifier(), stated.threshold());
    }

    /**
     * The chooser of the posts whose body the title stated ({@code stated}) or of the others, trained on those posts
     * alone, with the threshold that leaves the most of them with a right body less those with a wrong one on held-out
     * folds; null when no candidate is right or the rules alone do best.
     */
    private static BodyChooser fit(List<Case> all, boolean stated, PrintWriter log) {
        String what = stated ? "post bodies the title stated" : "post bodies the title did not state";
        List<Case> cases = all.stream().filter(b -> b.stated() == stated).toList();
        long right = cases.stream().flatMap(b -> b.examples().stream()).filter(e -> e.label().equals(EventCheck.RIGHT)).count();
        long reachable = cases.stream().filter(b -> b.examples().stream().anyMatch(e -> e.label().equals(EventCheck.RIGHT))).count();
        log.printf("%s: %d posts, %d candidates, %d right ones; %d posts have a right candidate%n", what, cases.size(),
                cases.stream().mapToInt(b -> b.examples().size()).sum(), right, reachable);
        if (right == 0 || cases.isEmpty()) {
            log.println(what + ": not trained, no candidate is right");
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
        log.println(what + " over the threshold (held-out folds; the rules alone at 'rules'):");
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
            log.println(what + ": the rules alone do best on held-out folds; no chooser");
            return null;
        }
        log.printf("%s threshold: %.2f%n", what, chosen);
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
