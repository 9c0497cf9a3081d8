package org.dramatis.spark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.dramatis.app.Config;
import org.dramatis.app.DataFolderLock;
import org.dramatis.app.Dramatis;
import org.dramatis.app.IngestRequest;
import org.dramatis.cli.DataOptions;
import org.dramatis.cli.ExitCodes;
import org.dramatis.cli.IngestLines;
import org.dramatis.ingest.GivenMetadata;
import org.dramatis.ingest.Manifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "spark-ingest", mixinStandardHelpOptions = true,
        description = "Ingest on Apache Spark: files analysed in Spark tasks (one CoreNLP per executor), stored and "
                + "resolved by the driver into the store --data or --db names, as `ingest` does.",
        footerHeading = "%nExamples:%n",
        footer = {"  dramatis spark-ingest --master 'local[2]' --data /tmp/iraq examples/articles",
                "  dramatis spark-ingest --master 'local[4]' --db postgresql://db:5432/dramatis?user=desk 'news/2021-*/'",
                "  dramatis spark-ingest --master 'local[2]' --manifest clippings/clippings.csv",
                "  spark-submit --class org.dramatis.spark.SparkIngest ... dramatis-spark.jar --db URL hdfs://nn/news/"})
final class SparkIngestCommand implements Callable<Integer> {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Mixin
    DataOptions data;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files, folders (recursive) or globs on any Hadoop "
            + "file system: news/, 'news/2021-*.html', hdfs://nn/news/, s3a://bucket/news/")
    List<String> paths = List.of();

    @Option(names = "--master", paramLabel = "URL", description = "Spark master, e.g. local[2] (one machine, 2 cores); "
            + "left out under spark-submit, which gives it")
    String master;

    @Option(names = "--manifest", paramLabel = "CSV", description = "A manifest as for `ingest --manifest` (a local file "
            + "naming local files, which the executors must see at the same paths)")
    Path manifest;

    @Option(names = "--published", paramLabel = "DATE", description = "Publication date of every file read that its "
            + "manifest row does not date (2021-06-10, 2021-06, 2021)")
    String published;

    @Option(names = "--json", description = "Print one JSON object per file (JSON lines), then a summary")
    boolean json;

    @Option(names = "--files-per-task", paramLabel = "N", defaultValue = "1", description = "Files one Spark task "
            + "reads in turn (default: ${DEFAULT-VALUE}); more makes fewer, longer tasks")
    int filesPerTask;

    @Option(names = "--summary", paramLabel = "CSV", description = "Where to write the per-file summary. Default: "
            + "spark-ingest-DATE-TIME.csv in the data folder")
    Path summary;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (paths.isEmpty() && manifest == null) {
            throw new ParameterException(spec.commandLine(), "Name files, folders or globs to read, or a --manifest");
        }
        if (filesPerTask < 1) {
            throw new ParameterException(spec.commandLine(), "--files-per-task is " + filesPerTask + ": give 1 or more");
        }
        GivenMetadata defaults;
        try {
            defaults = new GivenMetadata(null, null, null, published);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--published " + e.getMessage());
        }
        IngestRequest request = IngestRequest.of(List.of(), manifest == null ? null : Manifest.read(manifest), defaults);
        SparkConf conf = new SparkConf().setAppName("dramatis spark-ingest");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            throw new ParameterException(spec.commandLine(), "Give --master (local[2] runs on this machine with 2 cores), "
                    + "or start it with spark-submit");
        }
        Config config = data.config();
        DataFolderLock lock;
        try {
            lock = DataFolderLock.forIngest(config.dataDir());
        } catch (DataFolderLock.Busy e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try (lock; Dramatis dramatis = Dramatis.open(config); JavaSparkContext sc = new JavaSparkContext(conf)) {
            PrintWriter out = spec.commandLine().getOut();
            IngestLines lines = new IngestLines(out, json, false);
            SparkInputs.Listed listed = new SparkInputs(sc.hadoopConfiguration()).list(paths, request, defaults);
            SparkIngestJob job = new SparkIngestJob(sc, dramatis.writer(),
                    config.dataDir().toAbsolutePath().toString(), filesPerTask, System.err);
            SparkIngestJob.Result result = job.run(listed, lines);
            lines.finish(result.report());
            Path csv = summary != null ? summary
                    : config.dataDir().resolve("spark-ingest-" + LocalDateTime.now().format(STAMP) + ".csv");
            SummaryCsv.write(csv, result.filed());
            System.err.println("per-file summary: " + csv.toAbsolutePath());
            return result.report().anyFailed() ? ExitCodes.SOME_INPUTS_FAILED : ExitCodes.OK;
        }
    }
}
