package org.dramatis.app;

import java.util.function.Supplier;
import org.dramatis.auth.Accounts;
import org.dramatis.extract.Extractor;
import org.dramatis.graph.AccountRepository;
import org.dramatis.graph.Database;
import org.dramatis.graph.DocumentStore;
import org.dramatis.graph.DecisionRepository;
import org.dramatis.graph.EntityRepository;
import org.dramatis.graph.ResolutionState;
import org.dramatis.graph.EventQueries;
import org.dramatis.graph.GraphQueries;
import org.dramatis.ingest.DocumentReader;
import org.dramatis.ingest.InputCollector;
import org.dramatis.nlp.CoreNlpAdapter;
import org.dramatis.nlp.NlpService;
import org.dramatis.resolve.DocumentClusterer;
import org.dramatis.search.SearchService;

/**
 * The composition root: every service wired by hand from one {@link Config}. CoreNLP is built on first use, so
 * commands that only read (serve, export, eval) start in a second.
 */
public final class Dramatis implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Dramatis.class);

    private final Config config;
    private final Database db;
    private final DocumentStore documents;
    private final EntityRepository entities;
    private final DecisionRepository decisions;
    private final ResolutionState resolutionState;
    private final GraphQueries graph;
    private final EventQueries events;
    private final ResolverFactory resolvers;
    private final Resolution resolution;
    private final Corrections corrections;
    private final Accounts accounts;
    private final Supplier<NlpService> nlp;
    private IngestPipeline pipeline;
    private SearchService search;

    private Dramatis(Config config, Supplier<NlpService> nlp) {
        this.config = config;
        this.db = config.db() == null ? Database.open(config.dataDir()) : Database.open(config.db(), config.dataDir());
        this.documents = new DocumentStore(db);
        this.entities = new EntityRepository(db);
        this.decisions = new DecisionRepository(db);
        this.resolutionState = new ResolutionState(db);
        this.graph = new GraphQueries(db);
        this.events = new EventQueries(db);
        this.resolvers = new ResolverFactory(config.dataDir(), decisions);
        this.resolution = new Resolution(db, resolvers::create, resolvers::clusterer, resolvers::fingerprint,
                () -> indexSafely(() -> search().onActorsChanged()));
        this.corrections = new Corrections(decisions, entities, resolutionState, graph, resolution,
                new org.dramatis.graph.ClaimVerdicts(db));
        this.accounts = new Accounts(new AccountRepository(db));
        this.nlp = nlp;
    }

    /** Opens the data directory with the real CoreNLP pipeline, loaded lazily. */
    public static Dramatis open(Config config) {
        return new Dramatis(config, new Lazy<>(CoreNlpAdapter::create));
    }

    /** Opens the data directory with a given NLP service (tests use a small fake). */
    public static Dramatis open(Config config, NlpService nlp) {
        return new Dramatis(config, () -> nlp);
    }

    /** Opens the data directory with an NLP service built by {@code nlp} when a document first needs it. */
    static Dramatis open(Config config, Supplier<NlpService> nlp) {
        return new Dramatis(config, new Lazy<>(nlp));
    }

    public Config config() {
        return config;
    }

    public Database database() {
        return db;
    }

    public GraphQueries graph() {
        return graph;
    }

    public EventQueries events() {
        return events;
    }

    public EntityRepository entities() {
        return entities;
    }

    public DecisionRepository decisions() {
        return decisions;
    }

    public ResolutionState resolutionState() {
        return resolutionState;
    }

    public Corrections corrections() {
        return corrections;
    }

    /** The workbench's accounts, stored beside the graph. */
    public Accounts accounts() {
        return accounts;
    }

    public ResolverFactory resolvers() {
        return resolvers;
    }

    /** The search index beside the database, opened (and rebuilt if missing) on first use. */
    public synchronized SearchService search() {
        if (search == null) {
            search = SearchService.open(config.indexDir(), graph, db);
        }
        return search;
    }

    /**
     * The extractor ingest uses: the rules, with the bundled learned event models when the jar ships them. The
     * environment variable {@code DRAMATIS_EXTRACTOR} chooses {@code rules}, {@code models} (models name the events) or
     * {@code both} (the default); {@code DRAMATIS_THRESHOLD} is the probability a learned event or fact needs (0.5);
     * {@code DRAMATIS_EVENT_CHECK}, {@code DRAMATIS_FACT_CHECK} and {@code DRAMATIS_POST_BODIES} switch the event and
     * fact checks and the post-body chooser off or set their thresholds ({@link #eventCheck}, {@link #factCheck},
     * {@link #postBodies}).
     * The system property {@code dramatis.rules.off} or the variable {@code DRAMATIS_RULES_OFF} switches rules off.
     */
    public static org.dramatis.extract.ClaimExtractor extractor() {
        return extractorFactory(org.dramatis.lexicon.LexiconFiles.bundled()).get();
    }

    /**
     * Reads and checks the environment at once (a wrong value fails the command before any file is read) and gives
     * the extractor it names, built at the first call: the learned models are loaded only when a document needs them.
     * The rules read the data files {@code files} carries (the bundled ones and the user's).
     */
    private static Supplier<org.dramatis.extract.ClaimExtractor> extractorFactory(org.dramatis.lexicon.LexiconFiles files) {
        try {
            Extractor.checkRulesOff();
        } catch (IllegalArgumentException e) {
            throw new org.dramatis.model.DramatisException(e.getMessage());
        }
        String chosen = System.getenv().getOrDefault("DRAMATIS_EXTRACTOR", "both").strip().toUpperCase(java.util.Locale.ROOT);
        org.dramatis.learn.HybridExtractor.Mode mode;
        try {
            mode = org.dramatis.learn.HybridExtractor.Mode.valueOf(chosen);
        } catch (IllegalArgumentException e) {
            throw new org.dramatis.model.DramatisException("DRAMATIS_EXTRACTOR is '" + chosen.toLowerCase(java.util.Locale.ROOT)
                    + "': use rules, models or both");
        }
        if (mode == org.dramatis.learn.HybridExtractor.Mode.RULES) {
            return new Lazy<>(() -> new Extractor(org.dramatis.extract.Lexicons.load(files)));
        }
        String threshold = System.getenv().getOrDefault("DRAMATIS_THRESHOLD", "0.5");
        double p;
        try {
            p = Double.parseDouble(threshold);
        } catch (NumberFormatException e) {
            p = -1;
        }
        if (!(p >= 0 && p <= 1)) {
            throw new org.dramatis.model.DramatisException("DRAMATIS_THRESHOLD is '" + threshold + "': give a probability from 0 to 1");
        }
        double probability = p;
        java.util.function.UnaryOperator<org.dramatis.learn.EventModels> eventCheck = eventCheck(System.getenv("DRAMATIS_EVENT_CHECK"));
        java.util.function.UnaryOperator<org.dramatis.learn.EventModels> factCheck = factCheck(System.getenv("DRAMATIS_FACT_CHECK"));
        java.util.function.UnaryOperator<org.dramatis.learn.EventModels> bodies = postBodies(System.getenv("DRAMATIS_POST_BODIES"));
        java.util.function.UnaryOperator<org.dramatis.learn.EventModels> check =
                m -> bodies.apply(factCheck.apply(eventCheck.apply(m)));
        return new Lazy<>(() -> {
            org.dramatis.learn.EventModels models = org.dramatis.learn.EventModels.bundled();
            return new org.dramatis.learn.HybridExtractor(new Extractor(org.dramatis.extract.Lexicons.load(files)),
                    models == null ? null : check.apply(models), mode, probability);
        });
    }

    /**
     * What {@code DRAMATIS_EVENT_CHECK} does to the models: unset, nothing (the shipped event check and threshold);
     * {@code off}, no check; a probability, the check with that threshold.
     */
    static java.util.function.UnaryOperator<org.dramatis.learn.EventModels> eventCheck(String value) {
        return check(value, "DRAMATIS_EVENT_CHECK", "an event", "event", (m, t) -> m.withCheckThreshold(t));
    }

    /** What {@code DRAMATIS_FACT_CHECK} does to the models, as {@link #eventCheck} for the fact check. */
    static java.util.function.UnaryOperator<org.dramatis.learn.EventModels> factCheck(String value) {
        return check(value, "DRAMATIS_FACT_CHECK", "a fact", "fact", (m, t) -> m.withFactCheckThreshold(t));
    }

    /** What {@code DRAMATIS_POST_BODIES} does to the models, as {@link #eventCheck} for the post-body chooser. */
    static java.util.function.UnaryOperator<org.dramatis.learn.EventModels> postBodies(String value) {
        return check(value, "DRAMATIS_POST_BODIES", "a candidate body", "post-body chooser's", (m, t) -> m.withBodyThreshold(t));
    }

    private static java.util.function.UnaryOperator<org.dramatis.learn.EventModels> check(String value, String variable,
            String what, String noun, java.util.function.BiFunction<org.dramatis.learn.EventModels, Double, org.dramatis.learn.EventModels> set) {
        if (value == null || value.isBlank()) {
            return m -> m;
        }
        if (value.strip().equalsIgnoreCase("off")) {
            return m -> set.apply(m, null);
        }
        try {
            double t = Double.parseDouble(value.strip());
            if (t >= 0 && t <= 1) {
                return m -> set.apply(m, t);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new org.dramatis.model.DramatisException(variable + " is '" + value
                + "': give off, or the probability from 0 to 1 " + what + " needs to pass the " + noun + " check");
    }

    /** The ingest pipeline; it builds the NLP models and the extractor when a new document first needs them. */
    public synchronized IngestPipeline pipeline() {
        if (pipeline == null) {
            pipeline = new IngestPipeline(new InputCollector(), processor(nlp, resolvers), writer(), config.threads(),
                    config.budget());
        }
        return pipeline;
    }

    /**
     * Stores processed documents into this store and resolves them, keeping the search index current: what
     * {@link #pipeline} stores through, and what a driver uses that had its documents processed elsewhere.
     */
    public DocumentWriter writer() {
        return new DocumentWriter(documents, resolution, new IngestPipeline.Listener() {
            @Override
            public void stored(long documentId) {
                indexSafely(() -> search().onDocumentStored(documentId));
            }

            @Override
            public void finished() {
                indexSafely(() -> search().onActorsChanged());
            }
        });
    }

    /**
     * A processor for a machine that has no store, such as a Spark executor: the same reader, CoreNLP pipeline (built
     * at the first document), extractor and within-document clusterer as ingest's, reading the bundled data files and
     * the user's under {@code dataDir} (none there: the bundled ones only). Checks the extractor's environment at once.
     */
    public static DocumentProcessor processor(java.nio.file.Path dataDir) {
        return processor(new Lazy<>(CoreNlpAdapter::create), new ResolverFactory(dataDir, null));
    }

    /**
     * A processor reading the bundled data files with the NLP and the extractor given, e.g. to read a corpus with an
     * {@code eval} gold file as ingest would while training the checks on it ({@code train --check-gold}).
     */
    public static DocumentProcessor processor(NlpService nlp, org.dramatis.extract.ClaimExtractor extractor) {
        ResolverFactory bundled = new ResolverFactory(null, null);
        return new DocumentProcessor(new DocumentReader(), () -> nlp, () -> extractor, bundled.clusterer());
    }

    /**
     * The fingerprint of the user's data files under {@code dataDir} ({@link ResolverFactory#fingerprint}), so that a
     * machine processing documents for this store can check it reads the same files as the store's clusters.
     */
    public static String dataFilesFingerprint(java.nio.file.Path dataDir) {
        return new ResolverFactory(dataDir, null).fingerprint();
    }

    private static DocumentProcessor processor(Supplier<NlpService> nlp, ResolverFactory resolvers) {
        return new DocumentProcessor(new DocumentReader(), nlp, extractorFactory(resolvers.files()), resolvers.clusterer());
    }

    /**
     * The search index is derived data, rebuilt from the database when missing: a failure to update it is logged and
     * never fails an ingest or a correction.
     */
    private static void indexSafely(Runnable update) {
        try {
            update.run();
        } catch (RuntimeException e) {
            LOG.warn("search index not updated: {}", e.getMessage());
        }
    }

    /** Closes the search index and the database. */
    @Override
    public synchronized void close() {
        if (search != null) {
            search.close();
            search = null;
        }
        db.close();
    }

    /** Memoizes an expensive supplier, thread-safely. */
    private static final class Lazy<T> implements Supplier<T> {
        private final Supplier<T> delegate;
        private volatile T value;

        Lazy(Supplier<T> delegate) {
            this.delegate = delegate;
        }

        @Override
        public T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    if (value == null) {
                        value = delegate.get();
                    }
                    v = value;
                }
            }
            return v;
        }
    }
}
