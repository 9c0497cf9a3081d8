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
import org.dramatis.app.Dramatis;
import org.dramatis.graph.ServerStore;
import org.dramatis.graph.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** {@code --db}: every command that opens the store opens the one it names; without it, the SQLite file in --data. */
@ParameterizedClass
@MethodSource("org.dramatis.graph.TestStores#kinds")
class StoreOptionTest {
    @Parameter
    TestStores.Kind store;

    @TempDir
    Path tmp;

    private int run(StringWriter out, String... args) {
        CommandLine cli = Cli.commandLine(c -> Dramatis.open(c, LexiconCommandTest.LINES_ARE_ORGS));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data", tmp.resolve("data").toString()));
        ServerStore db = store.server(tmp);
        if (db != null) {
            // The test schema's URL always has a query (currentSchema); the password goes in it as a user may write it.
            all.addAll(List.of("--db", db.jdbcUrl() + (db.user() == null ? "" : "&user=" + db.user())
                    + (db.password() == null ? "" : "&password=" + db.password())));
        }
        return cli.execute(all.toArray(String[]::new));
    }

    @Test
    void ingestThenStats_readTheStoreTheOptionNames() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Harbour Defence League\n");
        Files.writeString(in.resolve("b.txt"), "Coastal Shield Movement\nHarbour Defence League\n");
        assertThat(run(new StringWriter(), "ingest", in.toString())).isZero();

        StringWriter out = new StringWriter();
        assertThat(run(out, "stats", "--json")).isZero();
        JsonNode stats = new ObjectMapper().readTree(out.toString()).get("stats");
        assertThat(stats.get("documents").asInt()).isEqualTo(2);
        assertThat(stats.get("mentions").asInt()).isEqualTo(3);
        assertThat(Files.exists(tmp.resolve("data").resolve("dramatis.db"))).as("SQLite file in --data")
                .isEqualTo(store == TestStores.Kind.SQLITE);
    }
}
