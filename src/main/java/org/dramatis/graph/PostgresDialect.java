package org.dramatis.graph;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * PostgreSQL's SQL and connection settings: the server store named by {@code --db postgresql://...}. Writers are
 * serialized by a transaction-level advisory lock, as SQLite's one writer is, so the store's read-modify-write steps
 * (the next entity id, a re-resolution replacing every entity) keep the meaning they have on SQLite; readers take a
 * repeatable-read snapshot and never wait for a writer.
 */
final class PostgresDialect implements Dialect {
    static final PostgresDialect INSTANCE = new PostgresDialect();
    /** The advisory lock every write transaction takes; any number no other tool on the same database uses. */
    private static final long WRITE_LOCK = 0x4472616d61L;

    private PostgresDialect() {
    }

    @Override
    public String upsert(String table, List<String> keys, List<String> values) {
        return SqliteDialect.INSTANCE.upsert(table, keys, values);
    }

    @Override
    public String greatest(String... expressions) {
        return "greatest(" + String.join(", ", expressions) + ")";
    }

    @Override
    public String readOnlySession() {
        return "set session characteristics as transaction read only";
    }

    @Override
    public List<String> migrations() {
        return List.of("classpath:db/migration", "classpath:db/postgresql");
    }

    /** Moves the identity sequence of {@code table}'s {@code id}, if it has one, past the ids copied in. */
    @Override
    public void afterCopy(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select column_name from information_schema.columns"
                + " where table_schema = current_schema() and table_name = ? and column_name = 'id' and is_identity = 'YES'")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return;
                }
            }
        }
        try (Statement st = c.createStatement()) {
            st.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), coalesce(max(id), 0) + 1, false) from "
                    + table);
        }
    }

    @Override
    public String beginWrite() {
        return "select pg_advisory_xact_lock(" + WRITE_LOCK + ")";
    }

    /**
     * A pool of connections to {@code store}: for writers ({@code reads} false) or for readers, whose transactions are
     * read-only and see one snapshot from their first statement on.
     */
    HikariDataSource dataSource(ServerStore store, boolean reads) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(store.jdbcUrl());
        config.setUsername(store.user());
        config.setPassword(store.password());
        config.setPoolName(reads ? "dramatis-read" : "dramatis-write");
        // Writers queue on the advisory lock anyway; readers serve the workbench's concurrent requests.
        config.setMaximumPoolSize(reads ? 8 : 4);
        // No idle connections kept: a command or test that opens the store briefly leaves no server slots taken.
        config.setMinimumIdle(0);
        config.setIdleTimeout(10_000);
        config.setReadOnly(reads);
        if (reads) {
            config.setTransactionIsolation("TRANSACTION_REPEATABLE_READ");
        }
        return new HikariDataSource(config);
    }
}
