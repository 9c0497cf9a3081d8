package org.dramatis.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dramatis.graph.CrashPoints;
import org.dramatis.graph.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ingest is stopped dead, as {@code kill -9} would, at named steps of storing a document ({@link CrashPoints});
 * after each restart nothing is partial, nothing doubled, and the rest is ingested. The steps are chosen, not hoped
 * for, so the test passes or fails the same on a fast machine and a loaded one.
 */
class CrashSafetyIT {
    static final int DOCUMENTS = 24;

    /**
     * Each run halts at the N-th time it reaches the step: inside a document's transaction, between its commit and its
     * resolution, after the resolution; at the first document of a run and deeper into one; and while a run resolves
     * the document the previous one left unresolved (steps 3 and 6).
     */
    static final List<String> HALTS = List.of("document.inserted#1", "document.resolving#2", "document.resolved#3",
            "document.inserted#4", "document.resolving#1", "document.resolved#1", "document.inserted#2");

    @TempDir
    Path tmp;

    @Test
    void ingest_haltedAtEveryStoringStep_resumesWithoutPartialOrDuplicateDocuments() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int i = 0; i < DOCUMENTS; i++) {
            StringBuilder text = new StringBuilder("Dispatch " + i + "\n\n");
            for (int s = 0; s < 12; s++) {
                text.append("Speaker Hamid Qarawi").append(i % 5).append(" met Colonel Sami Duri").append(s % 7)
                        .append(" about the harbour budget number ").append(i * 100 + s).append(".\n");
            }
            Files.writeString(in.resolve(String.format("doc-%02d.txt", i)), text);
        }
        Path data = tmp.resolve("data");
        List<Integer> storedAfter = new ArrayList<>();
        for (String halt : HALTS) {
            Process p = start(data, in, halt);
            assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("run halting at %s ended", halt).isTrue();
            assertThat(p.exitValue()).as("run halted at %s", halt).isEqualTo(CrashPoints.EXIT_CODE);
            int stored = storedSoFar(data);
            assertConsistent(data, stored);
            storedAfter.add(stored);
        }
        // Documents are stored one at a time in input order: a halt inside a transaction keeps none of it, a halt
        // after a commit keeps the document whether or not it was resolved (the next run resolves it first).
        assertThat(storedAfter).containsExactly(0, 2, 4, 7, 8, 8, 9);

        Process last = start(data, in, null);
        assertThat(last.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(last.exitValue()).isZero();
        assertThat(storedSoFar(data)).isEqualTo(DOCUMENTS);
        assertConsistent(data, DOCUMENTS);
        Dramatis dramatis = Dramatis.open(Config.defaults(data), new FakeNlp());
        assertThat(dramatis.graph().actors(100, null)).extracting(a -> a.name())
                .doesNotHaveDuplicates();
        dramatis.close();
    }

    /** What any halt may leave: documents whole (sentences and mentions), resolved mentions on existing entities. */
    private static void assertConsistent(Path data, int documents) throws Exception {
        if (documents == 0) {
            return;
        }
        try (Database db = Database.open(data); Connection c = db.connection(); Statement s = c.createStatement()) {
            assertThat(count(s, "select count(*) from document")).isEqualTo(documents);
            assertThat(count(s, "select count(distinct name) from document")).isEqualTo(documents);
            assertThat(count(s, "select count(*) from document d where not exists"
                    + " (select 1 from sentence x where x.document_id = d.id)")).isZero();
            assertThat(count(s, "select count(*) from document d where not exists"
                    + " (select 1 from mention m where m.document_id = d.id)")).isZero();
            assertThat(count(s, "select count(*) from mention m where entity_id is not null and not exists"
                    + " (select 1 from entity e where e.id = m.entity_id)")).isZero();
        }
    }

    private static Process start(Path data, Path in, String haltAt) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // A short run: the client compiler alone and the serial collector do the same work for about two thirds
        // of the CPU time (JIT and GC threads would otherwise compete with the test's other JVMs).
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        if (haltAt != null) {
            cmd.add("-Ddramatis.haltAt=" + haltAt);
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), CrashIngestMain.class.getName(),
                data.toString(), in.toString()));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Documents stored so far, read without migrating or locking. */
    private static int storedSoFar(Path data) throws Exception {
        Path file = data.resolve("dramatis.db");
        if (!Files.exists(file)) {
            return 0;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
                Statement s = c.createStatement()) {
            s.execute("pragma busy_timeout = 5000");
            return count(s, "select count(*) from document");
        } catch (SQLException e) {
            return 0; // the schema is not there yet
        }
    }

    private static int count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
