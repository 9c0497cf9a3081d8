package org.dramatis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dramatis.eval.EvalFixture;
import org.dramatis.graph.Database;
import org.dramatis.graph.DecisionRepository;
import org.dramatis.graph.DecisionRepository.NewDecision;
import org.dramatis.graph.ServerStore;
import org.dramatis.graph.StoreCopy;
import org.dramatis.graph.TestStores;
import org.dramatis.resolve.Decision;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code dramatis migrate} while another process writes to the SQLite source: the copy is the source's last committed
 * state as of one moment, never waits for the writer's lock, and never holds half of a write. Copied into each kind of
 * store; the command itself runs when a PostgreSQL test database is given (its {@code --to} must be one).
 */
@ParameterizedClass
@MethodSource("org.dramatis.graph.TestStores#kinds")
class MigrateDuringWritesTest {
    @Parameter
    TestStores.Kind store;

    @TempDir
    Path tmp;

    /** A connection of another process's kind (not Dramatis's) that holds the source's write lock, uncommitted. */
    private Connection holdingTheWriteLock() throws SQLException {
        Connection w = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("source/dramatis.db"));
        w.setAutoCommit(false);
        try (Statement st = w.createStatement()) {
            st.executeUpdate("update resolution_state set wanted = wanted + 1000");
        }
        return w;
    }

    private static long wanted(Database db) {
        return db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select wanted from resolution_state")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static long decisions(Database db) {
        return db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select count(*) from decision")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Test
    void copy_whileAWriterHoldsTheSourcesWriteLock_copiesTheCommittedStateWithoutWaiting() throws Exception {
        long committed;
        try (Database source = EvalFixture.sample(tmp.resolve("source")).database()) {
            committed = wanted(source);
        }
        try (Connection writer = holdingTheWriteLock();
             Database source = Database.openToRead(tmp.resolve("source"));
             Database copy = store.open(tmp.resolve("copy"))) {
            Map<String, Long> rows = StoreCopy.copy(source, copy);
            assertThat(rows).containsEntry("document", 2L);
            assertThat(wanted(copy)).as("the uncommitted write is not in the copy").isEqualTo(committed);
            writer.commit();
            assertThat(wanted(source)).isEqualTo(committed + 1000);
        }
    }

    @Test
    void copy_whileAnotherConnectionKeepsWriting_copiesOneSnapshot() throws Exception {
        try (Database source = EvalFixture.sample(tmp.resolve("source")).database()) {
            // Enough rows that the copy takes a while, stored in one transaction.
            List<NewDecision> many = new ArrayList<>();
            for (int i = 0; i < 20_000; i++) {
                many.add(new NewDecision(Decision.Kind.RENAME, "Mira Castell", null, "Castell " + i, null));
            }
            new DecisionRepository(source).addDecisions(many);
        }
        AtomicBoolean copying = new AtomicBoolean(true);
        Queue<Long> commits = new ConcurrentLinkedQueue<>();
        // Each of the writer's transactions adds one decision and raises the wanted version by one, together.
        Thread writer = new Thread(() -> {
            try (Database other = Database.open(tmp.resolve("source"))) {
                DecisionRepository decisions = new DecisionRepository(other);
                for (int i = 0; copying.get(); i++) {
                    decisions.addDecision(Decision.Kind.RENAME, "Coastal Guard", null, "Guard " + i);
                    commits.add(System.nanoTime());
                }
            }
        }, "writer");
        try (Database source = Database.openToRead(tmp.resolve("source"));
             Database copy = store.open(tmp.resolve("copy"))) {
            long gap = decisions(source) - wanted(source);
            writer.start();
            while (commits.isEmpty()) {
                Thread.onSpinWait();
            }
            long start = System.nanoTime();
            Map<String, Long> rows = StoreCopy.copy(source, copy);
            long end = System.nanoTime();
            copying.set(false);
            writer.join();

            assertThat(commits).as("the writer committed while the copy ran").anyMatch(t -> t > start && t < end);
            assertThat(decisions(copy)).isEqualTo(rows.get("decision"));
            assertThat(decisions(copy) - wanted(copy)).as("no write is half in the copy").isEqualTo(gap);
            assertThat(decisions(source)).as("later writes are not").isGreaterThan(rows.get("decision"));
        }
    }

    @Test
    void migrateCommand_whileAWriterHoldsTheSourcesWriteLock_copiesTheCommittedState() throws Exception {
        Assumptions.assumeTrue(store == TestStores.Kind.POSTGRESQL, "migrate copies into PostgreSQL only");
        EvalFixture.sample(tmp.resolve("source")).database().close();
        ServerStore target = store.server(tmp.resolve("copy"));
        String url = target.jdbcUrl() + (target.user() == null ? "" : "&user=" + target.user())
                + (target.password() == null ? "" : "&password=" + target.password());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (Connection writer = holdingTheWriteLock()) {
            picocli.CommandLine cli = Cli.commandLine();
            cli.setOut(new PrintWriter(out));
            cli.setErr(new PrintWriter(err));
            int code = cli.execute("migrate", "--from", tmp.resolve("source").toString(), "--to", url);
            assertThat(code).as(err.toString()).isZero();
            writer.rollback();
        }
        assertThat(out.toString()).contains("copied").containsPattern("document\\s+2");
    }
}
