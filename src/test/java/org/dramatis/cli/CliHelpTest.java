package org.dramatis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dramatis.app.Dramatis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What a new user meets first: help on every command, plain errors, no empty store made by a typo. */
class CliHelpTest {
    @TempDir
    Path tmp;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private CommandLine cli() {
        CommandLine cli = Cli.commandLine(c -> Dramatis.open(c, LexiconCommandTest.LINES_ARE_ORGS));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli;
    }

    @Test
    void helpWorksOnEverySubcommand() {
        CommandLine cli = cli();
        for (String name : cli.getSubcommands().keySet()) {
            if (name.equals("help")) {
                continue;
            }
            out.getBuffer().setLength(0);
            int code = cli.execute(name, "--help");
            assertThat(code).as(name + " --help: " + err).isZero();
            assertThat(out.toString()).as(name).contains("Usage: dramatis " + name);
        }
    }

    @Test
    void readOnlyCommandsRefuseAFolderWithNoStoreAndCreateNothing() {
        Path typo = tmp.resolve("dta");
        for (String[] args : new String[][] {{"stats"}, {"eval", "--gold", "gold.json"}, {"export", "--format", "csv"},
                {"posts", "--as-of", "2022"}}) {
            err.getBuffer().setLength(0);
            String[] full = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                    java.util.stream.Stream.of("--data", typo.toString())).toArray(String[]::new);
            assertThat(cli().execute(full)).as(args[0]).isEqualTo(2);
            assertThat(err.toString()).as(args[0]).contains("no Dramatis store in").contains("dta");
            assertThat(typo).doesNotExist();
        }
    }

    @Test
    void postsAcceptsAYearOrAMonthAndRefusesOtherWordsPlainly() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Harbour Defence League\n");
        Path data = tmp.resolve("data");
        CommandLine cli = cli();
        assertThat(cli.execute("ingest", "--data", data.toString(), in.toString())).isZero();

        assertThat(cli.execute("posts", "--data", data.toString(), "--as-of", "2022")).isZero();
        assertThat(cli.execute("posts", "--data", data.toString(), "--as-of", "2022-09")).isZero();
        assertThat(out.toString()).contains("held on 2022-09 (dated)").contains("undated:");
        assertThat(cli.execute("posts", "--data", data.toString(), "--as-of", "June")).isEqualTo(2);
        assertThat(cli.execute("posts", "--data", data.toString(), "--as-of", "2022-13")).isEqualTo(2);
        assertThat(err.toString()).contains("--as-of 'June' is no date").doesNotContain("Exception");
    }
}
