package org.dramatis.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.dramatis.graph.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 the ingest at random points; after restart nothing is partial, nothing doubled, and the rest is ingested. */
class CrashSafetyIT {
    static final int DOCUMENTS = 80;

    @TempDir
    Path tmp;

    @Test
    void ingest_killedTwentyTimes_resumesWithoutPartialOrDuplicateDocuments() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int i = 0; i < DOCUMENTS; i++) {
            StringBuilder text = new StringBuilder("Dispatch " + i + "\n\n");
            for (int s = 0; s < 40; s++) {
                text.append("Speaker Hamid Qarawi").append(i % 5).append(" met Colonel Sami Duri").append(s % 7)
                        .append(" about the harbour budget number ").append(i * 100 + s).append(".\n");
            }
            Files.writeString(in.resolve(String.format("doc-%02d.txt", i)), text);
        }
        Path data = tmp.resolve("data");
        Random random = new Random(42);
        int killedMidway = 0;
        for (int kill = 0; kill < 20; kill++) {
            int before = storedSoFar(data);
            if (before == DOCUMENTS) {
                break;
            }
            Process p = start(data, in);
            if (random.nextInt(4) == 0) {
                // Now and then during start-up, migration or the first document.
                p.waitFor(random.nextInt(1500), TimeUnit.MILLISECONDS);
            } else {
                // Otherwise once this run has stored something, a random moment later: how fast the machine is
                // decides when ingestion happens, so the kill waits for progress rather than for a fixed time.
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                while (p.isAlive() && storedSoFar(data) <= before && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                Thread.sleep(random.nextInt(250));
            }
            p.destroyForcibly().waitFor();
            int stored = storedSoFar(data);
            if (stored > 0 && stored < DOCUMENTS) {
                killedMidway++;
            }
        }
        // The kills must have landed during ingestion, not only before it started or after it ended.
        assertThat(killedMidway).isGreaterThanOrEqualTo(3);
        Process last = start(data, in);
        assertThat(last.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(last.exitValue()).isZero();

        try (Database db = Database.open(data); Connection c = db.connection(); Statement s = c.createStatement()) {
            assertThat(count(s, "select count(*) from document")).isEqualTo(DOCUMENTS);
            assertThat(count(s, "select count(distinct name) from document")).isEqualTo(DOCUMENTS);
            assertThat(count(s, "select count(*) from document d where not exists"
                    + " (select 1 from sentence x where x.document_id = d.id)")).isZero();
            assertThat(count(s, "select count(*) from document d where not exists"
                    + " (select 1 from mention m where m.document_id = d.id)")).isZero();
            assertThat(count(s, "select count(*) from mention where cluster is not null and entity_id is null")).isZero();
            assertThat(count(s, "select count(*) from mention m where entity_id is not null and not exists"
                    + " (select 1 from entity e where e.id = m.entity_id)")).isZero();
        }
        Dramatis dramatis = Dramatis.open(Config.defaults(data), new FakeNlp());
        assertThat(dramatis.graph().actors(100, null)).extracting(a -> a.name())
                .doesNotHaveDuplicates();
        dramatis.close();
    }

    private static Process start(Path data, Path in) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                CrashIngestMain.class.getName(), data.toString(), in.toString()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Documents stored so far, read without migrating or locking: the file may be mid-creation. */
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
