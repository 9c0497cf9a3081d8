package org.dramatis.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.dramatis.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliIngestIT {
    @TempDir
    Path tmp;

    @Test
    void ingest_reportsEachBadFileStoresTheGoodOneAndExitsWith3() throws Exception {
        Path in = IngestPipelineTest.badFolder(tmp);
        StringWriter out = new StringWriter();
        CommandLine cli = Cli.commandLine(config -> Dramatis.open(config, SharedNlp.get()));
        cli.setOut(new PrintWriter(out));

        int code = cli.execute("ingest", "--data", tmp.resolve("data").toString(), in.toString());

        assertThat(code).isEqualTo(3);
        assertThat(out.toString())
                .containsPattern("stored\\s+good.md")
                .containsPattern("rejected\\s+empty.txt\\s+.*empty")
                .containsPattern("rejected\\s+blob.bin\\s+.*binary")
                .containsPattern("rejected\\s+broken.txt\\s+.*UTF-8")
                .contains("1 stored, 0 duplicate, 3 rejected");

        StringWriter again = new StringWriter();
        cli.setOut(new PrintWriter(again));
        int second = cli.execute("ingest", "--data", tmp.resolve("data").toString(), in.resolve("good.md").toString());
        assertThat(second).isZero();
        assertThat(again.toString()).contains("0 stored, 1 duplicate, 0 rejected");
    }

    @Test
    void ingest_anArticleWhoseHeadlineOpensWithATriggerWordIsStoredWithItsFacts() throws Exception {
        Path in = java.nio.file.Files.createDirectories(tmp.resolve("clippings"));
        java.nio.file.Files.writeString(in.resolve("01-convoy.txt"), """
                Terrorist attack on minister's convoy kills three guards

                Tolmer, 14 March 2022 - Gunmen attacked the convoy of Defence Minister Kaveh Torabi near Tolmer on \
                Sunday. The Red Hand, a militia backed by Kastmir, claimed the attack. Torabi accused the Red Hand of \
                trying to kill him.
                """);
        StringWriter out = new StringWriter();
        CommandLine cli = Cli.commandLine(config -> Dramatis.open(config, SharedNlp.get()));
        cli.setOut(new PrintWriter(out));

        int code = cli.execute("ingest", "--data", tmp.resolve("data").toString(), in.toString());

        assertThat(code).isZero();
        assertThat(out.toString()).containsPattern("stored\\s+01-convoy.txt\\s+\\d+ mentions, [1-9]\\d* facts, [1-9]\\d* events\n")
                .contains("1 stored, 0 duplicate, 0 rejected; 0 rule failures");
    }

    @Test
    void unknownExportFormat_isAUsageErrorNamingTheValidOnes() {
        StringWriter err = new StringWriter();
        CommandLine cli = Cli.commandLine(config -> Dramatis.open(config, new FakeNlp()));
        cli.setErr(new PrintWriter(err));

        int code = cli.execute("export", "--data", tmp.resolve("data").toString(), "--format", "xlsx");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("error: unknown export format 'xlsx'").contains("ftm");
    }
}
