package org.dramatis.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.dramatis.model.DramatisException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

@ParameterizedClass
@MethodSource("org.dramatis.graph.TestStores#kinds")
class DatabaseReadTest {
    @Parameter
    TestStores.Kind store;

    @TempDir
    Path dir;

    @Test
    void read_seesTheLastCommitWhileAWriterHoldsTheLock() throws Exception {
        try (Database db = store.open(dir)) {
            db.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("insert into document(name, sha256, text, ingested_at) values ('a', 'h1', 'one', '2026-01-01')");
                }
                return null;
            });
            ExecutorService reader = Executors.newSingleThreadExecutor();
            try (Connection writer = db.connection()) {
                writer.setAutoCommit(false);
                try (Statement s = writer.createStatement()) {
                    // IMMEDIATE mode: this holds the write lock until rollback
                    s.executeUpdate("insert into document(name, sha256, text, ingested_at) values ('b', 'h2', 'two', '2026-01-01')");
                }
                Future<Integer> count = reader.submit(() -> db.read(c -> {
                    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from document")) {
                        rs.next();
                        return rs.getInt(1);
                    }
                }));
                // A reader that took the write lock would wait here for the 30 s busy timeout and then fail.
                assertThat(count.get(20, TimeUnit.SECONDS)).isEqualTo(1);
                writer.rollback();
            } finally {
                reader.shutdownNow();
            }
        }
    }

    @Test
    void read_refusesToWrite() {
        try (Database db = store.open(dir)) {
            assertThatThrownBy(() -> db.read(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("insert into document(name, sha256, text, ingested_at) values ('c', 'h3', 'x', '2026-01-01')");
                }
            })).isInstanceOf(DramatisException.class);
        }
    }
}
