package org.dramatis.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dramatis.app.Config;
import org.dramatis.app.DataFolderLock;
import org.dramatis.app.Dramatis;
import org.dramatis.app.IngestReport;
import org.dramatis.model.DramatisException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", description = "Ingest the bundled example articles, then serve the workbench.",
        footerHeading = "%nExamples:%n", footer = {"  dramatis demo", "  dramatis demo --port 8080 --no-serve"})
final class DemoCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Option(names = "--examples", paramLabel = "DIR", defaultValue = "${env:DRAMATIS_HOME:-.}/examples/articles",
            description = "Folder of example articles (default: the bundled examples/articles)")
    Path examples;

    @Option(names = "--port", paramLabel = "N", defaultValue = "7070", description = "Port (default 7070)")
    int port;

    @Option(names = "--no-serve", description = "Only ingest")
    boolean noServe;

    @ParentCommand
    DramatisCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(examples)) {
            throw new DramatisException("example folder " + examples + " not found: run from the repository root or pass --examples");
        }
        Config config = data.config().withPort(port);
        if (!noServe) {
            // Before the models load: a port in use is known in a second, not after minutes of ingest.
            String taken = ServeCommand.portInUse(config, "demo");
            if (taken != null) {
                return ServeCommand.refuse(spec, taken);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Ingesting " + examples + " into " + config.storeName()
                + " (CoreNLP's models load first, in a process of their own) ...");
        out.flush();
        if (noServe) {
            return ingestHere(config, out);
        }
        // The ingest runs in a child JVM and takes its models with it when it ends: serving then costs what 'serve' costs.
        int ingested = ChildIngest.run(config, List.of(examples), out);
        if (ingested != ExitCodes.OK && ingested != ExitCodes.SOME_INPUTS_FAILED) {
            return ingested; // the child said why on stderr
        }
        DataFolderLock serveLock;
        try {
            serveLock = DataFolderLock.forServe(config.dataDir());
        } catch (DataFolderLock.Busy e) {
            return ServeCommand.refuse(spec, e);
        }
        ServeCommand.serveForever(parent.open(config), serveLock, out, org.dramatis.web.WebServer.Options.DEFAULT);
        return ExitCodes.OK;
    }

    private int ingestHere(Config config, PrintWriter out) {
        DataFolderLock ingestLock;
        try {
            ingestLock = DataFolderLock.forIngest(config.dataDir());
        } catch (DataFolderLock.Busy e) {
            return ServeCommand.refuse(spec, e);
        }
        try (ingestLock; Dramatis dramatis = parent.open(config)) {
            IngestReport report = IngestCommand.run(dramatis, List.of(examples),
                    new IngestLines(out, false, System.console() != null));
            return report.anyFailed() ? ExitCodes.SOME_INPUTS_FAILED : ExitCodes.OK;
        }
    }
}
