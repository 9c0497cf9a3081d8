package org.dramatis.cli;

import java.nio.file.Path;
import org.dramatis.app.Config;
import picocli.CommandLine.Option;

/**
 * The options every command shares: where the data lives (the one place a command's store is chosen). Public for the
 * Spark module's {@code spark-ingest}, which takes the same options.
 */
public final class DataOptions {
    @Option(names = "--data", paramLabel = "DIR",
            description = "Data directory (database, index). Default: $DRAMATIS_DATA or ./data")
    Path data;

    @Option(names = "--db", paramLabel = "URL",
            description = "A PostgreSQL store instead of the SQLite file in --data: postgresql://HOST:PORT/DB?user=U"
                    + " (password from the URL or $PGPASSWORD). Default: $DRAMATIS_DB, else SQLite")
    String db;

    @Option(names = "--threads", paramLabel = "N", description = "Documents annotated in parallel. Default: cores")
    Integer threads;

    /**
     * The configuration of a command that only reads: refuses a data directory that holds no store, so that a mistyped
     * {@code --data} is an error (exit 2) rather than an empty store reporting zeros.
     */
    Config existingStore(picocli.CommandLine cli) {
        Config c = config();
        if (c.db() == null && !java.nio.file.Files.isRegularFile(c.dataDir().resolve("dramatis.db"))) {
            throw new picocli.CommandLine.ParameterException(cli, "no Dramatis store in " + c.dataDir().toAbsolutePath()
                    + ": give the --data folder you ingested into (or set DRAMATIS_DATA)");
        }
        return c;
    }

    /** The configuration these options name. */
    public Config config() {
        Config c = Config.defaults(Config.dataDir(data)).withDb(Config.db(db));
        return threads == null ? c : c.withThreads(threads);
    }
}
