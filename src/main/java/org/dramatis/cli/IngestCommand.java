package org.dramatis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dramatis.app.Config;
import org.dramatis.app.DataFolderLock;
import org.dramatis.app.Dramatis;
import org.dramatis.app.IngestReport;
import org.dramatis.app.IngestRequest;
import org.dramatis.extract.Extractor;
import org.dramatis.ingest.GivenMetadata;
import org.dramatis.ingest.Manifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ingest", description = "Read articles (text, Markdown, HTML, PDF, DOCX, RSS/Atom) into the graph.",
        footerHeading = "%nExamples:%n",
        footer = {"  dramatis ingest examples/articles", "  dramatis ingest --data /tmp/iraq ~/clippings/*.html feeds/news.xml",
                "  dramatis ingest --json reports/ > report.jsonl",
                "  dramatis ingest --rules-off aid,relation-nouns examples/articles",
                "  dramatis ingest --manifest clippings/clippings.csv      # path,title,outlet,url,published",
                "  dramatis ingest --published 2021-06 clippings/june/     # ISO date, year-month or year"})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders (recursive)")
    List<Path> paths = List.of();

    @Option(names = "--manifest", paramLabel = "CSV", description = "A CSV file naming files to read and what is known of "
            + "them: header row path,title,outlet,url,published (any column but path optional), paths relative to the "
            + "manifest's folder. Its values win over the files' own and over guesses; a bad row is reported and skipped.")
    Path manifest;

    @Option(names = "--published", paramLabel = "DATE", description = "Publication date of every file read (ISO date, "
            + "year-month or year: 2021-06-10, 2021-06, 2021), for files that carry none or a wrong one; a manifest row's own "
            + "date wins.")
    String published;

    @Option(names = "--json", description = "Print one JSON object per file as it finishes (JSON lines), then a summary")
    boolean json;

    @Option(names = "--rules-off", paramLabel = "ID,ID", description = "Extraction rules not to run (ids as `dramatis rules` "
            + "lists them), for this run; the same as -Ddramatis.rules.off=ID,ID or DRAMATIS_RULES_OFF")
    String rulesOff;

    @ParentCommand
    DramatisCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        IngestRequest request = request();
        if (rulesOff != null) {
            System.setProperty(Extractor.RULES_OFF_PROPERTY, rulesOff);
        }
        Config config = data.config();
        DataFolderLock lock;
        try {
            lock = DataFolderLock.forIngest(config.dataDir());
        } catch (DataFolderLock.Busy e) {
            return ServeCommand.refuse(spec, e);
        }
        try (lock; Dramatis dramatis = parent.open(config)) {
            PrintWriter out = spec.commandLine().getOut();
            IngestReport report = run(dramatis, request, new IngestLines(out, json, !json && System.console() != null));
            return report.anyFailed() ? ExitCodes.SOME_INPUTS_FAILED : ExitCodes.OK;
        }
    }

    /** The run the options ask for; a usage error when they name nothing to read or a date that is none. */
    private IngestRequest request() {
        if (paths.isEmpty() && manifest == null) {
            throw new ParameterException(spec.commandLine(), "Name files or folders to read, or a --manifest");
        }
        GivenMetadata defaults;
        try {
            defaults = new GivenMetadata(null, null, null, published);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--published " + e.getMessage());
        }
        return IngestRequest.of(paths, manifest == null ? null : Manifest.read(manifest), defaults);
    }

    /** Ingests, printing each file's line as it finishes and the totals at the end. */
    static IngestReport run(Dramatis dramatis, List<Path> paths, IngestLines lines) {
        return run(dramatis, IngestRequest.of(paths), lines);
    }

    static IngestReport run(Dramatis dramatis, IngestRequest request, IngestLines lines) {
        IngestReport report = dramatis.pipeline().ingest(request, lines);
        lines.finish(report);
        return report;
    }
}
