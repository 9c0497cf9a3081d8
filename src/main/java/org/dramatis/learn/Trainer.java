package org.dramatis.learn;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dramatis.corpus.Annotated;
import org.dramatis.corpus.AnnotationLoader;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.nlp.NlpService;

/**
 * Trains the event models from annotated articles: loads every {@code .ann.jsonl} under the given folders (a refused
 * annotation stops training, naming its file and line), annotates each text with the product's own NLP (caching the
 * annotations by content hash, so a second run costs seconds), builds the examples and fits the classifiers.
 * Deterministic: articles in path order, features and labels sorted, a solver without randomness. With a sentence
 * encoder ({@link #useEncoder}), trigger and modality examples also carry its vectors, each document encoded once.
 */
public final class Trainer {
    private final java.util.function.Supplier<NlpService> nlpSource;
    private NlpService nlp;
    private final Path cache;
    private final ObjectMapper json = new ObjectMapper();
    private SentenceEncoder encoder;
    /** Off by default: on dev the pair vector cost the relation model precision and fifty times its training time. */
    private boolean relationVectors;
    /** Off by default: whether the event check, too, reads the encoder's vectors of the event's sentence and trigger. */
    private boolean checkVectors;
    private double checkProposal = 0.3;
    private final Map<AnnotatedDocument, Encodings> encoded = new java.util.IdentityHashMap<>();

    /** @param cache folder for cached annotations, or null for none */
    public Trainer(java.util.function.Supplier<NlpService> nlp, Path cache) {
        this.nlpSource = nlp;
        this.cache = cache;
    }

    /** Trains the next models with the sentence encoder's vectors beside the sparse features. */
    public void useEncoder(SentenceEncoder encoder) {
        this.encoder = encoder;
        encoded.clear();
    }

    /**
     * Whether the relation model, too, takes the encoder's vectors ({@link Encodings#pair}) when there is an encoder;
     * off unless asked for.
     */
    public void relationVectors(boolean on) {
        this.relationVectors = on;
    }

    /** The trigger probability at which the models propose events to the event check (0.3 unless set). */
    public void checkProposal(double p) {
        this.checkProposal = p;
    }

    /** Whether the event check, too, takes the encoder's vectors when there is an encoder. */
    public void checkVectors(boolean on) {
        this.checkVectors = on;
    }

    /** The encoder's reading of {@code doc}, kept for the trainer's life (training and scoring read it again). */
    Encodings encodings(AnnotatedDocument doc) {
        return encoded.computeIfAbsent(doc, d -> new Encodings(encoder));
    }

    /** An article with its annotation by the NLP. */
    public record Pair(Annotated gold, AnnotatedDocument doc) {
    }

    /** Every annotated article under {@code roots}, in path order, annotated. */
    public List<Pair> load(List<Path> roots) throws IOException {
        List<Annotated> all = AnnotationLoader.loadAll(roots);
        // Articles not in the cache are annotated on every core (the NLP is thread-safe); the order stays the paths'.
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            List<java.util.concurrent.Future<AnnotatedDocument>> docs = new ArrayList<>();
            for (Annotated a : all) {
                docs.add(pool.submit(() -> annotate(a)));
            }
            List<Pair> out = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                out.add(new Pair(all.get(i), docs.get(i).get()));
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while annotating the articles", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private AnnotatedDocument annotate(Annotated a) throws IOException {
        String published = a.doc().published();
        LocalDate date = published != null && published.length() == 10 ? LocalDate.parse(published) : null;
        return annotate(a.text(), date);
    }

