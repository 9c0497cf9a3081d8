package org.dramatis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dramatis.app.Config;
import org.dramatis.app.DataFolderLock;
import org.dramatis.app.Dramatis;
import org.dramatis.app.IngestReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ingest", description = "Read articles (text, Markdown, HTML, PDF, DOCX, RSS/Atom) into the graph.",
        footerHeading = "%nExamples:%n",
        footer = {"  dramatis ingest examples/articles", "  dramatis ingest --data /tmp/iraq ~/clippings/*.html feeds/news.xml",
                "  dramatis ingest --json reports/ > report.jsonl"})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (recursive)")
    List<Path> paths;

    @Option(names = "--json", description = "Print one JSON object per file as it finishes (JSON lines), then a summary")
    boolean json;

    @ParentCommand
    DramatisCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Config config = data.config();
        DataFolderLock lock;
        try {
            lock = DataFolderLock.forIngest(config.dataDir());
        } catch (DataFolderLock.Busy e) {
            return ServeCommand.refuse(spec, e);
        }
        try (lock; Dramatis dramatis = parent.open(config)) {
            PrintWriter out = spec.commandLine().getOut();
            IngestReport report = run(dramatis, paths, new IngestLines(out, json, !json && System.console() != null));
            return report.anyFailed() ? ExitCodes.SOME_INPUTS_FAILED : ExitCodes.OK;
        }
    }

    /** Ingests, printing each file's line as it finishes and the totals at the end. */
    static IngestReport run(Dramatis dramatis, List<Path> paths, IngestLines lines) {
        IngestReport report = dramatis.pipeline().ingest(paths, lines);
        lines.finish(report);
        return report;
    }
}
