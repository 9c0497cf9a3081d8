package org.dramatis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dramatis.app.Dramatis;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code eval} scores the documents its gold names, or refuses; it never prints zeros for documents it could not find. */
class EvalCommandTest {
    @TempDir
    Path tmp;
    private Path data;
    private CommandLine cli;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void ingestNumberedFiles() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("clippings"));
        Files.writeString(in.resolve("01-harbour.txt"), "Harbour Defence League\n");
        Files.writeString(in.resolve("02_coast.md"), "Coastal Shield Movement\n");
        data = tmp.resolve("data");
        cli = Cli.commandLine(c -> Dramatis.open(c, LexiconCommandTest.LINES_ARE_ORGS));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("ingest", "--data", data.toString(), in.toString())).isZero();
        out.getBuffer().setLength(0);
    }

    private Path gold(String firstDoc, String secondDoc) throws Exception {
        return Files.writeString(tmp.resolve("gold.json"), """
                {"entities": [
                  {"id": "league", "type": "Organization", "names": ["Harbour Defence League"], "docs": ["%s"]},
                  {"id": "shield", "type": "Organization", "names": ["Coastal Shield Movement"], "docs": ["%s"]}
                ], "facts": [], "events": []}
                """.formatted(firstDoc, secondDoc));
    }

    @Test
    void numberedGoldIdsMatchNumberedFileNames() throws Exception {
        int code = cli.execute("eval", "--verbose", "--data", data.toString(), "--gold", gold("01", "2").toString());

        assertThat(code).isZero();
        assertThat(out.toString()).contains("01 -> 01-harbour.txt").contains("2 -> 02_coast.md")
                .containsPattern("actors found\\s+1\\.000\\s+2/2");
    }

    @Test
    void precisionIsPrintedBesideEachRecall() throws Exception {
        cli.execute("eval", "--data", data.toString(), "--gold", gold("01-harbour", "02_coast.md").toString());

        assertThat(out.toString()).containsPattern("facts recovered\\s+0\\.000\\s+0/0")
                .containsPattern("facts precision\\s+0\\.000\\s+0/0").contains("events precision").contains("facts F1");
    }

    @Test
    void rulesPrintsARowForEachExtractionRuleInRunOrder() throws Exception {
        int code = cli.execute("eval", "--rules", "--data", data.toString(), "--gold", gold("01", "2").toString());

        assertThat(code).isZero();
        assertThat(out.toString()).containsPattern("(?s)rule\\s+facts\\s+matched\\s+events\\s+matched.*\\nroles\\s+0\\s+0\\s+0\\s+0"
                + ".*\\nevents\\s+0");
    }

    @Test
    void aGoldIdThatMatchesNoDocumentExitsWith2AndNamesIt() throws Exception {
        int code = cli.execute("eval", "--data", data.toString(), "--gold", gold("01", "07").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("match no stored document").contains("07").doesNotContain("01 ->  ");
        assertThat(out.toString()).doesNotContain("actors found");
    }
}
