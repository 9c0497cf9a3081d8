package org.dramatis.cli;

import static org.assertj.core.api.Assertions.assertThat;

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

/** {@code dramatis users}: add, list, role, token and remove, on both stores. */
@ParameterizedClass
@MethodSource("org.dramatis.graph.TestStores#kinds")
class UsersCommandTest {
    @Parameter
    TestStores.Kind store;

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
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
        return cli.execute(all.toArray(String[]::new));
    }

    @Test
    void addListRoleTokenRemove() throws Exception {
        Path pw = Files.writeString(tmp.resolve("pw"), "a long enough secret\n");
        assertThat(run("users", "add", "amira", "--role", "admin", "--password-file", pw.toString())).isZero();
        assertThat(run("users", "add", "omar", "--role", "analyst", "--password-file", pw.toString())).isZero();
        assertThat(run("users", "role", "omar", "--role", "viewer")).isZero();
        assertThat(run("users", "token", "omar")).isZero();
        String token = out.toString().lines().filter(l -> l.startsWith("drm_")).findFirst().orElseThrow();
        assertThat(token).hasSizeGreaterThan(40);
        out.getBuffer().setLength(0);
        assertThat(run("users", "list")).isZero();
        assertThat(out.toString()).containsPattern("amira\\s+admin\\s+-").containsPattern("omar\\s+viewer\\s+token")
                .doesNotContain("secret");
        assertThat(run("users", "remove", "omar")).isZero();
        assertThat(run("users", "remove", "omar")).isEqualTo(ExitCodes.ERROR);
        assertThat(err.toString()).contains("error: no account named 'omar'");
    }

    @Test
    void aBadRoleOrAnEmptyPasswordFile_isRefusedAndNothingIsAdded() throws Exception {
        Path empty = Files.writeString(tmp.resolve("empty"), "\n");
        Path pw = Files.writeString(tmp.resolve("pw"), "a long enough secret\n");
        assertThat(run("users", "add", "omar", "--role", "admin", "--password-file", pw.toString())).isZero();
        assertThat(run("users", "add", "amira", "--role", "boss", "--password-file", empty.toString()))
                .isEqualTo(ExitCodes.ERROR);
        assertThat(err.toString()).contains("unknown role 'boss'");
        assertThat(run("users", "add", "amira", "--role", "admin", "--password-file", empty.toString()))
                .isEqualTo(ExitCodes.ERROR);
        assertThat(err.toString()).contains("the first line, the password, is empty");
        out.getBuffer().setLength(0);
        assertThat(run("users", "list")).isZero();
        assertThat(out.toString()).contains("omar").doesNotContain("amira");
    }

    @Test
    void serveOnAnAddressOthersReach_isRefusedUntilAnAdminExists() throws Exception {
        Path pw = Files.writeString(tmp.resolve("pw"), "a long enough secret\n");
        assertThat(run("users", "add", "omar", "--role", "analyst", "--password-file", pw.toString())).isZero();
        assertThat(run("serve", "--host", "0.0.0.0", "--port", "0")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("error: serving on 0.0.0.0").contains("no admin account")
                .contains("dramatis users add NAME --role admin");
    }
}
