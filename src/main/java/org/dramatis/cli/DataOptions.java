package org.dramatis.cli;

import java.nio.file.Path;
import org.dramatis.app.Config;
import picocli.CommandLine.Option;

/** The options every command shares: where the data lives. */
final class DataOptions {
    @Option(names = "--data", paramLabel = "DIR",
            description = "Data directory (database, index). Default: $DRAMATIS_DATA or ./data")
    Path data;

    @Option(names = "--threads", paramLabel = "N", description = "Documents annotated in parallel. Default: cores")
    Integer threads;

    Config config() {
        Config c = Config.defaults(Config.dataDir(data));
        return threads == null ? c : c.withThreads(threads);
    }
}
