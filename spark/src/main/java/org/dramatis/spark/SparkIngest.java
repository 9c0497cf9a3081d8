package org.dramatis.spark;

import org.dramatis.cli.Cli;
import picocli.CommandLine;

/**
 * The main class of the Spark job: {@code ./dramatis spark-ingest --master 'local[2]' ...} on one machine, or
 * {@code spark-submit --class org.dramatis.spark.SparkIngest ... dramatis-spark.jar --data DIR PATH...} on a cluster
 * (the master then comes from spark-submit). Exits 0 when every file was stored or known, 3 when some were rejected,
 * 2 on a usage error and 1 when the run failed.
 */
public final class SparkIngest {
    private SparkIngest() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command and returns its exit code. */
    public static int run(String... args) {
        return Cli.withErrorHandling(new CommandLine(new SparkIngestCommand())).execute(args);
    }
}
