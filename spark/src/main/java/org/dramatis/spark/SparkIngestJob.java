package org.dramatis.spark;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SerializableWritable;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.dramatis.app.DocumentWriter;
import org.dramatis.app.Dramatis;
import org.dramatis.app.IngestOutcome;
import org.dramatis.app.IngestPipeline;
import org.dramatis.app.IngestReport;
import org.dramatis.app.ProcessedDocument;
import org.dramatis.app.Rejection;
import org.dramatis.model.DramatisException;

/**
 * The driver's side of a Spark ingest. The files are cut into partitions in input order and analysed by
 * {@link AnalyseFiles} in Spark tasks, a wave of partitions per Spark job with a few waves running ahead; the driver
 * stores each wave's documents as it arrives, in input order, through the application's {@link DocumentWriter} (each
 * document whole or not at all, resolved at once as in-process ingest does), so document ids, resolution and the graph
 * are those of in-process ingest of the same files. A run that dies keeps what it stored; run again, it skips stored
 * content by its hash before any analysis.
 */
final class SparkIngestJob {
    /** Waves in flight: the one being stored and those computing behind it, so the executors never wait for the store. */
    private static final int WAVES_AHEAD = 3;

    private final JavaSparkContext sc;
    private final DocumentWriter writer;
    private final String dataDir;
    private final int filesPerTask;
    private final PrintStream stages;

    /**
     * @param dataDir      the data folder whose user data files the executors read (as they see that path)
     * @param filesPerTask files one Spark task reads in turn
     * @param stages       where the summary line of each stage goes (stderr: stdout carries the per-file lines)
     */
    SparkIngestJob(JavaSparkContext sc, DocumentWriter writer, String dataDir, int filesPerTask, PrintStream stages) {
        this.sc = sc;
        this.writer = writer;
        this.dataDir = dataDir;
        this.filesPerTask = filesPerTask;
        this.stages = stages;
    }

    /** One file's outcome with the file's full URI, for the summary CSV. */
    record Filed(String uri, IngestOutcome outcome) {
    }

    /** The report of a run and each outcome with its file's URI (the listing's problems: the input as given). */
    record Result(IngestReport report, List<Filed> filed) {
    }

    Result run(SparkInputs.Listed listed, IngestPipeline.Progress progress) {
        long t0 = System.nanoTime();
        writer.recover();
        List<Filed> filed = new ArrayList<>();
        progress.start(listed.tasks().size() + listed.problems().size());
        for (IngestOutcome p : listed.problems()) {
            filed.add(new Filed(p.name(), p));
            progress.done(List.of(p));
        }
        stage("list", "%d files, %d inputs refused", listed.tasks().size(), listed.problems().size());
        Tally tally = new Tally();
        if (!listed.tasks().isEmpty()) {
            analyseAndStore(listed.tasks(), progress, filed, tally);
        }
        writer.finished();
        List<IngestOutcome> outcomes = filed.stream().map(Filed::outcome).toList();
        return new Result(new IngestReport(outcomes, tally.tokens, (System.nanoTime() - t0) / 1_000_000), filed);
    }

