package org.dramatis.graph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.dramatis.model.DramatisException;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteDataSource;

/**
 * The embedded SQLite database under a data directory, migrated by Flyway on open.
 * Each call to {@link #connection()} opens a fresh connection; WAL mode lets the workbench read while an ingest writes.
 * Every write goes through {@link #inTransaction}, which also raises the store's {@link #version()}.
 */
public final class Database implements AutoCloseable {
    private static final String BUMP_VERSION = "update store_version set version = version + 1";

    private final Path file;
    private final Dialect dialect = SqliteDialect.INSTANCE;
    private final SQLiteDataSource dataSource;
    /**
     * The same file for reads: transactions begin DEFERRED, so a query takes a WAL read snapshot instead of the write
     * lock and never queues behind an ingest's transaction or another reader.
     */
    private final SQLiteDataSource readSource;
    /**
     * Held open for the database's lifetime: when the last connection to a WAL database closes, SQLite checkpoints
     * the log, which made every short transaction cost ~14 ms instead of ~0.3 ms ({@code dramatis bench}).
     */
    private final Connection keepAlive;

    private Database(Path file, SQLiteDataSource dataSource, SQLiteDataSource readSource) {
        this.file = file;
        this.dataSource = dataSource;
        this.readSource = readSource;
        this.keepAlive = connection();
    }

    /** Opens (creating if needed) {@code dataDir/dramatis.db} and applies pending migrations. */
    public static Database open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new DramatisException("cannot create data directory " + dataDir + ": " + e.getMessage(), e);
        }
        Path file = dataDir.resolve("dramatis.db");
        SQLiteDataSource ds = SqliteDialect.INSTANCE.dataSource(file, false);
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        return new Database(file, ds, SqliteDialect.INSTANCE.dataSource(file, true));
    }

    /** Releases the connection that keeps the write-ahead log open. */
    @Override
    public void close() {
        try {
            keepAlive.close();
        } catch (SQLException e) {
            throw new DramatisException("cannot close database " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * A number that changes whenever any connection, in this process or another, commits a write through
     * {@link #inTransaction}: the {@code store_version} row, raised in every write transaction. Read-side caches keep an
     * answer while it stays the same.
     */
    public long version() {
        synchronized (keepAlive) {
            try (java.sql.Statement st = keepAlive.createStatement();
                 java.sql.ResultSet rs = st.executeQuery("select version from store_version")) {
                return rs.next() ? rs.getLong(1) : 0;
            } catch (SQLException e) {
                throw new DramatisException("cannot read the version of database " + file + ": " + e.getMessage(), e);
            }
        }
    }

    public Path file() {
        return file;
    }

    public Connection connection() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new DramatisException("cannot open database " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs {@code work} in one write transaction: all of it is stored or none, and the store's {@link #version()} is
     * raised in the same transaction, so no cache keeps an answer the write changed. Reads go through {@link #read}.
     */
    public <T> T inTransaction(SqlWork<T> work) {
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                try (java.sql.Statement st = c.createStatement()) {
                    st.executeUpdate(BUMP_VERSION);
                }
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new DramatisException("database error in " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs read-only {@code work} on one consistent snapshot without taking the write lock. Writing inside it fails
     * (the connection is read-only).
     */
    public <T> T read(SqlWork<T> work) {
        try (Connection c = readSource.getConnection()) {
            try (java.sql.Statement st = c.createStatement()) {
                st.execute(dialect.readOnlySession());
            }
            c.setAutoCommit(false);
            try {
                return work.run(c);
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new DramatisException("database error in " + file + ": " + e.getMessage(), e);
        }
    }

    /** A unit of SQL work run inside {@link #inTransaction} or {@link #read}. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
