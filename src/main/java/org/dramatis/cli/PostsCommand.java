package org.dramatis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.dramatis.app.Dramatis;
import org.dramatis.graph.Views.Fact;
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

    @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "ISO date, e.g. 2020-06-01")
    LocalDate asOf;

    @Option(names = "--json", description = "Print as JSON")
    boolean json;

    @ParentCommand
    DramatisCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Fact> facts;
        try (Dramatis dramatis = parent.open(data.config())) {
            facts = dramatis.graph().validOn(asOf.toString());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().writeValueAsString(facts));
        } else {
            for (Fact f : facts) {
                out.printf("%-30s %-10s %-30s %-25s %s..%s  (%d sources)%n", f.subjectName(), f.kind().code(),
                        f.objectName() == null ? "" : f.objectName(), f.role() == null ? "" : f.role(),
                        f.start() == null ? "?" : f.start(), f.end() == null ? "" : f.end(), f.sourceCount());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
