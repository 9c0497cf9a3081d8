package org.dramatis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.dramatis.app.Dramatis;
import org.dramatis.graph.PostsAsOf;
import org.dramatis.graph.Views.Fact;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "posts", description = {"Posts, memberships and structure as of a date (a month or a year: its last day).",
                "A post one person holds at a time ends when a later holder is named or its holder resigns;"
                        + " a post called former is over. Posts with no date in the sources are listed apart."},
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
        PostsAsOf.Posts posts;
        try (Dramatis dramatis = parent.open(data.existingStore(spec.commandLine()))) {
            posts = dramatis.graph().postsOn(asOf);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().writeValueAsString(posts));
        } else {
            out.printf("held on %s (dated)%n", asOf);
            posts.dated().forEach(h -> print(out, h));
            out.printf("%nundated: the sources give no start or end, so these may or may not hold on %s%n", asOf);
            posts.undated().forEach(h -> print(out, h));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, PostsAsOf.Held h) {
        Fact f = h.fact();
        out.printf("%-30s %-10s %-30s %-25s %s..%s  (%d sources)%s%n", f.subjectName(), f.kind().code(),
                f.objectName() == null ? "" : f.objectName(), f.role() == null ? "" : f.role(),
                f.start() == null ? "?" : f.start(), h.end() == null ? "" : h.end(), f.sourceCount(),
                h.endedBy() == null ? "" : "  ends: " + h.endedBy());
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
