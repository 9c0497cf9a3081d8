package org.dramatis.dev.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.dramatis.app.Config;
import org.dramatis.app.Dramatis;
import org.dramatis.app.IngestOutcome;
import org.dramatis.app.IngestPipeline;
import org.dramatis.app.IngestReport;
import org.dramatis.model.DramatisException;

/**
 * Heap while ingesting many short articles through the real {@link IngestPipeline}: reading, extraction, clustering,
 * storage, cross-document resolution and the search index, with {@link StandInNlp} in place of CoreNLP (whose models
 * take a fixed few GB whatever the corpus, and which is too slow to feed 20,000 documents here). The articles are
 * written as Markdown files first, from the synthetic generator's invented cast. Every {@code every} stored documents
 * the heap is measured after a full collection: flat means nothing the size of the corpus is kept.
 */
public final class MemoryBench {
    /** Heap in use after a full collection, once {@code documents} documents were stored. */
    public record Sample(int documents, long heapBytes, long millis) {
    }

    /** The samples (the first before any document), the ingest's counts and the process's peak resident set. */
    public record Result(List<Sample> samples, long stored, long rejected, long tokens, long writeMillis,
                         long ingestMillis, long peakRssBytes, long databaseBytes) {
        public Result {
            samples = List.copyOf(samples);
        }
    }

    private final Path workDir;
    private final int threads;

    /** @param workDir an empty folder for the articles and the data directory */
    public MemoryBench(Path workDir, int threads) {
        this.workDir = workDir;
        this.threads = threads;
    }

    /** Writes {@code documents} articles, ingests them, and samples the heap every {@code every} stored documents. */
    public Result run(int documents, int every, long seed, Consumer<Sample> progress) {
        if (documents < 1 || every < 1) {
            throw new DramatisException("--documents and --every must be at least 1, got " + documents + " and " + every);
        }
        Path articles = workDir.resolve("articles");
        long t0 = System.nanoTime();
        StandInNlp nlp = writeArticles(articles, documents, seed);
        long writeMillis = (System.nanoTime() - t0) / 1_000_000;
        List<Sample> samples = new ArrayList<>();
        try (Dramatis dramatis = Dramatis.open(new Config(workDir.resolve("data"), threads, "127.0.0.1", 0), nlp)) {
            long start = System.nanoTime();
            Sample first = sample(0, start);
            samples.add(first);
            progress.accept(first);
            int[] stored = {0};
            IngestReport report = dramatis.pipeline().ingest(List.of(articles), new IngestPipeline.Progress() {
                @Override
                public void start(int files) {
                }

                @Override
                public void done(List<IngestOutcome> outcomes) {
                    for (IngestOutcome o : outcomes) {
                        if (o instanceof IngestOutcome.Stored && ++stored[0] % every == 0) {
                            Sample s = sample(stored[0], start);
                            samples.add(s);
                            progress.accept(s);
                        }
                    }
                }
            });
            long ingestMillis = (System.nanoTime() - start) / 1_000_000;
            return new Result(samples, report.stored(), report.rejected(), report.tokens(), writeMillis, ingestMillis,
                    Machine.peakRssBytes(), sizeOf(dramatis.database().file()));
        }
    }

    /**
     * {@code documents} synthetic articles as Markdown files in {@code dir}; returns a stand-in NLP that knows the cast
     * they were written about.
     */
    public static StandInNlp writeArticles(Path dir, int documents, long seed) {
        SyntheticCorpus corpus = new SyntheticCorpus(documents, seed);
        try {
            Files.createDirectories(dir);
            for (int i = 0; i < documents; i++) {
                SyntheticDocument d = corpus.next();
                Files.writeString(dir.resolve(d.source().name() + ".md"), ArticleWriter.markdown(d), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new DramatisException("cannot write articles to " + dir + ": " + e.getMessage(), e);
        }
        return new StandInNlp(corpus.cast());
    }

    private static Sample sample(int documents, long start) {
        ManagementFactory.getMemoryMXBean().gc();
        return new Sample(documents, Machine.heapUsedBytes(), (System.nanoTime() - start) / 1_000_000);
    }

    private static long sizeOf(Path db) {
        long total = 0;
        for (String suffix : new String[] {"", "-wal"}) {
            Path p = db.resolveSibling(db.getFileName() + suffix);
            try {
                total += Files.exists(p) ? Files.size(p) : 0;
            } catch (IOException e) {
                throw new DramatisException("cannot read size of " + p + ": " + e.getMessage(), e);
            }
        }
        return total;
    }
}