    private void analyseAndStore(List<FileTask> tasks, IngestPipeline.Progress progress, List<Filed> filed, Tally tally) {
        Broadcast<Set<String>> known = sc.broadcast(writer.storedHashes());
        Broadcast<SerializableWritable<Configuration>> hadoop =
                sc.broadcast(new SerializableWritable<>(sc.hadoopConfiguration()));
        String dataFiles = Dramatis.dataFilesFingerprint(java.nio.file.Path.of(dataDir));
        int partitions = (tasks.size() + filesPerTask - 1) / filesPerTask;
        JavaRDD<FileResult> results = sc.parallelize(tasks, partitions)
                .mapPartitions(new AnalyseFiles(dataDir, dataFiles, known, hadoop));
        List<int[]> waves = waves(partitions, Math.max(1, sc.defaultParallelism()));
        String group = "dramatis-spark-ingest-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(WAVES_AHEAD, r -> {
            Thread t = new Thread(r, "dramatis-spark-wave");
            t.setDaemon(true);
            return t;
        });
        long start = System.nanoTime();
        long storing = 0;
        boolean done = false;
        try {
            Deque<Future<List<FileResult>[]>> running = new ArrayDeque<>();
            int next = 0;
            for (int w = 0; w < waves.size(); w++) {
                for (; next < waves.size() && running.size() < WAVES_AHEAD; next++) {
                    running.add(submit(pool, results, group, waves.get(next), next + 1, waves.size(), partitions, tasks));
                }
                List<FileResult>[] wave = await(running.poll(), waves.get(w), partitions, tasks, tally);
                long s = System.nanoTime();
                storeWave(wave, progress, filed, tally);
                storing += System.nanoTime() - s;
            }
            done = true;
        } finally {
            if (!done) {
                sc.cancelJobGroup(group); // the waves still running: their tasks are interrupted
            }
            pool.shutdownNow();
            known.destroy();
            hadoop.destroy();
        }
        double wall = (System.nanoTime() - start) / 1e9;
        int cores = Math.max(1, sc.defaultParallelism());
        stage("analyse", "%d files in %d Spark jobs (%d tasks) on %d cores: %d documents analysed, %d known before the run, "
                        + "%d rejected; %d tokens in %.1f s wall, %.0f tokens/s per core", tasks.size(), waves.size(),
                partitions, cores, tally.analysed, tally.known, tally.rejected, tally.tokens, wall,
                tally.tokens / wall / cores);
        stage("store", "%d stored, %d duplicate, %d rejected by the store, in %.1f s (resolution included)",
                tally.stored, tally.duplicates, tally.storeRejected, storing / 1e9);
    }

    /** Stores a wave's files in order, telling progress of each file as soon as its documents are stored. */
    private void storeWave(List<FileResult>[] wave, IngestPipeline.Progress progress, List<Filed> filed, Tally tally) {
        for (List<FileResult> partition : wave) {
            for (FileResult r : partition) {
                List<IngestOutcome> outcomes = store(r, tally);
                outcomes.forEach(o -> filed.add(new Filed(r.task().uri(), o)));
                progress.done(outcomes);
            }
        }
    }

    private Future<List<FileResult>[]> submit(ExecutorService pool, JavaRDD<FileResult> results, String group, int[] wave,
                                              int number, int of, int partitions, List<FileTask> tasks) {
        String what = String.format(Locale.ROOT, "dramatis: read, annotate, extract and cluster files %s (wave %d of %d)",
                range(wave, partitions, tasks), number, of);
        return pool.submit(() -> {
            sc.setJobGroup(group, what, true);
            return results.collectPartitions(wave);
        });
    }

    private static List<FileResult>[] await(Future<List<FileResult>[]> running, int[] wave, int partitions,
                                            List<FileTask> tasks, Tally tally) {
        try {
            return running.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DramatisException("interrupted while files " + range(wave, partitions, tasks) + " were analysed", e);
        } catch (ExecutionException e) {
            throw new DramatisException("the Spark job analysing files " + range(wave, partitions, tasks) + " failed; the "
                    + tally.stored + " documents stored before stay stored: run the same command again to go on", e.getCause());
        }
    }

    /** Stores one file's documents in order; its rejections and the contents stored before the run are reported. */
    private List<IngestOutcome> store(FileResult r, Tally tally) {
        java.nio.file.Path path = SparkInputs.local(new org.apache.hadoop.fs.Path(r.task().uri()));
        List<IngestOutcome> outcomes = new ArrayList<>();
        for (FileResult.Item item : r.items()) {
            IngestOutcome o;
            if (item.outcome() == null) {
                tally.known++;
                o = writer.storedAs(item.sha256())
                        .<IngestOutcome>map(id -> new IngestOutcome.Duplicate(path, item.name(), id))
                        .orElseGet(() -> new IngestOutcome.Rejected(path, item.name(), "STORAGE", item.name()
                                + ": its content was stored when the run began and is gone now; ingest it again"));
            } else if (item.outcome() instanceof Rejection x) {
                tally.rejected++;
                o = new IngestOutcome.Rejected(path, x.name(), x.reason(), x.message());
            } else {
                ProcessedDocument p = (ProcessedDocument) item.outcome();
                tally.analysed++;
                tally.tokens += p.annotated().tokenCount();
                o = writer.store(new ProcessedDocument(p.source().withPath(path), p.annotated(), p.date(),
                        p.extraction(), p.clusters()));
            }
            tally.count(o);
            outcomes.add(o);
        }
        return outcomes;
    }

    /** Partition numbers in waves of {@code size}, in order. */
    static List<int[]> waves(int partitions, int size) {
        List<int[]> waves = new ArrayList<>();
        for (int first = 0; first < partitions; first += size) {
            int[] wave = new int[Math.min(size, partitions - first)];
            for (int i = 0; i < wave.length; i++) {
                wave[i] = first + i;
            }
            waves.add(wave);
        }
        return waves;
    }

    /**
     * "5-8 of 11": the files of a wave by their place in the run. Spark's parallelize cuts a list into consecutive
     * slices, slice i starting at i * size / slices.
     */
    private static String range(int[] wave, int partitions, List<FileTask> tasks) {
        long n = tasks.size();
        long first = wave[0] * n / partitions + 1;
        long last = (wave[wave.length - 1] + 1L) * n / partitions;
        return first + "-" + last + " of " + n;
    }

    private void stage(String name, String format, Object... args) {
        stages.println("stage " + name + ": " + String.format(Locale.ROOT, format, args));
        stages.flush();
    }

    /** Counts for the stage lines. */
    private static final class Tally {
        long tokens;
        int analysed;
        int known;
        int rejected;
        int stored;
        int duplicates;
        int storeRejected;

        void count(IngestOutcome o) {
            if (o instanceof IngestOutcome.Stored) {
                stored++;
            } else if (o instanceof IngestOutcome.Duplicate) {
                duplicates++;
            } else if (o instanceof IngestOutcome.Rejected r && r.reason().equals("STORAGE")) {
                storeRejected++;
            }
        }
    }
}