    /** CoreNLP's reading of {@code text}, from the cache when it holds it. */
    AnnotatedDocument annotate(String text, LocalDate date) throws IOException {
        Path cached = cache == null ? null : cache.resolve(
                hash(text + "\u0000" + date + "\u0000" + org.dramatis.nlp.CoreNlpAdapter.READING) + ".json");
        if (cached != null && Files.exists(cached)) {
            // An annotation cached before a repair was added gets it here (SutimeRepairs leaves a mended one as it is).
            return org.dramatis.nlp.SutimeRepairs.mend(json.readValue(cached.toFile(), AnnotatedDocument.class));
        }
        AnnotatedDocument doc = nlp().annotate(text, date);
        if (cached != null) {
            // Written beside, then moved in place: a run stopped halfway (or a second thread on the same text) never
            // leaves a truncated file for the next run to read.
            Files.createDirectories(cache);
            Path part = Files.createTempFile(cache, "annotation", ".part");
            json.writeValue(part.toFile(), doc);
            Files.move(part, cached, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        return doc;
    }

    private synchronized NlpService nlp() {
        if (nlp == null) {
            nlp = nlpSource.get();
        }
        return nlp;
    }

    /** The first {@code fraction} of the articles (at least one), for learning curves. */
    public static List<Pair> share(List<Pair> all, double fraction) {
        int n = Math.max(1, (int) Math.round(all.size() * fraction));
        return all.subList(0, Math.min(n, all.size()));
    }

    public static EventModels train(List<Pair> articles, double c, PrintWriter log) {
        try {
            return train(articles, List.of(), null, c, log);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Trains on the annotated articles and on the analysts' {@code verdicts} (each a labelled trigger or mention pair,
     * read from its stored document through this trainer's cached NLP).
     */
    public EventModels train(List<Pair> articles, List<org.dramatis.graph.VerdictQueries.Verdict> verdicts, double c,
                             PrintWriter log) throws IOException {
        return train(articles, verdicts, this, c, log);
    }

    private static EventModels train(List<Pair> articles, List<org.dramatis.graph.VerdictQueries.Verdict> verdicts,
                                     Trainer nlp, double c, PrintWriter log) throws IOException {
        Examples ex = nlp == null ? new Examples()
                : new Examples(nlp::encodings, nlp.encoder != null && nlp.relationVectors);
        articles.forEach(p -> ex.add(p.gold(), p.doc()));
        if (!verdicts.isEmpty()) {
            int used = VerdictExamples.add(ex, verdicts, text -> nlp.annotate(text, null));
            log.printf("%d of %d analysts' verdicts used as training examples%n", used, verdicts.size());
        }
        log.printf("%d articles: %d trigger candidates, %d gold events (%d triggers between tokens), %d argument pairs%n",
                articles.size(), ex.triggers.size(), ex.modalities.size(), ex.unplacedTriggers, ex.arguments.size());
        Map<String, Integer> pairs = new TreeMap<>();
        ex.relations.forEach(e -> pairs.merge(e.label().equals(RelationModel.NONE) ? e.label()
                : RelationModel.kindOf(e.label()), 1, Integer::sum));
        log.printf("relation training pairs per kind: %s%n", pairs);
        EventModels models = EventModels.train(ex, c, nlp == null ? null : nlp.encoder);
        log.println(models.describeSizes());
        return models;
    }

    /**
     * {@code models} with an event check and a fact check trained on what the extractor, rules and fold-trained models,
     * finds in {@code articles} ({@link CheckTrainer}); a check with nothing to learn is left out.
     */
    public EventModels withChecks(List<Pair> articles, EventModels models, double c, PrintWriter log) {
        return withChecks(articles, List.of(), 1, false, "both", models, c, log);
    }

    /**
     * As above, the checks also learning from {@code outsiders}, documents an {@code eval} gold file annotates, whose
     * claims count {@code weight} times; with {@code outsidersChoose} their claims alone choose the checks' thresholds;
     * {@code which} ("both", "events" or "facts") says which check learns from them.
     */
    public EventModels withChecks(List<Pair> articles, List<GoldArticle> outsiders, int weight, boolean outsidersChoose,
                                  String which, EventModels models, double c, PrintWriter log) {
        if (!List.of("both", "events", "facts").contains(which)) {
            throw new IllegalArgumentException("which check learns from the gold files: both, events or facts, not " + which);
        }
        CheckTrainer.Checks checks = CheckTrainer.train(articles, outsiders, weight, outsidersChoose,
                !which.equals("facts"), !which.equals("events"), c, checkProposal,
                encoder != null && checkVectors ? this::encodings : null, log);
        return models.withCheck(checks.events()).withFactCheck(checks.facts()).withBodyChooser(checks.bodies());
    }

    /** The product's NLP, reading from and writing to this trainer's cache. */
    public NlpService cachedNlp() {
        return (text, date) -> {
            try {
                return annotate(text, date);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
    }

    /**
     * Precision, recall and F1 of the trigger model against held-out gold, per event type and overall: a found event
     * is right when its trigger word is the head of a gold trigger of the same type. Also the modality accuracy on the
     * gold triggers.
     */
    public static Map<String, int[]> score(EventModels models, List<Pair> heldOut, double threshold, PrintWriter out) {
        return score(models, heldOut, threshold, out, doc -> models.encodings());
    }

    /** As above, reading each held-out document through this trainer's encoder (kept between calls). */
    public Map<String, int[]> scoreWith(EventModels models, List<Pair> heldOut, double threshold, PrintWriter out) {
        return score(models, heldOut, threshold, out, models.usesEncoder() ? this::encodings : doc -> models.encodings());
    }

    /**
     * Precision, recall and F1 of the relation model per relation kind on the held-out articles' gold mention pairs
     * ({@link RelationScores}), reading each document through this trainer's encoder.
     */
    public Map<String, int[]> scoreRelations(EventModels models, List<Pair> heldOut, double threshold, PrintWriter out) {
        return RelationScores.score(models.relations(), heldOut, threshold, out,
                models.relations().usesEncoder() ? this::encodings : doc -> models.encodings());
    }

    static Map<String, int[]> score(EventModels models, List<Pair> heldOut, double threshold, PrintWriter out,
                                            java.util.function.Function<AnnotatedDocument, Encodings> encodings) {
        Map<String, int[]> byType = new TreeMap<>();
        int modalityRight = 0;
        int modalityTotal = 0;
        for (Pair p : heldOut) {
            Encodings enc = encodings.apply(p.doc());
            List<String> gold = new ArrayList<>();
            for (Annotated.Event e : p.gold().events()) {
                int[] at = Examples.tokens(p.doc(), e.trigger());
                if (at == null) {
                    continue;
                }
                Parse parse = new Parse(p.doc().sentences().get(at[0]));
                int head = parse.headOf(at[1], at[2]);
                gold.add(at[0] + ":" + head + ":" + e.type());
                byType.computeIfAbsent(e.type().name(), k -> new int[3])[2]++;
                modalityTotal++;
                String read = models.modalityAt(p.doc().sentences().get(at[0]), head, enc).label();
                if (read.equals(e.mod().name().toLowerCase(java.util.Locale.ROOT))) {
                    modalityRight++;
                }
            }
            for (EventModels.Found f : models.find(p.doc(), List.of(), threshold, enc)) {
                int[] counts = byType.computeIfAbsent(f.type().name(), k -> new int[3]);
                counts[1]++;
                if (gold.contains(f.sentence() + ":" + f.token() + ":" + f.type())) {
                    counts[0]++;
                }
            }
        }
        int[] all = new int[3];
        out.printf("%-12s %-15s %-15s %s%n", "event type", "precision", "recall", "F1");
        byType.forEach((type, c) -> {
            row(out, type, c);
            for (int i = 0; i < 3; i++) {
                all[i] += c[i];
            }
        });
        row(out, "all", all);
        out.printf("modality accuracy on gold triggers: %d/%d%n", modalityRight, modalityTotal);
        byType.put("all", all);
        return byType;
    }

    private static void row(PrintWriter out, String label, int[] c) {
        double p = c[1] == 0 ? 0 : c[0] / (double) c[1];
        double r = c[2] == 0 ? 0 : c[0] / (double) c[2];
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        out.printf("%-12s %5.3f %-9s %5.3f %-9s %5.3f%n", label, p, c[0] + "/" + c[1], r, c[0] + "/" + c[2], f);
    }

    private static String hash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)))
                    .substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
