package org.dramatis.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dramatis.extract.Extraction;
import org.dramatis.extract.ClaimExtractor;
import org.dramatis.extract.RuleFailure;
import org.dramatis.graph.DocumentStore;
import org.dramatis.ingest.DocumentReader;
import org.dramatis.ingest.GivenMetadata;
import org.dramatis.ingest.InputCollector;
import org.dramatis.ingest.RejectedInput;
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
 * thread, so results are deterministic and a failure in one document never touches another.
 */
public final class IngestPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(IngestPipeline.class);

    private final InputCollector collector;
    private final DocumentReader reader;
    private final NlpService nlp;
    private final ClaimExtractor extractor;
    private final DocumentClusterer clusterer;
    private final DocumentStore store;
    private final Resolution resolution;
    private final int threads;
    private final Listener listener;

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
        this.listener = listener;
        this.collector = collector;
        this.reader = reader;
        this.nlp = nlp;
        this.extractor = extractor;
        this.clusterer = clusterer;
        this.store = store;
        this.resolution = resolution;
        this.threads = threads;
    }

    /** Listens to progress: called once with the number of files, then once per finished file. */
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
        List<IngestOutcome> outcomes = new ArrayList<>(request.rejected());
        collected.problems().forEach(p -> outcomes.add(new IngestOutcome.Rejected(p.path(), String.valueOf(p.path()),
                "UNREADABLE", p.message())));
        progress.start(collected.files().size());
        long tokens = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dramatis-annotate");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<FileResult>> window = new ArrayDeque<>();
            for (Path file : collected.files()) {
                window.add(pool.submit(() -> process(file, request.given().apply(file))));
                if (window.size() >= threads * 2) {
                    tokens += finish(window.poll(), outcomes, progress);
                }
            }
            while (!window.isEmpty()) {
                tokens += finish(window.poll(), outcomes, progress);
            }
        } finally {
            pool.shutdownNow();
            listener.finished();
        }
        return new IngestReport(outcomes, tokens, (System.nanoTime() - t0) / 1_000_000);
    }

    private long finish(Future<FileResult> future, List<IngestOutcome> all, Progress progress) {
        FileResult result;
        try {
            result = future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("unexpected failure while annotating", e.getCause());
        }
        List<IngestOutcome> outcomes = new ArrayList<>(result.rejections);
        long tokens = 0;
        for (Processed p : result.processed) {
            outcomes.add(store(p));
            tokens += p.annotated.tokenCount();
        }
        all.addAll(outcomes);
        progress.done(outcomes);
        return tokens;
    }

    private IngestOutcome store(Processed p) {
        SourceDocument d = p.source;
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
        } catch (RuntimeException e) {
            LOG.warn("could not store {}", d.name(), e);
            return new IngestOutcome.Rejected(d.path(), d.name(), "STORAGE", d.name() + ": could not be stored: " + e.getMessage());
        }
    }

    /** Read, annotate, extract and cluster one file: no shared state touched. */
    private FileResult process(Path file, GivenMetadata given) {
        List<SourceDocument> docs;
        try {
            docs = reader.read(file);
        } catch (RejectedInput e) {
            return new FileResult(List.of(), List.of(new IngestOutcome.Rejected(file, file.getFileName().toString(),
                    e.reason().name(), e.getMessage())));
        } catch (RuntimeException e) {
            LOG.warn("could not read {}", file, e);
            return new FileResult(List.of(), List.of(new IngestOutcome.Rejected(file, file.getFileName().toString(),
                    "UNREADABLE", file.getFileName() + ": " + e.getMessage())));
        }
        List<Processed> processed = new ArrayList<>();
        List<IngestOutcome> rejected = new ArrayList<>();
        for (SourceDocument d : docs) {
            try {
                processed.add(annotate(given.applyTo(d), given.published()));
            } catch (RuntimeException e) {
                LOG.warn("could not annotate {}", d.name(), e);
                rejected.add(new IngestOutcome.Rejected(d.path(), d.name(), "NLP", d.name() + ": analysis failed: " + e));
            }
        }
        return new FileResult(processed, rejected);
    }

    /** @param given the date the user gave (ISO date, year-month or year), which wins over the file's; or null */
    Processed annotate(SourceDocument d, String given) {
        AnnotatedDocument annotated = nlp.annotate(d.text(), d.published());
        DocumentDate date = dateOf(d, given, annotated);
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
        return new Processed(d, annotated, date, extraction, clusters);
    }

    /**
     * The date the user gave, the file's, or one inferred from the text; a failure while inferring leaves the document
     * undated rather than losing it.
     */
    private DocumentDate dateOf(SourceDocument d, String given, AnnotatedDocument annotated) {
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

    record Processed(SourceDocument source, AnnotatedDocument annotated, DocumentDate date, Extraction extraction,
                     List<LocalCluster> clusters) {
    }

    private record FileResult(List<Processed> processed, List<IngestOutcome> rejections) {
    }
}
