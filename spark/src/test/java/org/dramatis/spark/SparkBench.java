package org.dramatis.spark;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.dramatis.app.Config;
import org.dramatis.app.Dramatis;
import org.dramatis.app.IngestPipeline;
import org.dramatis.app.IngestReport;
import org.dramatis.app.IngestRequest;
import org.dramatis.ingest.GivenMetadata;

/**
 * BENCHMARKS.md's Spark figures: in one JVM, in-process ingest (2 threads) and the Spark job in local[2] on the same
 * folders, alternated (in-process, Spark, in-process, Spark) after both have loaded their models on one warm-up file,
 * each into a fresh store; prints tokens per second per core of each run and the JVM's heap. Not a test.
 *
 * <pre>java -Xmx6g @spark/jvm.options -cp spark/target/test-classes:spark/target/dramatis-spark.jar:$(cat spark/target/cp.txt) \
 *     org.dramatis.spark.SparkBench /tmp/bench examples/articles examples/heldout/articles ...</pre>
 */
final class SparkBench {
    private SparkBench() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        List<String> inputs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            inputs.add(Path.of(args[i]).toAbsolutePath().toString());
        }
        Files.createDirectories(work);
        try (JavaSparkContext sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("SparkBench")
                .set("spark.ui.enabled", "false"))) {
            String warm = Files.list(Path.of(inputs.get(0))).sorted().findFirst().orElseThrow().toString();
            inProcess(work.resolve("warm-a"), List.of(warm));
            spark(sc, work.resolve("warm-b"), List.of(warm));
            System.out.printf(Locale.ROOT, "heap after GC, models loaded: %.2f GB%n", heapAfterGc());
            for (int round = 1; round <= 2; round++) {
                report("in-process, 2 threads", round, inProcess(work.resolve("a" + round), inputs));
                report("Spark local[2]", round, spark(sc, work.resolve("b" + round), inputs));
            }
        }
        System.out.printf(Locale.ROOT, "peak heap used: %.2f GB%n", peakHeap());
    }

    private static IngestReport inProcess(Path data, List<String> inputs) {
        try (Dramatis d = Dramatis.open(Config.defaults(data).withThreads(2))) {
            return d.pipeline().ingest(inputs.stream().map(Path::of).toList(), IngestPipeline.Progress.NONE);
        }
    }

    private static IngestReport spark(JavaSparkContext sc, Path data, List<String> inputs) {
        try (Dramatis d = Dramatis.open(Config.defaults(data))) {
            SparkInputs.Listed listed = new SparkInputs(sc.hadoopConfiguration())
                    .list(inputs, IngestRequest.of(List.of()), GivenMetadata.NONE);
            return new SparkIngestJob(sc, d.writer(), data.toString(), 1, System.err)
                    .run(listed, IngestPipeline.Progress.NONE).report();
        }
    }

    private static void report(String what, int round, IngestReport r) {
        double seconds = r.millis() / 1000.0;
        System.out.printf(Locale.ROOT, "| %s | %d | %d docs | %d tokens | %.1f s | %.0f tokens/s per core |%n", what, round,
                r.stored(), r.tokens(), seconds, r.tokens() / seconds / 2);
    }

    private static double heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e9;
    }

    private static double peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / 1e9;
    }
}
