package org.dramatis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dramatis.corpus.CorpusChecker;
import org.dramatis.corpus.CorpusStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "stats", description = "Count the corpus per split: articles, words, sentences, countries, authors,"
        + " styles, mentions, facts per relation, events per type and modality.",
        footerHeading = "%nExamples:%n", footer = {"  dramatis corpus stats", "  dramatis corpus stats corpus/train --json"})
final class CorpusStatsCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = "corpus",
            description = "Corpus root or a folder below it (default: corpus)")
    Path dir;

    @Option(names = "--json", description = "Print as JSON")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CorpusChecker.Report report = new CorpusChecker().check(dir);
        CorpusStats stats = CorpusStats.of(report.documents());
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(stats) + "\n"
                : stats.toText());
        out.flush();
        if (!report.ok()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("error: the corpus has " + report.errors().size() + " errors (run 'dramatis corpus check "
                    + dir + "'); the counts include the articles that could be read");
            err.flush();
            return ExitCodes.USAGE;
        }
        return ExitCodes.OK;
    }
}
