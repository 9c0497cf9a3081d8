package org.dramatis.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dramatis.app.Config;
import org.dramatis.graph.Database;
import org.dramatis.graph.ServerStore;
import org.dramatis.graph.StoreCopy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "migrate", description = "Copy an SQLite data folder's store into a new, empty PostgreSQL database.",
        footerHeading = "%nExamples:%n", footer = {
                "  dramatis migrate --from ./data --to 'postgresql://127.0.0.1:5432/dramatis?user=desk'",
                "  dramatis eval --data ./data --gold gold.json        # the same numbers as:",
                "  dramatis eval --db 'postgresql://127.0.0.1:5432/dramatis?user=desk' --gold gold.json"})
final class MigrateCommand implements Callable<Integer> {
    @Option(names = "--from", required = true, paramLabel = "DATA_DIR", description = "The data folder holding dramatis.db")
    Path from;

    @Option(names = "--to", required = true, paramLabel = "URL",
            description = "postgresql://HOST:PORT/DB?user=U (password from the URL or $PGPASSWORD); its store must be empty")
    String to;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(from.resolve("dramatis.db"))) {
            throw new ParameterException(spec.commandLine(), "no Dramatis store in " + from.toAbsolutePath()
                    + ": give the --data folder you ingested into");
        }
        ServerStore target = Config.db(to);
        PrintWriter out = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        // The source is read as one snapshot: a workbench or an ingest writing to it meanwhile is not waited for.
        try (Database source = Database.openToRead(from); Database copy = Database.open(target, null)) {
            Map<String, Long> rows = StoreCopy.copy(source, copy);
            out.printf("copied %s into %s in %.1f s; rows in both:%n", source.describe(), copy.describe(),
                    (System.nanoTime() - t0) / 1e9);
            rows.forEach((table, n) -> out.printf("  %-18s %,d%n", table, n));
            out.println("The search index is built from the copy on first use (in --data, index-HOST-PORT-DB).");
        }
        out.flush();
        return ExitCodes.OK;
    }
}
