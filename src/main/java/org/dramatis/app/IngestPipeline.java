package org.dramatis.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.dramatis.extract.Extraction;
import org.dramatis.extract.ClaimExtractor;
import org.dramatis.extract.RuleFailure;
import org.dramatis.graph.DocumentStore;
import org.dramatis.ingest.DocumentReader;
import org.dramatis.ingest.GivenMetadata;
import org.dramatis.ingest.InputCollector;
import org.dramatis.ingest.SourceDocument;
import org.dramatis.model.DateSource;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.nlp.NlpService;
import org.dramatis.resolve.DocumentClusterer;
import org.dramatis.resolve.LocalCluster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files to stored, resolved documents. Reading, NLP, extraction and within-document clustering are plain functions of
 * one document and run on several threads; storing and cross-document resolution run in input order on the caller's
 * thread, so results are deterministic and a failure in one document never touches another. Every failure of one file or
 * document, an {@link Error} such as {@link OutOfMemoryError} included, and work past its {@link DocumentBudget}, becomes
 * a rejection with its reason; the batch goes on. A document whose text is already stored is recognised by its hash
 * before any analysis, and the NLP models and the extractor are built only when a document needs them: re-ingesting a
 * folder costs only its new files, and nothing at all when every file is known.
 */
public final class IngestPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(IngestPipeline.class);

    private final InputCollector collector;
    private final DocumentReader reader;
    private final Supplier<NlpService> nlp;
    private final Supplier<ClaimExtractor> extractor;
    private final DocumentClusterer clusterer;
    private final DocumentStore store;
    private final Resolution resolution;
    private final int threads;
    private final Listener listener;
    private final DocumentBudget budget;

    /** Told when a document is stored and when a run ends, e.g. to keep the search index current. */
    public interface Listener {
        void stored(long documentId);

        void finished();

        Listener NONE = new Listener() {
            @Override
            public void stored(long documentId) {
            }

            @Override
            public void finished() {
            }
        };
    }

    public IngestPipeline(InputCollector collector, DocumentReader reader, NlpService nlp, ClaimExtractor extractor,
                          DocumentClusterer clusterer, DocumentStore store, Resolution resolution, int threads,
                          Listener listener) {
        this(collector, reader, () -> nlp, () -> extractor, clusterer, store, resolution, threads, listener,
                DocumentBudget.DEFAULT);
    }

    /**
     * As above, with the time each file's reading and each document's analysis may take. {@code nlp} and
     * {@code extractor} are asked for only when a document that is not stored yet is analysed; they must be
     * thread-safe and return the same instance each time (memoize an expensive build).
     */
    public IngestPipeline(InputCollector collector, DocumentReader reader, Supplier<NlpService> nlp,
                          Supplier<ClaimExtractor> extractor,
                          DocumentClusterer clusterer, DocumentStore store, Resolution resolution, int threads,
                          Listener listener, DocumentBudget budget) {
        this.listener = listener;
        this.budget = budget;
        this.collector = collector;
        this.reader = reader;
        this.nlp = nlp;
        this.extractor = extractor;
        this.clusterer = clusterer;
        this.store = store;
        this.resolution = resolution;
        this.threads = threads;
    }

    /**
     * Listens to progress: called once with the number of files (and of inputs that could not be listed), then once per
     * finished file, in input order, as soon as its documents are stored.
     */
    public interface Progress {
        void start(int files);

        void done(List<IngestOutcome> outcomes);

        Progress NONE = new Progress() {
            @Override
            public void start(int files) {
            }

            @Override
            public void done(List<IngestOutcome> outcomes) {
            }
        };
    }

    public IngestReport ingest(List<Path> inputs, Progress progress) {
        return ingest(IngestRequest.of(inputs), progress);
    }

    /** Ingests a request's files with what the user states about them; its rejected inputs head the report. */
    public IngestReport ingest(IngestRequest request, Progress progress) {
        long t0 = System.nanoTime();
        resolution.recover();
        InputCollector.Collected all = collector.collect(request.inputs());
        InputCollector.Collected collected = new InputCollector.Collected(all.files().stream().filter(request::reads).toList(),
                all.problems());
        List<IngestOutcome> outcomes = new ArrayList<>();
        // The manifest's unusable rows head the report, each printed like a rejected file.
        List<IngestOutcome> problems = new ArrayList<>(request.rejected());
        collected.problems().forEach(p -> problems.add(new IngestOutcome.Rejected(p.path(), String.valueOf(p.path()),
                "UNREADABLE", p.message())));
        progress.start(collected.files().size() + problems.size());
        for (IngestOutcome p : problems) {
            outcomes.add(p);
            progress.done(List.of(p));
        }
        long tokens = 0;
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "dramatis-annotate");
                    t.setDaemon(true);
                    return t;
                });
        try (Alarms alarms = new Alarms()) {
            Deque<Running> window = new ArrayDeque<>();
            for (Path file : collected.files()) {
                GivenMetadata given = request.given().apply(file);
                FileWork work = new FileWork(file, reader, analysis(given), alarms, budget);
                window.add(new Running(work, pool.submit(work)));
                if (window.size() >= threads * 2) {
                    tokens += finish(window.poll(), pool, outcomes, progress);
                }
            }
            while (!window.isEmpty()) {
                tokens += finish(window.poll(), pool, outcomes, progress);
            }
        } finally {
            pool.shutdownNow();
            listener.finished();
        }
        return new IngestReport(outcomes, tokens, (System.nanoTime() - t0) / 1_000_000);
    }

    private long finish(Running running, ThreadPoolExecutor pool, List<IngestOutcome> all, Progress progress) {
        awaitOrAbandon(running, pool);
        FileWork.Result result = running.work.result();
        List<IngestOutcome> outcomes = new ArrayList<>(result.rejected());
        long tokens = 0;
        for (Processed p : result.processed()) {
            outcomes.add(store(p));
            tokens += p.annotated == null ? 0 : p.annotated.tokenCount();
        }
        all.addAll(outcomes);
        progress.done(outcomes);
        return tokens;
    }

    /**
     * Waits for one file's work. Work still running {@code grace} after its budget ran out did not stop when
     * interrupted: it is abandoned, and the pool gets a thread in place of the one it holds.
     */
    private void awaitOrAbandon(Running running, ThreadPoolExecutor pool) {
        while (true) {
            long wait = Math.min(TimeUnit.SECONDS.toNanos(1), Math.max(1, running.work.nanosUntilOverdue(budget.grace())));
            try {
                running.future.get(wait, TimeUnit.NANOSECONDS);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("ingest interrupted", e);
            } catch (ExecutionException e) { // FileWork catches everything; this is a bug in it, not in the document
                LOG.error("file work failed", e.getCause());
                running.work.failedOutside(e.getCause());
                return;
            } catch (TimeoutException e) {
                if (running.work.overdue(budget.grace())) {
                    running.work.abandon();
                    running.future.cancel(true);
                    pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
                    pool.setCorePoolSize(pool.getCorePoolSize() + 1);
                    LOG.warn("abandoned work that did not stop at the end of its budget; {} threads now", pool.getCorePoolSize());
                    return;
                }
            }
        }
    }

    private IngestOutcome store(Processed p) {
        SourceDocument d = p.source;
        if (p.storedAs != null) {
            return new IngestOutcome.Duplicate(d.path(), d.name(), p.storedAs);
        }
        // Documents are stored one at a time in input order, so the store also knows the ones stored in this run:
        // no set of hashes kept in memory.
        var existing = store.findByHash(d.sha256());
        if (existing.isPresent()) {
            return new IngestOutcome.Duplicate(d.path(), d.name(), existing.get());
        }
        try {
            long id = store.insert(d, p.date.iso(), p.date.precision() == null ? null : p.date.precision().name(),
                    p.date.source() == null ? null : p.date.source().key(), p.annotated, p.extraction, p.clusters);
            resolution.addDocument(id, p.clusters, p.extraction.mentions());
            listener.stored(id);
            return new IngestOutcome.Stored(d.path(), d.name(), id, p.extraction.mentions().size(),
                    p.extraction.facts().size(), p.extraction.events().size(), p.extraction.failures().size());
        } catch (RuntimeException | Error e) { // one document's failure, never the batch's
            LOG.warn("could not store {}", d.name(), e);
            return new IngestOutcome.Rejected(d.path(), d.name(), "STORAGE", d.name() + ": could not be stored: " + e);
        }
    }

    /**
     * How a file's documents are analysed. Stored content is recognised by its hash before anything else; a copy first
     * met in this run is analysed and recognised when it is stored, since the first copy may yet be rejected. The
     * models are built outside any document's time budget.
     */
    private FileWork.Analysis analysis(GivenMetadata given) {
        return new FileWork.Analysis() {
            @Override
            public Processed known(SourceDocument d) {
                return store.findByHash(d.sha256()).map(id -> Processed.duplicate(d, id)).orElse(null);
            }

            @Override
            public void prepare() {
                extractor.get();
                nlp.get();
            }

            @Override
            public Processed analyse(SourceDocument d) {
                return annotate(given.applyTo(d), given.published());
            }
        };
    }

    /** @param given the date the user gave (ISO date, year-month or year), which wins over the file's; or null */
    Processed annotate(SourceDocument d, String given) {
        ClaimExtractor extractor = this.extractor.get();
        AnnotatedDocument annotated = nlp.get().annotate(d.text(), d.published());
        DocumentDate date = dateOf(d, given, annotated, extractor);
        LocalDate anchor = date.anchor();
        Extraction extraction;
        try {
            extraction = extractor.extract(annotated, anchor, date.precision(), date.source(), d.name());
        } catch (RuntimeException | StackOverflowError e) {
            // A step before the per-sentence rules failed: the document is stored with its text and no claims.
            LOG.warn("extraction failed on {}", d.name(), e);
            extraction = new Extraction(List.of(), List.of(), List.of(),
                    List.of(new RuleFailure(-1, "extraction", e.getClass().getSimpleName() + ": " + e.getMessage())));
        }
        List<LocalCluster> clusters;
        try {
            clusters = clusterer.cluster(d.text(), extraction.mentions());
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("within-document clustering failed on {}", d.name(), e);
            List<RuleFailure> failures = new ArrayList<>(extraction.failures());
            failures.add(new RuleFailure(-1, "clustering", e.getClass().getSimpleName() + ": " + e.getMessage()));
            extraction = new Extraction(List.of(), List.of(), List.of(), failures);
            clusters = List.of();
        }
        return new Processed(d, annotated, date, extraction, clusters, null);
    }

    /**
     * The date the user gave, the file's, or one inferred from the text; a failure while inferring leaves the document
     * undated rather than losing it.
     */
    private static DocumentDate dateOf(SourceDocument d, String given, AnnotatedDocument annotated,
                                       ClaimExtractor extractor) {
        if (given != null) {
            return DocumentDate.given(given);
        }
        if (d.published() != null) {
            return DocumentDate.day(d.published(), DateSource.FILE);
        }
        try {
            return DocumentDate.infer(annotated, extractor.storyDates());
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("could not infer a date for {}", d.name(), e);
            return new DocumentDate(null, null, null);
        }
    }

    /** @param storedAs the id of the stored document with the same text, found before analysis; else null */
    record Processed(SourceDocument source, AnnotatedDocument annotated, DocumentDate date, Extraction extraction,
                     List<LocalCluster> clusters, Long storedAs) {
        static Processed duplicate(SourceDocument source, long storedAs) {
            return new Processed(source, null, null, null, List.of(), storedAs);
        }
    }

    private record Running(FileWork work, Future<?> future) {
    }
}
