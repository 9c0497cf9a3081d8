package org.dramatis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dramatis.app.Dramatis;
import org.dramatis.nlp.NlpService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class IngestCommandTest {
    @TempDir
    Path tmp;

    private final CountDownLatch release = new CountDownLatch(1);

    /** Whole lines as organizations; a text holding WAIT is held until the test releases it. */
    private final NlpService held = (text, date) -> {
        if (text.contains("WAIT")) {
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return LexiconCommandTest.LINES_ARE_ORGS.annotate(text, date);
    };

    private CommandLine cli(StringWriter out) {
        CommandLine cli = Cli.commandLine(config -> Dramatis.open(config, held));
        cli.setOut(new PrintWriter(out));
        return cli;
    }

    @Test
    void ingest_printsEachFilesLineAsSoonAsItIsStored() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Harbour Defence League\n");
        Files.writeString(in.resolve("b.txt"), "Coastal Shield Movement WAIT\n");
        StringWriter out = new StringWriter();
        AtomicInteger code = new AtomicInteger(-1);
        Thread run = new Thread(() -> code.set(cli(out).execute("ingest", "--threads", "2", "--data",
                tmp.resolve("data").toString(), in.toString())));
        run.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!out.toString().contains("stored     a.txt") && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(out.toString()).contains("stored     a.txt").doesNotContain("b.txt").doesNotContain("1 stored");
            assertThat(run.isAlive()).as("b.txt is still being analysed").isTrue();
        } finally {
            release.countDown();
            run.join(60_000);
        }
        assertThat(code.get()).isZero();
        assertThat(out.toString().lines()).hasSize(3).last().asString().startsWith("2 stored, 0 duplicate, 0 rejected");
    }

    @Test
    void ingest_json_printsOneObjectPerFileThenTheSummary() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Harbour Defence League\n");
        Files.write(in.resolve("b.txt"), new byte[0]);
        release.countDown();
        StringWriter out = new StringWriter();

        int code = cli(out).execute("ingest", "--json", "--data", tmp.resolve("data").toString(), in.toString());

        assertThat(code).isEqualTo(3);
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().lines().toList()) {
            lines.add(json.readTree(line));
        }
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).get("outcome").asText()).isEqualTo("stored");
        assertThat(lines.get(0).get("name").asText()).isEqualTo("a.txt");
        assertThat(lines.get(0).get("document").asLong()).isPositive();
        assertThat(lines.get(1).get("outcome").asText()).isEqualTo("rejected");
        assertThat(lines.get(1).get("reason").asText()).isEqualTo("EMPTY");
        assertThat(lines.get(1).get("message").asText()).isEqualTo("b.txt: empty file (0 bytes)");
        assertThat(lines.get(2).get("summary").get("stored").asInt()).isEqualTo(1);
        assertThat(lines.get(2).get("summary").get("rejected").asInt()).isEqualTo(1);
    }

    @Test
    void ingest_escapesControlCharactersSoAFileNameCannotForgeALine() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.write(in.resolve("evil\nstored     forged.md"), new byte[0]);
        release.countDown();
        StringWriter out = new StringWriter();

        int code = cli(out).execute("ingest", "--data", tmp.resolve("data").toString(), in.toString());

        assertThat(code).isEqualTo(3);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("rejected   evil\\nstored     forged.md")
                .endsWith("evil\\nstored     forged.md: empty file (0 bytes)");
        assertThat(lines).noneMatch(l -> l.startsWith("stored"));
    }

    @Test
    void printable_escapesLineBreaksControlsAndBidiOverrides() {
        assertThat(Printable.of("a\nb\rc\td")).isEqualTo("a\\nb\\rc\\td");
        assertThat(Printable.of("x\u0000y\u001b[2Jz\u0085")).isEqualTo("x\\u0000y\\u001B[2Jz\\u0085");
        assertThat(Printable.of("report\u202Efdp.exe \u2028")).isEqualTo("report\\u202Efdp.exe \\u2028");
        assertThat(Printable.of("خبر عاجل.txt")).isEqualTo("خبر عاجل.txt");
    }
}
