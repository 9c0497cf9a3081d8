package org.dramatis.dev.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.dramatis.app.Config;
import org.dramatis.app.Dramatis;
import org.dramatis.app.IngestPipeline;
import org.dramatis.app.IngestReport;
import org.dramatis.extract.ClaimExtractor;
import org.dramatis.ingest.DocumentReader;
import org.dramatis.ingest.InputCollector;
import org.dramatis.ingest.SourceDocument;
import org.dramatis.model.DramatisException;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.nlp.NlpService;

/**
 * Full-pipeline ingest against bare CoreNLP on the same documents in one process, so the ratios hold however busy the
 * machine is. Each measurement is the median of {@code repeat} runs after one unmeasured warm-up run; each pipeline
 * run first ingests one small article unmeasured, so per-process set-up is not counted as throughput.
 */
public final class IngestBench {
    /** Nanosecond medians of each phase and the token counts they processed. */
    public record Result(int documents, long tokens, long nlpNanos, long nlp2Nanos, long extractNanos,
                         long pipeline1Nanos, long pipeline2Nanos, long pipelineTokens) {
        public double nlpTokensPerSecond() {
            return Stats.perSecond(tokens, nlpNanos);
        }

        public double pipeline1TokensPerSecond() {
            return Stats.perSecond(pipelineTokens, pipeline1Nanos);
        }

        public double pipeline2TokensPerSecond() {
            return Stats.perSecond(pipelineTokens, pipeline2Nanos);
        }

        /** Full pipeline (1 thread) throughput over bare CoreNLP throughput; goal at least 0.8. */
        public double pipelineOverNlp() {
            return Stats.ratio(pipeline1TokensPerSecond(), nlpTokensPerSecond());
        }

        /** 1-thread time over 2-thread time; goal at least 1.7. */
        public double speedUp() {
            return Stats.ratio(pipeline1Nanos, pipeline2Nanos);
        }

        /** The same for bare CoreNLP: how far the hardware lets two threads go. */
        public double nlpSpeedUp() {
            return Stats.ratio(nlpNanos, nlp2Nanos);
        }

        /** Extraction time as a share of CoreNLP time; goal at most 0.25. */
        public double extractionShare() {
            return Stats.ratio(extractNanos, nlpNanos);
        }

        public double msPer1000Tokens(long nanos) {
            return Stats.ratio(nanos / 1e6, pipelineTokens / 1000.0);
        }
    }

    private final NlpService nlp;

    public IngestBench(NlpService nlp) {
        this.nlp = nlp;
    }

    private static final String WARM_UP = "Warm-up note\n\nThe harbour council of Velmora met on Monday."
            + " Its chairman, Idris Falak, said the port budget would be approved in March.\n";

    public Result run(Path docs, int repeat) {
        List<SourceDocument> sources = read(docs);
        List<AnnotatedDocument> annotated = annotateAll(sources); // warm-up
        long tokens = annotated.stream().mapToLong(AnnotatedDocument::tokenCount).sum();
        long[] nlp1 = new long[repeat];
        long[] nlp2 = new long[repeat];
        long[] extract = new long[repeat];
        long[] pipe1 = new long[repeat];
        long[] pipe2 = new long[repeat];
        // The extractor ingest uses: the rules and the bundled learned models (DRAMATIS_EXTRACTOR chooses).
        ClaimExtractor extractor = org.dramatis.app.Dramatis.extractor();
        extractAll(extractor, annotated, sources);
        long[] pipelineTokens = {0};
        ingest(docs, 1, pipelineTokens);
        ingest(docs, 2, pipelineTokens);
        for (int r = 0; r < repeat; r++) {
            long t0 = System.nanoTime();
            annotated = annotateAll(sources);
            nlp1[r] = System.nanoTime() - t0;
            nlp2[r] = annotateInParallel(sources, 2);
            t0 = System.nanoTime();
            extractAll(extractor, annotated, sources);
            extract[r] = System.nanoTime() - t0;
            pipe1[r] = ingest(docs, 1, pipelineTokens);
            pipe2[r] = ingest(docs, 2, pipelineTokens);
        }
        return new Result(sources.size(), tokens, median(nlp1), median(nlp2), median(extract), median(pipe1),
                median(pipe2), pipelineTokens[0]);
    }

    private static List<SourceDocument> read(Path docs) {
        InputCollector.Collected collected = new InputCollector().collect(List.of(docs));
        DocumentReader reader = new DocumentReader();
        List<SourceDocument> out = new ArrayList<>();
        for (Path file : collected.files()) {
            out.addAll(reader.read(file));
        }
        if (out.isEmpty()) {
            throw new DramatisException("no readable documents under " + docs);
        }
        return out;
    }

    private List<AnnotatedDocument> annotateAll(List<SourceDocument> sources) {
        List<AnnotatedDocument> out = new ArrayList<>();
        for (SourceDocument d : sources) {
            out.add(nlp.annotate(d.text(), d.published()));
        }
        return out;
    }

    private long annotateInParallel(List<SourceDocument> sources, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long t0 = System.nanoTime();
            List<Future<AnnotatedDocument>> futures = new ArrayList<>();
            for (SourceDocument d : sources) {
                futures.add(pool.submit(() -> nlp.annotate(d.text(), d.published())));
            }
            for (Future<AnnotatedDocument> f : futures) {
                f.get();
            }
            return System.nanoTime() - t0;
        } catch (Exception e) {
            throw new DramatisException("parallel annotation failed: " + e, e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void extractAll(ClaimExtractor extractor, List<AnnotatedDocument> annotated, List<SourceDocument> sources) {
        for (int i = 0; i < annotated.size(); i++) {
            LocalDate date = sources.get(i).published();
            extractor.extract(annotated.get(i), date, "bench");
        }
    }

    /** One full ingest into a fresh temporary data directory; returns its wall time in nanoseconds. */
    private long ingest(Path docs, int threads, long[] tokens) {
        Path dir;
        try {
            dir = Files.createTempDirectory("dramatis-bench-");
        } catch (IOException e) {
            throw new DramatisException("cannot create a temporary data directory: " + e.getMessage(), e);
        }
        try {
            IngestReport report;
            long nanos;
            try (Dramatis d = Dramatis.open(new Config(dir.resolve("data"), threads, "127.0.0.1", 0), nlp)) {
                // One small article first, so opening the store, Tika, the language model, the lexicons and the search
                // index are not counted as throughput: they are paid once per process, not per document.
                Path warm = Files.createDirectories(dir.resolve("warm-up")).resolve("warm-up.txt");
                Files.writeString(warm, WARM_UP);
                d.pipeline().ingest(List.of(warm), IngestPipeline.Progress.NONE);
                long t0 = System.nanoTime();
                report = d.pipeline().ingest(List.of(docs), IngestPipeline.Progress.NONE);
                nanos = System.nanoTime() - t0;
            }
            tokens[0] = report.tokens();
            return nanos;
        } catch (IOException e) {
            throw new DramatisException("cannot write the warm-up article: " + e.getMessage(), e);
        } finally {
            delete(dir);
        }
    }

    /** Deletes a folder and everything under it. */
    public static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new DramatisException("cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }

    private static long median(long[] values) {
        return (long) Stats.median(java.util.Arrays.stream(values).asDoubleStream().toArray());
    }
}
