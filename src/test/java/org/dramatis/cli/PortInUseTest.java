package org.dramatis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** {@code demo} and {@code serve} find their port taken before they open the store or load any model. */
class PortInUseTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"demo", "serve"})
    void portInUse_isRefusedAtOnceWithTheOptionThatChoosesAnother(String command) throws Exception {
        Path examples = Files.createDirectories(tmp.resolve("examples"));
        Files.writeString(examples.resolve("a.txt"), "Hamid Qarawi spoke in Velmora.\n");
        Path data = tmp.resolve("data");
        StringWriter err = new StringWriter();
        CommandLine cli = Cli.commandLine(c -> {
            throw new AssertionError("the store was opened although the port is taken");
        });
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err));
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            String port = String.valueOf(taken.getLocalPort());

            int code = command.equals("demo")
                    ? cli.execute("demo", "--data", data.toString(), "--port", port, "--examples", examples.toString())
                    : cli.execute("serve", "--data", data.toString(), "--port", port);

            assertThat(code).isEqualTo(ExitCodes.USAGE);
            assertThat(err.toString()).startsWith("error: port " + port + " on 127.0.0.1 is in use")
                    .contains("choose another with --port").contains("dramatis " + command + " --port ");
        }
        assertThat(data.resolve("dramatis.db")).doesNotExist();
    }

    @Test
    void freePort_isNotReportedInUse() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = probe.getLocalPort();
        }

        assertThat(ServeCommand.portInUse(org.dramatis.app.Config.defaults(tmp).withPort(port), "serve")).isNull();
    }
}
