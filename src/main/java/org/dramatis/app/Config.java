package org.dramatis.app;

import java.nio.file.Path;
import org.dramatis.graph.ServerStore;
import org.dramatis.model.DramatisException;

/**
 * Everything Dramatis is configured with, validated once.
 *
 * @param dataDir where the database and search index live (default {@code ./data}, or {@code $DRAMATIS_DATA}); with a
 *     server store, where its search index and the user's data files live
 * @param threads documents annotated in parallel during ingest
 * @param host address the workbench binds to; local mode binds loopback only
 * @param port workbench port
 * @param budget how long reading a file or analysing a document may take before it is rejected
 * @param db the PostgreSQL store ({@code --db} or {@code $DRAMATIS_DB}), or null for the SQLite file in {@code dataDir}
 */
public record Config(Path dataDir, int threads, String host, int port, DocumentBudget budget, ServerStore db) {
    public static final String DATA_ENV = "DRAMATIS_DATA";
    public static final String DB_ENV = "DRAMATIS_DB";

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

    /** A configuration of the SQLite store in {@code dataDir}. */
    public Config(Path dataDir, int threads, String host, int port, DocumentBudget budget) {
        this(dataDir, threads, host, port, budget, null);
    }

    /** A configuration of the SQLite store in {@code dataDir} with the {@link DocumentBudget#DEFAULT default budget}. */
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

    /**
     * The server store from an explicit {@code --db} option, else {@code $DRAMATIS_DB}, else null (the SQLite file in
     * the data directory).
     */
    public static ServerStore db(String option) {
        String url = option != null ? option : System.getenv(DB_ENV);
        return url == null || url.isBlank() ? null : ServerStore.parse(url);
    }

    /**
     * Where the search index lives: {@code dataDir/index} beside the SQLite file, or for a server store
     * {@code dataDir/index-HOST-PORT-DB} on the machine that runs the command (Lucene stays beside the server store;
     * an index that misses documents catches up from the store when opened).
     */
    public Path indexDir() {
        if (db == null) {
            return dataDir.resolve("index");
        }
        String where = db.jdbcUrl().substring("jdbc:postgresql://".length()).replaceAll("[^A-Za-z0-9.]+", "-");
        return dataDir.resolve("index-" + where.replaceAll("-+$", ""));
    }

    /** Where the store is, for messages: the SQLite file or the server's URL without password. */
    public String storeName() {
        return db == null ? dataDir.resolve("dramatis.db").toString() : db.toString();
    }

    public Config withDb(ServerStore newDb) {
        return new Config(dataDir, threads, host, port, budget, newDb);
    }

    public static Config defaults(Path dataDir) {
        return new Config(dataDir, Math.max(1, Runtime.getRuntime().availableProcessors()), "127.0.0.1", 7070);
    }

    public Config withPort(int newPort) {
        return new Config(dataDir, threads, host, newPort, budget, db);
    }

    public Config withHost(String newHost) {
        return new Config(dataDir, threads, newHost, port, budget, db);
    }

    public Config withThreads(int newThreads) {
        return new Config(dataDir, newThreads, host, port, budget, db);
    }

    public Config withBudget(DocumentBudget newBudget) {
        return new Config(dataDir, threads, host, port, newBudget, db);
    }
}
