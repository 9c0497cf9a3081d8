package org.dramatis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dramatis.corpus.CorpusChecker;
import org.dramatis.corpus.CorpusError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", description = "Check annotated articles: every quote placed, every code, date and id known,"
        + " layout and the split by author and country. Exit 0 when clean, 2 with the errors listed. Warnings (a name"
        + " annotated elsewhere but not here) do not change the exit code.",
        footerHeading = "%nExamples:%n", footer = {"  dramatis corpus check                 # the whole corpus/ tree",
                "  dramatis corpus check corpus/dev",
                "  dramatis corpus check corpus/train/libya/a01-cbl-standoff.ann.jsonl"})
final class CorpusCheckCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", defaultValue = "corpus",
            description = "Corpus root, a folder below it, or one .ann.jsonl file (default: corpus)")
    Path path;

    @Option(names = {"-q", "--quiet"}, description = "Do not list warnings (names left without a mention), only count them")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CorpusChecker.Report report = new CorpusChecker().check(path);
        PrintWriter out = spec.commandLine().getOut();
        for (CorpusError e : report.errors()) {
            out.println(e);
        }
        if (!quiet) {
            report.warnings().forEach(w -> out.println("warning: " + w));
        }
        out.println(report.documents().size() + " articles checked, " + report.errors().size()
                + (report.errors().size() == 1 ? " error" : " errors") + ", " + report.warnings().size()
                + (report.warnings().size() == 1 ? " warning" : " warnings"));
        out.flush();
        return report.ok() ? ExitCodes.OK : ExitCodes.USAGE;
    }
}
