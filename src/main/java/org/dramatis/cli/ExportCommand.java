package org.dramatis.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dramatis.app.Dramatis;
import org.dramatis.export.ExportFormat;
import org.dramatis.export.Exporters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", description = "Export the graph: FollowTheMoney JSON lines, GraphML (Gephi) or CSV.",
        footerHeading = "%nExamples:%n", footer = {"  dramatis export --format ftm --out graph.ftm.json",
                "  dramatis export --format graphml --out graph.graphml", "  dramatis export --format csv > facts.csv"})
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    DramatisCommand parent;

    @Mixin
    DataOptions data;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "ftm, graphml or csv")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output)")
    Path out;

    @Option(names = "--min-confidence", paramLabel = "P", defaultValue = "0",
            description = "Leave out facts and events the learned models gave a probability under P (0 to 1; default 0,"
                    + " all). Claims nothing scored are kept.")
    double minConfidence;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ExportFormat f = ExportFormat.parse(format);
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--min-confidence is " + minConfidence + ": give a probability from 0 to 1, e.g. 0.7");
        }
        try (Dramatis dramatis = parent.open(data.existingStore(spec.commandLine()))) {
            try (Writer w = out == null ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                    : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                Exporters.write(f, dramatis.graph(), dramatis.events(), w, minConfidence);
            }
            if (out != null) {
                // Said on standard error, so that an export to standard output stays clean.
                spec.commandLine().getErr().printf("wrote the %s export of %s to %s (%,d bytes)%n", format,
                        data.config().dataDir(), out.toAbsolutePath(), Files.size(out));
                spec.commandLine().getErr().flush();
            }
            return ExitCodes.OK;
        }
    }
}
