package org.dramatis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dramatis.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A running workbench and a command-line ingest on one data folder refuse each other, saying what to do instead. */
class DataFolderLockTest {
    @TempDir
    Path tmp;

    /** Another JVM holding the folder, so the operating system's lock is what is tested. */
    private static Process hold(String role, Path data, String... info) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                HoldDataFolderMain.class.getName(), role, data.toString()));
        command.addAll(List.of(info));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("held");
        return p;
    }

    private static void release(Process p) throws Exception {
        p.getOutputStream().close();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void ingest_refusesWithExit2AndTheUrlWhileAWorkbenchServesTheFolder() throws Exception {
        Path data = tmp.resolve("data");
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Harbour talks\n\nSpeaker Hamid Qarawi met Colonel Sami Duri.\n");
        Process server = hold("serve", data, "http://127.0.0.1:7171/");
        StringWriter err = new StringWriter();
        CommandLine cli = Cli.commandLine(config -> Dramatis.open(config, new FakeNlp()));
        cli.setErr(new PrintWriter(err));
        try {
            int code = cli.execute("ingest", "--data", data.toString(), in.toString());

            assertThat(code).isEqualTo(2);
            assertThat(err.toString()).startsWith("error: a workbench is serving " + data + " at http://127.0.0.1:7171/")
                    .contains("upload the files through http://127.0.0.1:7171/ingest (the Upload page) or POST"
                            + " http://127.0.0.1:7171/api/ingest", "or stop the workbench and ingest again");
            assertThat(data.resolve("dramatis.db")).doesNotExist();
        } finally {
            release(server);
        }
        assertThat(cli.execute("ingest", "--data", data.toString(), in.toString())).isZero();
    }

    @Test
    void serve_refusesWithExit2WhileAnIngestRunsOnTheFolder() throws Exception {
        Path data = tmp.resolve("data");
        Process ingest = hold("ingest", data);
        StringWriter err = new StringWriter();
        CommandLine cli = Cli.commandLine(config -> Dramatis.open(config, new FakeNlp()));
        cli.setErr(new PrintWriter(err));
        try {
            int code = cli.execute("serve", "--port", "0", "--data", data.toString());

            assertThat(code).isEqualTo(2);
            assertThat(err.toString()).startsWith("error: an ingest is running on " + data + " (pid " + ingest.pid() + ")")
                    .contains("wait for it to finish");
        } finally {
            release(ingest);
        }
    }

    @Test
    void forIngest_refusesASecondIngestAndFreesTheFolderWhenClosed() {
        Path data = tmp.resolve("data");
        try (DataFolderLock first = DataFolderLock.forIngest(data)) {
            assertThatThrownBy(() -> DataFolderLock.forIngest(data)).isInstanceOf(DataFolderLock.Busy.class)
                    .hasMessageStartingWith("another ingest is running on " + data);
            assertThatThrownBy(() -> DataFolderLock.forServe(data)).isInstanceOf(DataFolderLock.Busy.class)
                    .hasMessageStartingWith("an ingest is running on " + data);
        }
        try (DataFolderLock serve = DataFolderLock.forServe(data)) {
            serve.describe("http://127.0.0.1:7070/");
            assertThatThrownBy(() -> DataFolderLock.forServe(data)).isInstanceOf(DataFolderLock.Busy.class)
                    .hasMessage("a workbench is already serving " + data + " at http://127.0.0.1:7070/");
        }
        DataFolderLock.forIngest(data).close();
    }
}
