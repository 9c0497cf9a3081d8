package org.dramatis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.dramatis.app.Dramatis;
import org.dramatis.graph.Views.Fact;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "posts", description = "Posts, memberships and structure as of a date.",
        footerHeading = "%nExamples:%n", footer = {"  dramatis posts --as-of 2020-06-01", "  dramatis posts --as-of 2021-01-01 --json"})
final class PostsCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Option(names = "--as-of", required = true, paramLabel = "DATE",
            description = "A day, month or year: 2020-06-01, 2020-06 or 2020")
    String asOf;

    @Option(names = "--json", description = "Print as JSON")
    boolean json;

    @ParentCommand
    DramatisCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!asOf.matches("\\d{4}(-\\d{2}(-\\d{2})?)?") || !validDate(asOf)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--as-of '" + asOf
                    + "' is no date: give a day (2020-06-01), a month (2020-06) or a year (2020)");
        }
        List<Fact> facts;
        try (Dramatis dramatis = parent.open(data.existingStore(spec.commandLine()))) {
            facts = dramatis.graph().validOn(asOf);
        }
        List<Fact> dated = facts.stream().filter(f -> f.start() != null || f.end() != null).toList();
        List<Fact> undated = facts.stream().filter(f -> f.start() == null && f.end() == null).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().writeValueAsString(java.util.Map.of("asOf", asOf, "dated", dated, "undated", undated)));
        } else {
            out.printf("held on %s (dated)%n", asOf);
            dated.forEach(f -> print(out, f));
            out.printf("%nundated: the sources give no start or end, so these may or may not hold on %s%n", asOf);
            undated.forEach(f -> print(out, f));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, Fact f) {
        out.printf("%-30s %-10s %-30s %-25s %s..%s  (%d sources)%n", f.subjectName(), f.kind().code(),
                f.objectName() == null ? "" : f.objectName(), f.role() == null ? "" : f.role(),
                f.start() == null ? "?" : f.start(), f.end() == null ? "" : f.end(), f.sourceCount());
    }

    private static boolean validDate(String iso) {
        try {
            LocalDate.parse(iso.length() == 4 ? iso + "-01-01" : iso.length() == 7 ? iso + "-01" : iso);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }
}
