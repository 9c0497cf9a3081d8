package org.dramatis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dramatis.app.Dramatis;
import org.dramatis.graph.ServerStore;
import org.dramatis.graph.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * {@code bench api --clients N} with a writer beside the clients, on a small generated store: every endpoint is
 * measured while the writer runs and the errors are counted. No latency is asserted (figures go to BENCHMARKS.md).
 */
@ParameterizedClass
@MethodSource("org.dramatis.graph.TestStores#kinds")
class BenchApiCommandTest {
    @Parameter
    TestStores.Kind store;

    @TempDir
    Path tmp;

    private String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Cli.commandLine(c -> Dramatis.open(c, LexiconCommandTest.LINES_ARE_ORGS));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data", tmp.resolve("data").toString()));
        ServerStore db = store.server(tmp);
        if (db != null) {
            all.addAll(List.of("--db", db.jdbcUrl() + (db.user() == null ? "" : "&user=" + db.user())
                    + (db.password() == null ? "" : "&password=" + db.password())));
        }
        assertThat(cli.execute(all.toArray(String[]::new))).as(out + "\n" + err).isZero();
        return out.toString();
    }

    @Test
    void concurrentClientsDuringAnIngestAndDuringAReResolution_areMeasuredAndTheirErrorsCounted() {
        run("generate", "--documents", "40");
        String ingest = run("bench", "api", "--clients", "4", "--requests", "5", "--during-ingest-generated", "20");
        assertThat(ingest).contains("4 clients for", "while: ingest: 20 stored, 0 rejected", "errors: 0;");
        assertEveryEndpointMeasured(ingest);

        String rebuild = run("bench", "api", "--clients", "3", "--requests", "5", "--during-reresolution");
        assertThat(rebuild).contains("3 clients for", "while: re-resolution of the whole store", "errors: 0;");
        assertEveryEndpointMeasured(rebuild);
    }

    private static void assertEveryEndpointMeasured(String out) {
        for (String endpoint : List.of("dossier", "search", "network")) {
            Matcher m = Pattern.compile(endpoint + " \\S+\\s+n=(\\d+)").matcher(out);
            assertThat(m.find()).as(out).isTrue();
            assertThat(Integer.parseInt(m.group(1))).as(endpoint + " requests while writing").isPositive();
        }
    }
}
