package org.dramatis.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
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
        Dramatis dramatis = parent.open(data.config().withPort(port));
        serveForever(dramatis, spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    static void serveForever(Dramatis dramatis, PrintWriter out) throws InterruptedException {
        Workbench workbench = Workbench.start(dramatis);
        out.println("Dramatis workbench: http://" + dramatis.config().host() + ":" + workbench.port() + "/");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            workbench.stop();
            dramatis.close();
            stopped.countDown();
        }));
        stopped.await();
    }
}
