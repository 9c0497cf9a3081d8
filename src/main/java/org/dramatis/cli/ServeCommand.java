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

@Command(name = "serve", description = "Serve the workbench and JSON API, on 127.0.0.1 unless --host says otherwise."
        + " Without accounts one user works on loopback without signing in; with accounts ('dramatis users add')"
        + " everyone signs in. An address other machines reach needs an admin account.",
        footerHeading = "%nExamples:%n", footer = {"  dramatis serve", "  dramatis serve --port 8080 --data /tmp/iraq",
                "  DRAMATIS_ALLOWED_HOSTS=desk.example dramatis serve --host 0.0.0.0 --secure-cookies   # behind TLS"})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Option(names = "--port", paramLabel = "N", defaultValue = "7070", description = "Port (default 7070)")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default 127.0.0.1, this machine only); 0.0.0.0 for every interface."
                    + " List the names users type in DRAMATIS_ALLOWED_HOSTS")
    String host;

    @Option(names = "--secure-cookies", description = "Mark the session cookie Secure (served behind TLS; it is also"
            + " marked when the proxy sends X-Forwarded-Proto: https)")
    boolean secureCookies;

    @Option(names = "--session-idle-minutes", paramLabel = "N", defaultValue = "60",
            description = "Minutes an unused session lasts (default 60); sessions live in memory, a restart ends them")
    int idleMinutes;

    @ParentCommand
    DramatisCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (idleMinutes < 1) {
            return refuse(spec, "--session-idle-minutes must be at least 1, got " + idleMinutes);
        }
        Config config = data.config().withPort(port).withHost(host);
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
        if (!org.dramatis.web.WebServer.isLoopback(host) && !dramatis.accounts().anyAdmin()) {
            dramatis.close();
            lock.close();
            return refuse(spec, org.dramatis.web.WebServer.noAdmin(host));
        }
        serveForever(dramatis, lock, spec.commandLine().getOut(), new org.dramatis.web.WebServer.Options(
                java.time.Duration.ofMinutes(idleMinutes), secureCookies, java.time.Clock.systemUTC()));
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
    static void serveForever(Dramatis dramatis, DataFolderLock lock, PrintWriter out,
                             org.dramatis.web.WebServer.Options options) throws InterruptedException {
        Workbench workbench = Workbench.start(dramatis, options);
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
