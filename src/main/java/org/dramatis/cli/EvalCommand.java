package org.dramatis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dramatis.app.Dramatis;
import org.dramatis.eval.EvalReport;
import org.dramatis.eval.Evaluator;
import org.dramatis.eval.GoldReader;
import org.dramatis.eval.RuleScores;
import org.dramatis.extract.Extractor;
import org.dramatis.extract.RuleInfo;
import org.dramatis.graph.ClaimRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "eval", description = "Score the ingested corpus against a gold file (actors, aliases, false merges, facts, events).",
        footerHeading = "%nExamples:%n", footer = {"  dramatis ingest --data /tmp/dev ../shared/corpus/dev",
                "  dramatis eval --data /tmp/dev --gold ../shared/corpus/dev/gold.json", "  dramatis eval --gold examples/gold.json --json",
                "  dramatis eval --gold examples/gold.json --rules   # what each rule contributed"})
final class EvalCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold annotation (gold.json format)")
    Path gold;

    @Option(names = "--json", description = "Print as JSON")
    boolean json;

    @Option(names = "--rules", description = "Also print what each extraction rule contributed: the facts and events its "
            + "claims support, and how many of those match gold")
    boolean rules;

    @Option(names = "--verbose", description = "Also print which stored document each gold document id matched")
    boolean verbose;

    @ParentCommand
    DramatisCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Dramatis dramatis = parent.open(data.existingStore(spec.commandLine()))) {
            EvalReport report = Evaluator.evaluate(GoldReader.read(gold), dramatis.graph(), dramatis.events());
            PrintWriter out = spec.commandLine().getOut();
            if (!report.unmatchedDocuments().isEmpty()) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("error: " + report.unmatchedDocuments().size() + " gold document id(s) in " + gold
                        + " match no stored document in " + data.config().storeName() + ": "
                        + String.join("; ", report.unmatchedDocuments()));
                err.println("A gold id matches a stored name, a file name with or without extension, or the number a "
                        + "file name starts with (\"01\" for 01-raid.txt). Ingest those files, or fix the ids.");
                err.print(report.documentTable());
                err.flush();
                return ExitCodes.USAGE;
            }
            if (verbose && !json) {
                out.print(report.documentTable());
            }
            out.println(json ? report.toJson() : report.toTable());
            if (rules) {
                List<RuleScores.Row> rows = RuleScores.score(GoldReader.read(gold), dramatis.graph(), dramatis.events(),
                        ClaimRules.load(dramatis.database()), new Extractor().rules().stream().map(RuleInfo::id).toList());
                out.println(json ? new ObjectMapper().writeValueAsString(rows) : RuleScores.table(rows));
            }
            out.flush();
            return ExitCodes.OK;
        }
    }
}
