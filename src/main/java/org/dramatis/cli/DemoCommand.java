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
        DataFolderLock ingestLock;
        try {
            ingestLock = DataFolderLock.forIngest(config.dataDir());
        } catch (DataFolderLock.Busy e) {
            return ServeCommand.refuse(spec, e);
        }
        Dramatis dramatis = parent.open(config);
        PrintWriter out = spec.commandLine().getOut();
        IngestReport report;
        try (ingestLock) {
            out.println("Ingesting " + examples + " into " + dramatis.database().file() + " (CoreNLP models load first) ...");
            out.flush();
            report = IngestCommand.run(dramatis, List.of(examples), new IngestLines(out, false, System.console() != null));
        }
        if (noServe) {
            dramatis.close();
            return report.anyFailed() ? ExitCodes.SOME_INPUTS_FAILED : ExitCodes.OK;
        }
        DataFolderLock serveLock;
        try {
            serveLock = DataFolderLock.forServe(config.dataDir());
        } catch (DataFolderLock.Busy e) {
            dramatis.close();
            return ServeCommand.refuse(spec, e);
        }
        ServeCommand.serveForever(dramatis, serveLock, out);
        return ExitCodes.OK;
    }
}
