package org.dramatis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dramatis.corpus.CorpusChecker;
import org.dramatis.corpus.GoldExport;
import org.dramatis.eval.Gold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "gold", description = "Write the evaluator's gold file (asserted and alleged facts and events, actors"
        + " with their names) from a split or any folder of the corpus, for 'dramatis eval'.",
        footerHeading = "%nExamples:%n", footer = {"  dramatis corpus gold corpus/dev --out /tmp/dev-gold.json",
                "  dramatis ingest --data /tmp/dev corpus/dev/*/*.txt",
                "  dramatis eval --data /tmp/dev --gold /tmp/dev-gold.json"})
final class CorpusGoldCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "A split (corpus/dev), a country folder or the corpus root")
    Path dir;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Gold file to write")
    Path outFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CorpusChecker.Report report = new CorpusChecker().check(dir);
        if (!report.ok()) {
            PrintWriter err = spec.commandLine().getErr();
            report.errors().forEach(e -> err.println("error: " + e));
            err.println("error: " + report.errors().size() + " errors; no gold written from a corpus that does not check");
            err.flush();
            return ExitCodes.USAGE;
        }
        Gold gold = GoldExport.export(report.documents());
        GoldExport.write(gold, "Exported by 'dramatis corpus gold " + dir + "' from " + report.documents().size()
                + " annotated articles; conventions in docs/annotation.md.", outFile);
        PrintWriter out = spec.commandLine().getOut();
        out.println("wrote " + outFile + ": " + gold.entities().size() + " actors, " + gold.facts().size() + " facts, "
                + gold.events().size() + " events from " + report.documents().size() + " articles");
        out.flush();
        return ExitCodes.OK;
    }
}
