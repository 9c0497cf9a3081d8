package org.dramatis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.dramatis.app.Dramatis;
import org.dramatis.app.IngestOutcome;
import org.dramatis.app.IngestPipeline;
import org.dramatis.app.IngestReport;
import org.dramatis.app.IngestRequest;
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
                "  dramatis ingest --json reports/ > report.json",
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

    @Option(names = "--json", description = "Print the per-file report as JSON")
    boolean json;

    @ParentCommand
    DramatisCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        IngestRequest request = request();
        try (Dramatis dramatis = parent.open(data.config())) {
            IngestReport report = run(dramatis, request, !json && System.console() != null);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
            } else {
                printSummary(report, out);
            }
            out.flush();
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

    static IngestReport run(Dramatis dramatis, List<Path> paths, boolean showProgress) {
        return run(dramatis, IngestRequest.of(paths), showProgress);
    }

    static IngestReport run(Dramatis dramatis, IngestRequest request, boolean showProgress) {
        if (!showProgress) {
            return dramatis.pipeline().ingest(request, IngestPipeline.Progress.NONE);
        }
        ProgressBar[] bar = new ProgressBar[1];
        try {
            return dramatis.pipeline().ingest(request, new IngestPipeline.Progress() {
                @Override
                public void start(int files) {
                    bar[0] = new ProgressBarBuilder().setTaskName("Ingesting").setInitialMax(files)
                            .setStyle(ProgressBarStyle.ASCII).build();
                }

                @Override
                public void done(List<IngestOutcome> outcomes) {
                    bar[0].step();
                }
            });
        } finally {
            if (bar[0] != null) {
                bar[0].close();
            }
        }
    }

    static String describe(IngestOutcome o) {
        if (o instanceof IngestOutcome.Stored s) {
            String failures = s.ruleFailures() == 0 ? "" : String.format(" (%d rule failure%s, see the log)",
                    s.ruleFailures(), s.ruleFailures() == 1 ? "" : "s");
            return String.format("stored     %-40s %d mentions, %d facts, %d events%s", s.name(), s.mentions(), s.facts(),
                    s.events(), failures);
        }
        if (o instanceof IngestOutcome.Duplicate d) {
            return String.format("duplicate  %-40s same content as document %d", d.name(), d.existingId());
        }
        IngestOutcome.Rejected r = (IngestOutcome.Rejected) o;
        return String.format("rejected   %-40s %s", r.name(), r.message());
    }

    static void printSummary(IngestReport report, PrintWriter out) {
        for (IngestOutcome o : report.outcomes()) {
            out.println(describe(o));
        }
        double seconds = report.millis() / 1000.0;
        out.printf("%d stored, %d duplicate, %d rejected; %d rule failures; %d tokens in %.1f s%n", report.stored(),
                report.duplicates(), report.rejected(), report.ruleFailures(), report.tokens(), seconds);
    }
}
