package org.dramatis.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dramatis.app.Dramatis;
import org.dramatis.dev.bench.ArticleWriter;
import org.dramatis.dev.bench.CorpusWriter;
import org.dramatis.model.DramatisException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "generate", description = "Fill an empty data directory with a synthetic corpus (no NLP), or write"
        + " synthetic articles with a gold file.",
        footerHeading = "%nExamples:%n",
        footer = {"  dramatis generate --data /tmp/synth100k --documents 100000",
                "  dramatis generate --data /tmp/synth1k --documents 1000 --resolution known",
                "  dramatis generate --documents 50 --articles /tmp/synth-articles"})
final class GenerateCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Option(names = "--documents", paramLabel = "N", required = true, description = "How many documents")
    int documents;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Random seed (default 42)")
    long seed;

    @Option(names = "--articles", paramLabel = "OUT_DIR",
            description = "Write Markdown articles and gold.json here instead of filling a store")
    Path articles;

    @Option(names = "--resolution", paramLabel = "MODE", defaultValue = "RESOLVER",
            description = "Where actors come from: RESOLVER (the real resolver, default) or KNOWN (the generator's truth)")
    CorpusWriter.Mode mode;

    @ParentCommand
    DramatisCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        if (articles != null) {
            int n = ArticleWriter.write(articles, documents, seed);
            out.printf("wrote %d articles and gold.json to %s in %.1f s%n", n, articles, (System.nanoTime() - t0) / 1e9);
            out.flush();
            return ExitCodes.OK;
        }
        try (Dramatis dramatis = parent.open(data.config())) {
            if (dramatis.graph().stats().documents() > 0) {
                throw new DramatisException("store " + dramatis.config().storeName()
                        + " already holds documents: generate needs an empty one");
            }
            CorpusWriter writer = new CorpusWriter(dramatis.database());
            CorpusWriter.Report r = writer.write(documents, seed, mode, dramatis.resolvers().create(),
                    done -> System.err.printf("\r%,d documents", done));
            System.err.println();
            long t1 = System.nanoTime();
            dramatis.search();
            long t2 = System.nanoTime();
            Path file = dramatis.database().file();
            long bytes = file == null ? 0 : sizeOf(file);
            out.printf("generated %,d documents, %,d mentions, %,d fact claims, %,d event claims -> %,d actors (%s)%n",
                    r.documents(), r.mentions(), r.facts(), r.events(), r.entities(), mode);
            out.printf("  insert %.1f s, resolve %.1f s, save entities %.1f s, search index %.1f s; total %.1f s%n",
                    r.insertMillis() / 1e3, r.resolveMillis() / 1e3, r.saveMillis() / 1e3, (t2 - t1) / 1e9,
                    (t2 - t0) / 1e9);
            if (file != null) {
                out.printf("  database %,.1f MB (%s)%n", bytes / 1e6, file);
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    private static long sizeOf(Path db) {
        long total = 0;
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Path p = db.resolveSibling(db.getFileName() + suffix);
            try {
                total += Files.exists(p) ? Files.size(p) : 0;
            } catch (java.io.IOException e) {
                throw new DramatisException("cannot read size of " + p + ": " + e.getMessage(), e);
            }
        }
        return total;
    }
}
