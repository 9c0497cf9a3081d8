package org.dramatis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
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
        String taken = portInUse(config, "serve");
        if (taken != null) {
            return refuse(spec, taken);
        }
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
        return refuse(spec, e.getMessage());
    }

    /** Says on stderr why the command cannot run as asked and gives the usage exit code. */
    static int refuse(CommandSpec spec, String why) {
        spec.commandLine().getErr().println("error: " + why);
        spec.commandLine().getErr().flush();
        return ExitCodes.USAGE;
    }

    /**
     * Whether the workbench's port can be bound now: null when it can (or when any free port will do), else what to do
     * instead, with the option that chooses another.
     */
    static String portInUse(Config config, String command) {
        if (config.port() == 0) {
            return null;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(config.host(), config.port()));
            return null;
        } catch (IOException e) {
            int other = config.port() < 65535 ? config.port() + 1 : 7071;
            return "port " + config.port() + " on " + config.host() + " is in use (a workbench already running?): choose"
                    + " another with --port, e.g. dramatis " + command + " --port " + other + ", or stop what holds it";
        }
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
