package org.dramatis.graph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.dramatis.model.DramatisException;
import org.flywaydb.core.Flyway;

/**
 * The store, migrated by Flyway on open: the embedded SQLite database under a data directory (the default), or a
 * PostgreSQL database ({@link #open(ServerStore)}), behind the same repository classes.
 * Each call to {@link #connection()} takes a fresh (SQLite) or pooled (PostgreSQL) connection; readers never wait for a
 * writer (SQLite's write-ahead log, PostgreSQL's snapshots). Every write goes through {@link #inTransaction}, which also
 * raises the store's {@link #version()}.
 */
public final class Database implements AutoCloseable {
    private static final String BUMP_VERSION = "update store_version set version = version + 1";

    /** The SQLite file, or null for a server store. */
    private final Path file;
    /** The data folder whose user data files (post lexicons) the store's queries read; null for none. */
    private final Path dataDir;
    /** What the store is called in messages: the file or the URL without password. */
    private final String name;
    private final Dialect dialect;
    private final DataSource dataSource;
    /**
     * For reads. On SQLite the same file, whose transactions begin DEFERRED, so a query takes a WAL read snapshot
     * instead of the write lock and never queues behind an ingest's transaction or another reader; on PostgreSQL a pool
     * of read-only repeatable-read connections.
     */
    private final DataSource readSource;
    /**
     * SQLite only (null on PostgreSQL), held open for the database's lifetime: when the last connection to a WAL
     * database closes, SQLite checkpoints the log, which made every short transaction cost ~14 ms instead of ~0.3 ms
     * ({@code dramatis bench}).
     */
    private final Connection keepAlive;

    private Database(Path file, Path dataDir, String name, Dialect dialect, DataSource dataSource, DataSource readSource) {
        this.file = file;
        this.dataDir = dataDir;
        this.name = name;
        this.dialect = dialect;
        this.dataSource = dataSource;
        this.readSource = readSource;
        this.keepAlive = file == null ? null : connection();
    }

    /** Opens (creating if needed) {@code dataDir/dramatis.db} and applies pending migrations. */
    public static Database open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new DramatisException("cannot create data directory " + dataDir + ": " + e.getMessage(), e);
        }
        Path file = dataDir.resolve("dramatis.db");
        SqliteDialect dialect = SqliteDialect.INSTANCE;
        DataSource ds = dialect.dataSource(file, false);
        migrate(ds, dialect, file.toString());
        return new Database(file, dataDir, file.toString(), dialect, ds, dialect.dataSource(file, true));
    }

    /**
     * Opens the existing {@code dataDir/dramatis.db} to read only, without waiting for a process writing to it (an
     * ingest, a workbench, a re-resolution): its connections are read-only, nothing is migrated when its tables are up
     * to date, and each {@link #read} sees one committed snapshot; {@link #inTransaction} fails. A store that needs a
     * migration first is opened as {@link #open(Path)} does, which takes the write lock.
     */
    public static Database openToRead(Path dataDir) {
        Path file = dataDir.resolve("dramatis.db");
        if (!Files.isRegularFile(file)) {
            throw new DramatisException("no Dramatis store in " + dataDir.toAbsolutePath() + " (no dramatis.db)");
        }
        SqliteDialect dialect = SqliteDialect.INSTANCE;
        org.sqlite.SQLiteDataSource reads = dialect.dataSource(file, true);
        reads.setReadOnly(true);
        if (pendingMigrations(reads, dialect, file.toString())) {
            return open(dataDir);
        }
        return new Database(file, dataDir, file.toString(), dialect, reads, reads);
    }

    /**
     * Opens the PostgreSQL database {@code store} (which must exist; its tables are created on first open) and applies
     * pending migrations. {@code dataDir} holds the user's data files the queries read (null: the bundled ones only).
     */
    public static Database open(ServerStore store, Path dataDir) {
        PostgresDialect dialect = PostgresDialect.INSTANCE;
        com.zaxxer.hikari.HikariDataSource writes;
        try {
            writes = dialect.dataSource(store, false);
        } catch (RuntimeException e) {
            throw new DramatisException("cannot connect to " + store + ": " + rootMessage(e), e);
        }
        try {
            migrate(writes, dialect, store.toString());
            return new Database(null, dataDir, store.toString(), dialect, writes, dialect.dataSource(store, true));
        } catch (RuntimeException e) {
            writes.close();
            throw e;
        }
    }

    private static void migrate(DataSource ds, Dialect dialect, String name) {
        try {
            Flyway.configure().dataSource(ds).locations(dialect.migrations().toArray(String[]::new)).load().migrate();
        } catch (org.flywaydb.core.api.FlywayException e) {
            String why = rootMessage(e);
            if (why != null && why.contains("SQLITE_BUSY")) {
                why = "another process held its write lock all along (an ingest, a workbench, a re-resolution); run this"
                        + " again when it has finished";
            }
            throw new DramatisException("cannot bring the store " + name + " up to date: " + why, e);
        }
    }

    private static boolean pendingMigrations(DataSource ds, Dialect dialect, String name) {
        try {
            return Flyway.configure().dataSource(ds).locations(dialect.migrations().toArray(String[]::new)).load().info()
                    .pending().length > 0;
        } catch (org.flywaydb.core.api.FlywayException e) {
            throw new DramatisException("cannot read the migrations of the store " + name + ": " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    /** Releases the connection that keeps the write-ahead log open, or the server store's pools. */
    @Override
    public void close() {
        try {
            if (keepAlive != null) {
                keepAlive.close();
            }
            for (DataSource ds : new DataSource[] {dataSource, readSource}) {
                if (ds instanceof AutoCloseable pool) {
                    pool.close();
                }
            }
        } catch (Exception e) {
            throw new DramatisException("cannot close database " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * A number that changes whenever any connection, in this process or another, commits a write through
     * {@link #inTransaction}: the {@code store_version} row, raised in every write transaction. Read-side caches keep an
     * answer while it stays the same.
     */
    public long version() {
        if (keepAlive == null) {
            try (Connection c = readSource.getConnection()) {
                return readVersion(c);
            } catch (SQLException e) {
                throw new DramatisException("cannot read the version of database " + name + ": " + e.getMessage(), e);
            }
        }
        synchronized (keepAlive) {
            try {
                return readVersion(keepAlive);
            } catch (SQLException e) {
                throw new DramatisException("cannot read the version of database " + name + ": " + e.getMessage(), e);
            }
        }
    }

    private static long readVersion(Connection c) throws SQLException {
        try (java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("select version from store_version")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** The SQLite file, or null when the store is a PostgreSQL database. */
    public Path file() {
        return file;
    }

    /** The data folder holding the user's data files, or null when there is none. */
    public Path dataDir() {
        return dataDir;
    }

    /** The store as messages name it: the SQLite file, or the server's URL without password. */
    public String describe() {
        return name;
    }

    /** The SQL dialect of the store. */
    public Dialect dialect() {
        return dialect;
    }

    public Connection connection() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new DramatisException("cannot open database " + name + ": " + e.getMessage(), e);
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
                if (dialect.beginWrite() != null) {
                    try (java.sql.Statement st = c.createStatement()) {
                        st.execute(dialect.beginWrite());
                    }
                }
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
            throw new DramatisException("database error in " + name + ": " + e.getMessage(), e);
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
            throw new DramatisException("database error in " + name + ": " + e.getMessage(), e);
        }
    }

    /** A unit of SQL work run inside {@link #inTransaction} or {@link #read}. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
