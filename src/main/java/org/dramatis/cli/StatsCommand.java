package org.dramatis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.dramatis.app.Dramatis;
import org.dramatis.graph.Views.ActorSummary;
import org.dramatis.graph.Views.Stats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "stats", description = "Corpus counts and the most-mentioned actors.",
        footerHeading = "%nExamples:%n", footer = {"  dramatis stats", "  dramatis stats --json --data /tmp/iraq"})
final class StatsCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Option(names = "--json", description = "Print as JSON")
    boolean json;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10", description = "How many actors to list (default 10)")
    int top;

    @ParentCommand
    DramatisCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Dramatis dramatis = parent.open(data.existingStore(spec.commandLine()))) {
            Stats stats = dramatis.graph().stats();
            var actors = dramatis.graph().actors(top, null);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(new ObjectMapper().writeValueAsString(java.util.Map.of("stats", stats, "actors", actors)));
            } else {
                out.printf("documents %d, sentences %d, tokens %d, mentions %d, actors %d, fact claims %d, event claims %d,"
                        + " decisions %d%n", stats.documents(), stats.sentences(), stats.tokens(), stats.mentions(),
                        stats.actors(), stats.facts(), stats.events(), stats.decisions());
                for (ActorSummary a : actors) {
                    out.printf("  %-40s %-12s %4d mentions in %d documents%n", a.name(), a.type().label(), a.mentions(),
                            a.documents());
                }
            }
            out.flush();
            return ExitCodes.OK;
        }
    }
}
