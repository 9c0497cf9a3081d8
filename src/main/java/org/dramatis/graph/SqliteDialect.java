package org.dramatis.graph;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** SQLite's SQL and connection settings: the embedded store under a data directory. */
final class SqliteDialect implements Dialect {
    static final SqliteDialect INSTANCE = new SqliteDialect();

    private SqliteDialect() {
    }

    @Override
    public String upsert(String table, List<String> keys, List<String> values) {
        String columns = String.join(", ", keys) + ", " + String.join(", ", values);
        String marks = String.join(",", java.util.Collections.nCopies(keys.size() + values.size(), "?"));
        String set = values.stream().map(v -> v + " = excluded." + v).collect(Collectors.joining(", "));
        return "insert into " + table + "(" + columns + ") values (" + marks + ") on conflict(" + String.join(", ", keys)
                + ") do update set " + set;
    }

    @Override
    public String greatest(String... expressions) {
        return "max(" + String.join(", ", expressions) + ")";
    }

    @Override
    public List<String> migrations() {
        return List.of("classpath:db/migration", "classpath:db/sqlite");
    }

    @Override
    public String readOnlySession() {
        return "pragma query_only = 1";
    }

    /**
     * A data source for the database file: for the writer ({@code reads} false) transactions begin IMMEDIATE, taking the
     * write lock at once so two writers queue instead of failing on lock upgrade; for readers they begin DEFERRED, so a
     * query takes a write-ahead-log snapshot and never queues behind a writer.
     */
    SQLiteDataSource dataSource(Path file, boolean reads) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // A writer and readers share the file: wait for locks rather than failing at once.
        config.setBusyTimeout(30_000);
        config.setTransactionMode(reads ? SQLiteConfig.TransactionMode.DEFERRED : SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return ds;
    }
}
