package org.dramatis.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dramatis.app.DocumentOutcome;
import org.dramatis.app.Dramatis;
import org.dramatis.app.ProcessedDocument;
import org.dramatis.app.Rejection;
import org.dramatis.eval.GoldNames;
import org.dramatis.eval.Gold;
import org.dramatis.eval.GoldReader;
import org.dramatis.ingest.DocumentReader;
import org.dramatis.ingest.GivenMetadata;
import org.dramatis.ingest.InputCollector;
import org.dramatis.ingest.RejectedInput;
import org.dramatis.ingest.SourceDocument;
import org.dramatis.learn.EventModels;
import org.dramatis.learn.GoldArticle;
import org.dramatis.learn.Trainer;
import org.dramatis.nlp.CoreNlpAdapter;
import org.dramatis.nlp.NlpService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "train", description = "Train the learned event models and the name match model from span-annotated articles (docs/annotation.md).",
        footerHeading = "%nExamples:%n", footer = {"  dramatis train                                   # corpus/train -> src/main/resources/dramatis/models",
                "  dramatis train --eval corpus/dev                 # also score the models on the dev split",
                "  dramatis train --corpus my-articles --out models  # your own annotated articles",
                "  dramatis train --only match                      # the name match model alone, in seconds"})
final class TrainCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus/train",
            description = "Folders of annotated articles to train on (default corpus/train)")
    List<Path> corpus;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "src/main/resources/dramatis/models",
            description = "Where the model files go (default: the sources, so the next build ships them)")
    Path out;

    @Option(names = "--eval", paramLabel = "DIR", description = "Held-out annotated articles to score the models on")
    List<Path> eval;

    @Option(names = "--fraction", paramLabel = "F", defaultValue = "1.0",
            description = "Train on the first share of the articles (0..1), for a learning curve")
    double fraction;

    @Option(names = "--c", paramLabel = "C", defaultValue = "2",
            description = "Inverse regularisation strength (default 2: best trigger F1 on dev among 0.5 and 2 at 301 articles)")
    double c;

    @Option(names = "--threshold", paramLabel = "P", defaultValue = "0.5", description = "Event probability threshold for --eval")
    double threshold;

    @Option(names = "--cache", paramLabel = "DIR", defaultValue = "target/nlp-cache",
            description = "Cache of the articles' language analysis (default target/nlp-cache)")
    Path cache;

    @Option(names = "--encoder", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Give the trigger and modality models the frozen sentence encoder's vectors beside their "
                    + "sparse features (all-MiniLM-L6-v2, shipped in the jar; default on: trigger F1 on dev 0.474 -> "
                    + "0.512); --no-encoder for sparse features only")
    boolean encoder;

    @Option(names = "--relation-encoder", negatable = true, defaultValue = "false", fallbackValue = "true",
            description = "With the encoder, give the relation model its pair vector too (the sentence, both mentions, "
                    + "their product, the words between; default off: on dev it lowered relation precision at 0.5 from "
                    + "0.73 to 0.68 and F1 from 0.550 to 0.537, and took 14 minutes to train instead of 17 seconds)")
    boolean relationEncoder;

    @Option(names = "--with-verdicts", paramLabel = "DATA",
            description = "Also learn from the facts and events analysts confirmed or rejected in this store")
    Path verdicts;

    @Option(names = "--only", paramLabel = "MODELS", defaultValue = "all",
            description = "Which models to train: all (default), events (the event and relation models and the event "
                    + "and fact checks), check (the two checks alone, for the models already in --out: after the rules "
                    + "changed), or match (the name match model alone: no language analysis, seconds)")
    String only;

    @Option(names = "--event-check", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Train the event and fact checks that drop extracted events and facts unlikely to be ones "
                    + "the annotators list (cross-validated on the training articles; default on)")
    boolean eventCheck;

    @Option(names = "--check-encoder", negatable = true, defaultValue = "false", fallbackValue = "true",
            description = "With the encoder, give the event check the vectors of the event's sentence and trigger word "
                    + "too (default off)")
    boolean checkEncoder;

    @Option(names = "--check-proposal", paramLabel = "P", defaultValue = "0.3",
            description = "The trigger probability at which the models propose events to the event check, in training "
                    + "and in use (default 0.3: cross-validated F1 on train 0.493, 0.481 at 0.5; dev events F1 0.708, "
                    + "0.699 at 0.5)")
    double checkProposal;

    @Option(names = "--check-gold", paramLabel = "DIR",
            description = "Corpora annotated by an eval gold file (DIR/gold.json beside DIR/articles, as "
                    + "examples/heldout3) that the event and fact checks learn from too, each document read as ingest "
                    + "reads it: text written by other hands than the training articles' (default none; "
                    + "@examples/check-gold.args gives the corpora written for it)")
    List<Path> checkGold;

    @Option(names = "--check-gold-weight", paramLabel = "N", defaultValue = "1",
            description = "How many times a claim found in a --check-gold document counts among the checks' training "
                    + "examples (default 1)")
    int checkGoldWeight;

    @Option(names = "--check-threshold-on", paramLabel = "CLAIMS", defaultValue = "all",
            description = "Which claims choose the checks' thresholds: all (default: the training articles' and the "
                    + "--check-gold documents') or outsiders (the --check-gold documents' alone, text like what the "
                    + "product meets)")
    String checkThresholdOn;

    @Option(names = "--check-gold-for", paramLabel = "CHECKS", defaultValue = "both",
            description = "Which check learns from the --check-gold corpora: both (default), events or facts")
    String checkGoldFor;

    @Option(names = "--match-c", paramLabel = "C", defaultValue = "1",
            description = "Inverse regularisation strength of the match model (default 1)")
    double matchC;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter log = spec.commandLine().getOut();
        if (!List.of("all", "outsiders").contains(checkThresholdOn)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--check-threshold-on: expected all or outsiders, got '" + checkThresholdOn + "'");
        }
        if (!List.of("both", "events", "facts").contains(checkGoldFor)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--check-gold-for: expected both, events or facts, got '" + checkGoldFor + "'");
        }
        if (checkGoldWeight < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--check-gold-weight: expected 1 or more, got " + checkGoldWeight);
        }
        if (checkThresholdOn.equals("outsiders") && (checkGold == null || checkGold.isEmpty())) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--check-threshold-on outsiders needs --check-gold corpora");
        }
        for (Path dir : checkGold == null ? List.<Path>of() : checkGold) {
            if (!Files.isRegularFile(dir.resolve("gold.json")) || !Files.isDirectory(dir.resolve("articles"))) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--check-gold: " + dir
                        + " holds no gold.json beside an articles folder");
            }
        }
        if (!List.of("all", "events", "check", "match").contains(only)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--only: expected all, events, check or match, got '" + only + "'");
        }
        if (only.equals("all") || only.equals("match")) {
            org.dramatis.resolve.MatchModel match = org.dramatis.resolve.MatchTrainer.train(corpus, matchC,
                    org.dramatis.resolve.NameKeys.load(), log);
            match.save(out);
            log.println("wrote the match model to " + out.resolve(org.dramatis.resolve.MatchModel.FILE).toAbsolutePath());
            if (only.equals("match")) {
                log.flush();
                return ExitCodes.OK;
            }
        }
        Trainer trainer = new Trainer(CoreNlpAdapter::create, cache);
        if (encoder) {
            trainer.useEncoder(org.dramatis.learn.SentenceEncoder.bundled());
        }
        trainer.relationVectors(relationEncoder);
        trainer.checkVectors(checkEncoder);
        trainer.checkProposal(checkProposal);
        List<Trainer.Pair> articles = Trainer.share(trainer.load(corpus), fraction);
        List<org.dramatis.graph.VerdictQueries.Verdict> judged = List.of();
        if (verdicts != null) {
            if (!java.nio.file.Files.isRegularFile(verdicts.resolve("dramatis.db"))) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--with-verdicts: no Dramatis store in "
                        + verdicts.toAbsolutePath() + ": give the --data folder the analysts corrected");
            }
            org.dramatis.graph.Database db = org.dramatis.graph.Database.open(verdicts);
            judged = new org.dramatis.graph.VerdictQueries(db).all();
        }
        EventModels models = only.equals("check") ? EventModels.load(out) : trainer.train(articles, judged, c, log);
        if (eventCheck || only.equals("check")) {
            List<GoldArticle> outsiders = checkGold == null ? List.of() : goldArticles(checkGold, trainer.cachedNlp());
            models = trainer.withChecks(articles, outsiders, checkGoldWeight, checkThresholdOn.equals("outsiders"),
                    checkGoldFor, models, c, log);
        }
        models.save(out);
        log.println("wrote the event models to " + out.toAbsolutePath());
        if (eval != null && !eval.isEmpty()) {
            List<Trainer.Pair> heldOut = trainer.load(eval);
            EventModels trained = models;
            trainer.scoreWith(trained, heldOut, threshold, log);
            log.println("precision and recall over the event threshold:");
            curve(log, new double[] {0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8},
                    t -> trainer.scoreWith(trained, heldOut, t, new PrintWriter(java.io.Writer.nullWriter())));
            trainer.scoreRelations(trained, heldOut, threshold, log);
            log.println("relations: precision and recall over the threshold:");
            curve(log, new double[] {0.3, 0.5, 0.7},
                    t -> trainer.scoreRelations(trained, heldOut, t, new PrintWriter(java.io.Writer.nullWriter())));
        }
        log.flush();
        return ExitCodes.OK;
    }

    /**
     * The documents of each corpus in {@code dirs} (its {@code articles} folder, annotated by its {@code gold.json}), in
     * path order, each read as ingest reads it with the extractor the checks' training gives.
     */
    private List<GoldArticle> goldArticles(List<Path> dirs, NlpService nlp) {
        List<GoldArticle> out = new java.util.ArrayList<>();
        DocumentReader reader = new DocumentReader();
        // One processor (and within-document clusterer) per extractor the checks' training reads with.
        java.util.Map<org.dramatis.extract.ClaimExtractor, org.dramatis.app.DocumentProcessor> processors =
                java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
        for (int corpus = 0; corpus < dirs.size(); corpus++) {
            Path dir = dirs.get(corpus);
            Path articles = dir.resolve("articles");
            Gold gold = GoldReader.read(dir.resolve("gold.json"));
            InputCollector.Collected collected = new InputCollector().collect(List.of(articles));
            collected.problems().forEach(p -> spec.commandLine().getErr().println("--check-gold: skipped " + p));
            for (Path file : collected.files()) {
                List<SourceDocument> docs;
                try {
                    docs = reader.read(file);
                } catch (RejectedInput e) {
                    spec.commandLine().getErr().println("--check-gold: skipped " + file + ": " + e.getMessage());
                    continue;
                }
                for (SourceDocument d : docs) {
                    String name = dir + ": " + d.name();
                    out.add(new GoldArticle(name, corpus, gold, GoldNames.goldDocId(d.name()), extractor -> {
                        DocumentOutcome o = processors.computeIfAbsent(extractor, x -> Dramatis.processor(nlp, x))
                                .outcome(d, GivenMetadata.NONE);
                        if (o instanceof ProcessedDocument p) {
                            return new GoldArticle.Reading(p.annotated(), p.extraction(), p.clusters());
                        }
                        throw new IllegalStateException(name + ": " + ((Rejection) o).message());
                    }));
                }
            }
            spec.commandLine().getOut().printf("--check-gold: %s, %d documents%n", dir,
                    out.stream().filter(g -> g.name().startsWith(dir + ": ")).count());
        }
        return out;
    }

    /** One line per threshold: the precision and recall of all found items ({right, found, gold} under "all"). */
    private static void curve(PrintWriter log, double[] thresholds,
                              java.util.function.DoubleFunction<java.util.Map<String, int[]>> score) {
        for (double t : thresholds) {
            int[] all = score.apply(t).get("all");
            log.printf("  threshold %.1f: precision %.3f (%d/%d), recall %.3f (%d/%d)%n", t,
                    all[1] == 0 ? 0 : all[0] / (double) all[1], all[0], all[1], all[2] == 0 ? 0 : all[0] / (double) all[2],
                    all[0], all[2]);
        }
    }
}
