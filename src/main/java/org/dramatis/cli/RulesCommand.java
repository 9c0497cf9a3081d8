package org.dramatis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.dramatis.extract.Extractor;
import org.dramatis.extract.RuleInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "rules", description = "List the extraction rules in the order they run, what each requires and provides, "
        + "and whether it is on.",
        footerHeading = "%nExamples:%n", footer = {"  dramatis rules", "  DRAMATIS_RULES_OFF=aid dramatis rules --json",
                "  dramatis ingest --rules-off aid examples/articles   # ingest without one rule"})
final class RulesCommand implements Callable<Integer> {
    @Option(names = "--json", description = "Print as JSON")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        var rules = new Extractor().rules();
        if (json) {
            out.println(new ObjectMapper().writeValueAsString(rules));
        } else {
            out.printf("%-16s %-4s %-36s %-16s %s%n", "rule", "on", "requires", "provides", "finds");
            for (RuleInfo r : rules) {
                out.printf("%-16s %-4s %-36s %-16s %s%n", r.id(), r.on() ? "yes" : "no", String.join(",", r.requires()),
                        String.join(",", r.provides()), r.description());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
