package org.dramatis.app;

import java.nio.file.Path;
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
import org.dramatis.ingest.GivenMetadata;
import org.dramatis.ingest.InputCollector;
import org.dramatis.ingest.SourceDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files to stored, resolved documents. Reading, NLP, extraction and within-document clustering are the
 * {@link DocumentProcessor}'s plain functions of one document and run on several threads; storing and cross-document
 * resolution run in input order on the caller's thread, so results are deterministic and a failure in one document
 * never touches another. Every failure of one file or document, an {@link Error} such as {@link OutOfMemoryError}
 * included, and work past its {@link DocumentBudget}, becomes a rejection with its reason; the batch goes on. A
 * document whose text is already stored is recognised by its hash before any analysis, and the NLP models and the
 * extractor are built only when a document needs them: re-ingesting a folder costs only its new files, and nothing at
 * all when every file is known.
 */
public final class IngestPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(IngestPipeline.class);

    private final InputCollector collector;
    private final DocumentProcessor processor;
    private final DocumentWriter writer;
    private final int threads;
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

    /**
     * @param processor what reads and analyses each document
     * @param writer    what stores and resolves each processed document, in input order
     * @param budget    the time each file's reading and each document's analysis may take
     */
    public IngestPipeline(InputCollector collector, DocumentProcessor processor, DocumentWriter writer, int threads,
                          DocumentBudget budget) {
        this.collector = collector;
        this.processor = processor;
        this.writer = writer;
        this.threads = threads;
        this.budget = budget;
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
        writer.recover();
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
                FileWork work = new FileWork(file, analysis(given), alarms, budget);
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
            writer.finished();
        }
        return new IngestReport(outcomes, tokens, (System.nanoTime() - t0) / 1_000_000);
    }

    private long finish(Running running, ThreadPoolExecutor pool, List<IngestOutcome> all, Progress progress) {
        awaitOrAbandon(running, pool);
        FileWork.Result result = running.work.result();
        List<IngestOutcome> outcomes = new ArrayList<>(result.rejected());
        long tokens = 0;
        for (Ready r : result.processed()) {
            outcomes.add(store(r));
            tokens += r.analysed() == null ? 0 : r.analysed().annotated().tokenCount();
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

    private IngestOutcome store(Ready ready) {
        if (ready.storedAs() != null) {
            return new IngestOutcome.Duplicate(ready.source().path(), ready.source().name(), ready.storedAs());
        }
        return writer.store(ready.analysed());
    }

    /**
     * How a file's documents are analysed. Stored content is recognised by its hash before anything else; a copy first
     * met in this run is analysed and recognised when it is stored, since the first copy may yet be rejected. The
     * models are built outside any document's time budget.
     */
    private FileWork.Analysis analysis(GivenMetadata given) {
        return new FileWork.Analysis() {
            @Override
            public List<SourceDocument> read(Path file) {
                return processor.read(file);
            }

            @Override
            public Long known(SourceDocument d) {
                return writer.storedAs(d.sha256()).orElse(null);
            }

            @Override
            public void prepare() {
                processor.prepare();
            }

            @Override
            public DocumentOutcome analyse(SourceDocument d) {
                return processor.outcome(d, given);
            }
        };
    }

    /**
     * A document of a file ready to store: analysed, or found before analysis to be stored already.
     *
     * @param analysed the processed document, or null when {@code storedAs} is set
     * @param storedAs the id of the stored document with the same text, found before analysis; else null
     */
    record Ready(SourceDocument source, ProcessedDocument analysed, Long storedAs) {
    }

    private record Running(FileWork work, Future<?> future) {
    }
}
