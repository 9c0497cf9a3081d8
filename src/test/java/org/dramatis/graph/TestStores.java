package org.dramatis.graph;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stores a store test runs on: SQLite always, and PostgreSQL too when {@code DRAMATIS_TEST_PG} names a database
 * ({@code postgresql://HOST:PORT/DB?user=U} or a JDBC URL; {@code .ci/run} starts one). Each test directory gets a
 * fresh PostgreSQL schema of its own, so tests never see each other's rows; the schemas are dropped when the JVM ends.
 *
 * <pre>{@code
 * @ParameterizedClass
 * @MethodSource("org.dramatis.graph.TestStores#kinds")
 * class SomeStoreTest {
 *     @Parameter
 *     TestStores.Kind store;
 *     ... try (Database db = store.open(dir)) { ... }
 * }</pre>
 */
public final class TestStores {
    public static final String ENV = "DRAMATIS_TEST_PG";
    private static final Set<String> SCHEMAS = ConcurrentHashMap.newKeySet();
    private static final java.util.concurrent.atomic.AtomicBoolean CLEANUP = new java.util.concurrent.atomic.AtomicBoolean();

    private TestStores() {
    }

    /** The kinds of store the tests run on here. */
    public static List<Kind> kinds() {
        String pg = System.getenv(ENV);
        return pg == null || pg.isBlank() ? List.of(Kind.SQLITE) : List.of(Kind.SQLITE, Kind.POSTGRESQL);
    }

    /** A kind of store. */
    public enum Kind {
        SQLITE, POSTGRESQL;

        /**
         * The store of test directory {@code dir}: SQLite's file in it, or the PostgreSQL schema made for it (the same
         * schema when the same directory is opened again, as by a second process).
         */
        public Database open(Path dir) {
            return this == SQLITE ? Database.open(dir) : Database.open(server(dir), dir);
        }

        /** The {@code --db} value for {@code dir}: null for SQLite (the data directory holds the store). */
        public ServerStore server(Path dir) {
            return this == SQLITE ? null : schemaFor(dir);
        }
    }

    private static ServerStore schemaFor(Path dir) {
        ServerStore base = ServerStore.parse(System.getenv(ENV));
        String schema = "t_" + HexFormat.of().formatHex(sha1(dir.toAbsolutePath().toString()), 0, 8);
        if (SCHEMAS.add(schema)) {
            execute(base, "drop schema if exists " + schema + " cascade; create schema " + schema);
            if (CLEANUP.compareAndSet(false, true)) {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> dropAll(base), "drop-test-schemas"));
            }
        }
        String url = base.jdbcUrl() + (base.jdbcUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new ServerStore(url, base.user(), base.password());
    }

    private static void dropAll(ServerStore base) {
        for (String schema : SCHEMAS) {
            execute(base, "drop schema if exists " + schema + " cascade");
        }
    }

    private static void execute(ServerStore store, String sql) {
        Properties login = new Properties();
        if (store.user() != null) {
            login.setProperty("user", store.user());
        }
        if (store.password() != null) {
            login.setProperty("password", store.password());
        }
        try (Connection c = DriverManager.getConnection(store.jdbcUrl(), login); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "' on " + store + " (" + ENV + "): " + e.getMessage(), e);
        }
    }

    private static byte[] sha1(String s) {
        try {
            return java.security.MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
