package org.dramatis.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.dramatis.app.Config;
import org.dramatis.app.Dramatis;
import org.dramatis.app.IngestOutcome;
import org.dramatis.app.IngestPipeline;
import org.dramatis.app.IngestRequest;
import org.dramatis.graph.CrashPoints;
import org.dramatis.ingest.GivenMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local[2] on the example articles against in-process ingest of the same files in the same JVM (one
 * set of CoreNLP models: the executors' processor and the pipeline's share CoreNLP's annotator pool).
 */
class SparkIngestIT {
    private static final Path ARTICLES = Path.of("examples/articles").toAbsolutePath();

    @TempDir
    static Path dir;
    private static JavaSparkContext sc;
    private static GraphDigest inProcess;
    private static Process killed;

    @BeforeAll
    static void ingestInProcess() throws Exception {
        killed = startKilledRun(dir.resolve("spark-killed"));
        sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("SparkIngestIT")
                .set("spark.ui.enabled", "false"));
        try (Dramatis d = Dramatis.open(Config.defaults(dir.resolve("in-process")).withThreads(2))) {
            d.pipeline().ingest(List.of(ARTICLES), IngestPipeline.Progress.NONE);
            inProcess = GraphDigest.of(d.database());
        }
        assertThat(inProcess.documents()).hasSize(11);
        assertThat(inProcess.facts()).isNotEmpty();
        assertThat(inProcess.events()).isNotEmpty();
        assertThat(inProcess.actors()).isNotEmpty();
    }

    @AfterAll
    static void stopSpark() {
        if (sc != null) {
            sc.close();
        }
        if (killed != null) {
            killed.destroyForcibly();
        }
    }

    @Test
    void job_inLocal2_buildsTheGraphInProcessIngestBuilds() {
        Path data = dir.resolve("spark");
        SparkIngestJob.Result result = run(data, IngestPipeline.Progress.NONE);

        assertThat(result.report().stored()).isEqualTo(11);
        assertSameGraph(data);
    }

    @Test
    void job_stoppedAfterFourDocumentsAndRunAgain_storesEachDocumentOnceAndWhole() {
        Path data = dir.resolve("spark-stopped");
        List<IngestOutcome> before = new ArrayList<>();
        IngestPipeline.Progress dies = new IngestPipeline.Progress() {
            @Override
            public void start(int files) {
            }

            @Override
            public void done(List<IngestOutcome> outcomes) {
                before.addAll(outcomes);
                if (before.size() == 4) {
                    throw new IllegalStateException("the driver dies after four documents");
                }
            }
        };
        assertThatThrownBy(() -> run(data, dies)).hasMessageContaining("the driver dies");

        SparkIngestJob.Result again = run(data, IngestPipeline.Progress.NONE);

        assertThat(again.report().duplicates()).isEqualTo(4);
        assertThat(again.report().stored()).isEqualTo(7);
        assertSameGraph(data);
    }

    @Test
    void job_killedWhileStoringTheThirdDocumentAndRunAgain_leavesNoHalfStoredDocumentAndNoDuplicate() throws Exception {
        assertThat(killed.waitFor(10, TimeUnit.MINUTES)).as("the job halting at its third insert ended").isTrue();
        assertThat(killed.exitValue()).as("halted where asked (CrashPoints)").isEqualTo(CrashPoints.EXIT_CODE);
        Path data = dir.resolve("spark-killed");
        try (Dramatis d = Dramatis.open(Config.defaults(data))) {
            GraphDigest left = GraphDigest.of(d.database());
            assertThat(left.documents()).hasSize(2).isSubsetOf(inProcess.documents());
            assertThat(left.mentions()).isNotEmpty().isSubsetOf(inProcess.mentions());
        }

        SparkIngestJob.Result again = run(data, IngestPipeline.Progress.NONE);

        assertThat(again.report().duplicates()).isEqualTo(2);
        assertThat(again.report().stored()).isEqualTo(9);
        assertSameGraph(data);
    }

    /**
     * Starts {@code spark-ingest} in a child JVM that halts, as {@code kill -9} would, inside the transaction storing its
     * third document. Started before anything else, so that its model load overlaps this JVM's.
     */
    private static Process startKilledRun(Path data) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx5g", "@" + Path.of("spark/jvm.options").toAbsolutePath(),
                "-D" + "dramatis.haltAt=document.inserted#3", "-cp", System.getProperty("java.class.path"),
                SparkIngest.class.getName(), "--master", "local[2]", "--data", data.toString(), ARTICLES.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static SparkIngestJob.Result run(Path data, IngestPipeline.Progress progress) {
        try (Dramatis d = Dramatis.open(Config.defaults(data))) {
            SparkInputs.Listed listed = new SparkInputs(sc.hadoopConfiguration())
                    .list(List.of(ARTICLES.toString()), IngestRequest.of(List.of()), GivenMetadata.NONE);
            return new SparkIngestJob(sc, d.writer(), data.toString(), 1, System.err).run(listed, progress);
        }
    }

    private static void assertSameGraph(Path data) {
        GraphDigest spark;
        try (Dramatis d = Dramatis.open(Config.defaults(data))) {
            spark = GraphDigest.of(d.database());
        }
        assertThat(spark.documents()).containsExactlyElementsOf(inProcess.documents());
        assertThat(spark.mentions()).containsExactlyElementsOf(inProcess.mentions());
        assertThat(spark.facts()).containsExactlyElementsOf(inProcess.facts());
        assertThat(spark.events()).containsExactlyElementsOf(inProcess.events());
        assertThat(spark.participants()).containsExactlyElementsOf(inProcess.participants());
        assertThat(spark.actors()).containsExactlyElementsOf(inProcess.actors());
    }
}
