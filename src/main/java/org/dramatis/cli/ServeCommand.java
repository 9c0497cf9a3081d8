package org.dramatis.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dramatis.app.Config;
import org.dramatis.app.DataFolderLock;
import org.dramatis.app.Dramatis;
import org.dramatis.app.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", description = "Serve the workbench and JSON API on 127.0.0.1.",
        footerHeading = "%nExamples:%n", footer = {"  dramatis serve", "  dramatis serve --port 8080 --data /tmp/iraq"})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Option(names = "--port", paramLabel = "N", defaultValue = "7070", description = "Port (default 7070)")
    int port;

    @ParentCommand
    DramatisCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Config config = data.config().withPort(port);
        DataFolderLock lock;
        try {
            lock = DataFolderLock.forServe(config.dataDir());
        } catch (DataFolderLock.Busy e) {
            return refuse(spec, e);
        }
        Dramatis dramatis = parent.open(config);
        serveForever(dramatis, lock, spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    /** Says why the data folder cannot be used now, on stderr, and gives the exit code for it. */
    static int refuse(CommandSpec spec, DataFolderLock.Busy e) {
        spec.commandLine().getErr().println("error: " + e.getMessage());
        spec.commandLine().getErr().flush();
        return ExitCodes.USAGE;
    }

    /** Serves until the process is stopped; {@code lock} holds the data folder meanwhile and learns the URL. */
    static void serveForever(Dramatis dramatis, DataFolderLock lock, PrintWriter out) throws InterruptedException {
        Workbench workbench = Workbench.start(dramatis);
        String url = "http://" + dramatis.config().host() + ":" + workbench.port() + "/";
        lock.describe(url);
        out.println("Dramatis workbench: " + url);
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            workbench.stop();
            dramatis.close();
            lock.close();
            stopped.countDown();
        }));
        stopped.await();
    }
}
