package org.dramatis.learn;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dramatis.extract.EventClaim;
import org.dramatis.extract.Extraction;
import org.dramatis.extract.Extractor;

/**
 * Trains the {@link EventCheck} on what the extractor finds in the training articles, honestly: the articles fall in
 * {@link #FOLDS} folds, and each fold's events come from the rules and from event models trained on the other folds
 * only (models that saw an article find its events too well to teach what goes wrong on unseen text). The fold
 * models read the sparse features only: five fits of the trigger model with the encoder's vectors would take most of
 * an hour on two cores, the sparse ones take about a minute each; they find fewer events than the shipped models, of
 * the same kinds. Each counted
 * event (asserted or alleged) becomes an example labelled right or wrong against the article's gold
 * ({@link EventLabels}). The threshold is chosen on the same folds a second time: the check trained on four folds'
 * events scores the fifth's, and the threshold with the best F1 (precision over the kept events, recall over the gold
 * events) wins. Deterministic: folds by article order, the solver without randomness.
 */
final class EventCheckTrainer {
    static final int FOLDS = 5;
    /** Inverse regularisation of the check: its examples are few (thousands), its features many. */
    static final double C = 0.5;
    private static final double[] THRESHOLDS = {0, 0.1, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8};

    private EventCheckTrainer() {
    }

    /** A labelled event: its features, its fold, and the gold event it recovers ("doc#index"), or null. */
    private record Labelled(LinearClassifier.Example example, int fold, String recovers) {
    }

    /**
     * The check (null when every event found is right, or every one wrong) for events found with {@code full}'s
     * relation model and fold-trained event models.
     *
     * @param c         the event models' regularisation (as for the shipped ones)
     * @param encodings the encoder's reading of each article, for a check that takes its vectors; null for none
     * @param proposal  the trigger probability at which the fold models propose events
     */
    static EventCheck train(List<Trainer.Pair> articles, EventModels full, double c, double proposal,
                            java.util.function.Function<org.dramatis.nlp.AnnotatedDocument, Encodings> encodings,
                            PrintWriter log) {
        List<Labelled> labelled = new ArrayList<>();
        int gold = 0;
        Extractor rules = new Extractor();
        for (int k = 0; k < FOLDS; k++) {
            Examples ex = new Examples();
            for (int i = 0; i < articles.size(); i++) {
                if (i % FOLDS != k) {
                    ex.add(articles.get(i).gold(), articles.get(i).doc());
                }
            }
            EventModels fold = new EventModels(LinearClassifier.train(ex.triggers, c, 2),
                    LinearClassifier.train(ex.modalities, c, 1), LinearClassifier.train(ex.arguments, c, 1),
                    full.relations(), null);
            HybridExtractor extractor = new HybridExtractor(rules, fold, HybridExtractor.Mode.BOTH, proposal);
            for (int i = k; i < articles.size(); i += FOLDS) {
                Trainer.Pair p = articles.get(i);
                EventLabels labels = new EventLabels(p.gold());
                gold += labels.count();
                String published = p.gold().doc().published();
                LocalDate date = published != null && published.length() == 10 ? LocalDate.parse(published) : null;
                Extraction x = extractor.extract(p.doc(), date, p.gold().docId());
                for (EventClaim e : x.events()) {
                    if (!e.modality().countsAsFact()) {
                        continue;
                    }
                    int match = labels.match(e, x.mentions());
                    List<String> f = EventCheck.features(p.doc(), x.mentions(), e, x.events());
                    float[] v = encodings == null ? null : EventCheck.vector(p.doc(), e, encodings.apply(p.doc()));
                    labelled.add(new Labelled(new LinearClassifier.Example(f, v, match >= 0 ? EventCheck.RIGHT : EventCheck.WRONG),
                            k, match >= 0 ? i + "#" + match : null));
                }
            }
        }
        long right = labelled.stream().filter(l -> l.recovers() != null).count();
        log.printf("event check: %d events found in %d training articles by cross-fitted models, %d right; %d gold events%n",
                labelled.size(), articles.size(), right, gold);
        if (right == 0 || right == labelled.size()) {
            log.println("event check: not trained, its examples have one label only");
            return null;
        }
        double threshold = choose(labelled, gold, log);
        LinearClassifier all = LinearClassifier.train(labelled.stream().map(Labelled::example).toList(), C, 2);
        return new EventCheck(all, threshold, proposal);
    }

    /** The threshold with the best F1 on held-out folds; prints the precision-recall table. */
    private static double choose(List<Labelled> labelled, int gold, PrintWriter log) {
        double[] held = new double[labelled.size()];
        for (int k = 0; k < FOLDS; k++) {
            int fold = k;
            List<LinearClassifier.Example> rest = labelled.stream().filter(l -> l.fold() != fold).map(Labelled::example).toList();
            LinearClassifier check = LinearClassifier.train(rest, C, 2);
            for (int i = 0; i < held.length; i++) {
                if (labelled.get(i).fold() == k) {
                    LinearClassifier.Example x = labelled.get(i).example();
                    held[i] = check.predict(x.features(), x.vector()).of(EventCheck.RIGHT);
                }
            }
        }
        double best = 0;
        double bestF = -1;
        log.println("event check over its threshold (held-out folds; recall over the training gold events):");
        for (double t : THRESHOLDS) {
            int kept = 0;
            int right = 0;
            Set<String> recovered = new HashSet<>();
            for (int i = 0; i < held.length; i++) {
                if (held[i] >= t) {
                    kept++;
                    String r = labelled.get(i).recovers();
                    if (r != null) {
                        right++;
                        recovered.add(r);
                    }
                }
            }
            double p = kept == 0 ? 0 : right / (double) kept;
            double r = gold == 0 ? 0 : recovered.size() / (double) gold;
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            log.printf("  threshold %.2f: kept %d, precision %.3f, recall %.3f, F1 %.3f%n", t, kept, p, r, f);
            if (f > bestF + 1e-9) {
                bestF = f;
                best = t;
            }
        }
        log.printf("event check threshold: %.2f%n", best);
        return best;
    }
}
