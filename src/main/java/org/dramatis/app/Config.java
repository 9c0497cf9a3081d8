package org.dramatis.app;

import java.nio.file.Path;
import org.dramatis.model.DramatisException;

/**
 * Everything Dramatis is configured with, validated once.
 *
 * @param dataDir where the database and search index live (default {@code ./data}, or {@code $DRAMATIS_DATA})
 * @param threads documents annotated in parallel during ingest
 * @param host address the workbench binds to; local mode binds loopback only
 * @param port workbench port
 * @param budget how long reading a file or analysing a document may take before it is rejected
 */
public record Config(Path dataDir, int threads, String host, int port, DocumentBudget budget) {
    public static final String DATA_ENV = "DRAMATIS_DATA";

    public Config {
        if (dataDir == null) {
            throw new DramatisException("data directory is not set");
        }
        if (threads < 1 || threads > 64) {
            throw new DramatisException("threads must be between 1 and 64, got " + threads);
        }
        if (port < 0 || port > 65535) {
            throw new DramatisException("port must be between 0 and 65535, got " + port);
        }
        if (budget == null) {
            throw new DramatisException("document budget is not set");
        }
    }

    /** A configuration with the {@link DocumentBudget#DEFAULT default budget}. */
    public Config(Path dataDir, int threads, String host, int port) {
        this(dataDir, threads, host, port, DocumentBudget.DEFAULT);
    }

    /** The data directory from an explicit option, else the environment, else {@code ./data}. */
    public static Path dataDir(Path option) {
        if (option != null) {
            return option;
        }
        String env = System.getenv(DATA_ENV);
        return Path.of(env == null || env.isBlank() ? "data" : env);
    }

    public static Config defaults(Path dataDir) {
        return new Config(dataDir, Math.max(1, Runtime.getRuntime().availableProcessors()), "127.0.0.1", 7070);
    }

    public Config withPort(int newPort) {
        return new Config(dataDir, threads, host, newPort, budget);
    }

    public Config withThreads(int newThreads) {
        return new Config(dataDir, newThreads, host, port, budget);
    }

    public Config withBudget(DocumentBudget newBudget) {
        return new Config(dataDir, threads, host, port, newBudget);
    }
}
