package org.dramatis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dramatis.app.Config;
import org.dramatis.app.Dramatis;
import org.dramatis.dev.bench.ApiBench;
import org.dramatis.dev.bench.IngestBench;
import org.dramatis.dev.bench.Machine;
import org.dramatis.dev.bench.MemoryBench;
import org.dramatis.dev.bench.ResolveBench;
import org.dramatis.dev.bench.Stats;
import org.dramatis.nlp.CoreNlpAdapter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", description = "Measure ingest, resolution and API speed as ratios against baselines run in"
        + " the same process. See BENCHMARKS.md.",
        subcommands = {BenchCommand.Ingest.class, BenchCommand.Resolve.class, BenchCommand.Api.class,
                BenchCommand.Memory.class},
        footerHeading = "%nExamples:%n",
        footer = {"  dramatis bench ingest --docs examples/articles --repeat 3",
                "  dramatis bench resolve --mentions 10000,100000,1000000",
                "  dramatis bench api --data /tmp/synth100k --requests 300",
                "  dramatis bench api --data /tmp/synth100k --clients 20 --during-ingest-generated 2000",
                "  DRAMATIS_JAVA_OPTS=-Xmx1g dramatis bench memory --documents 20000 --every 1000"})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    DramatisCommand parent;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.USAGE;
    }

    @Command(name = "ingest", description = "Full pipeline (1 and 2 threads) against bare CoreNLP on the same documents.")
    static final class Ingest implements Callable<Integer> {
        @Option(names = "--docs", paramLabel = "DIR", defaultValue = "examples/articles",
                description = "Documents to ingest (default examples/articles)")
        Path docs;

        @Option(names = "--repeat", paramLabel = "K", defaultValue = "3", description = "Measured runs; medians (default 3)")
        int repeat;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            out.println("machine: " + Machine.describe());
            long t0 = System.nanoTime();
            CoreNlpAdapter nlp = CoreNlpAdapter.create();
            out.printf(Locale.ROOT, "CoreNLP loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            IngestBench.Result r = new IngestBench(nlp).run(docs, Math.max(1, repeat));
            out.printf(Locale.ROOT, "%d documents, %,d tokens (CoreNLP), %,d tokens (pipeline); medians of %d runs%n",
                    r.documents(), r.tokens(), r.pipelineTokens(), Math.max(1, repeat));
            out.printf(Locale.ROOT, "  (i)   bare CoreNLP, 1 thread     %8.0f tokens/s  (%.2f s)%n", r.nlpTokensPerSecond(),
                    r.nlpNanos() / 1e9);
            out.printf(Locale.ROOT, "        bare CoreNLP, 2 threads    %8.0f tokens/s  (%.2f s)%n",
                    Stats.perSecond(r.tokens(), r.nlp2Nanos()), r.nlp2Nanos() / 1e9);
            out.printf(Locale.ROOT, "  (ii)  full pipeline, 1 thread    %8.0f tokens/s  (%.2f s, %.1f ms per 1,000 tokens)%n",
                    r.pipeline1TokensPerSecond(), r.pipeline1Nanos() / 1e9, r.msPer1000Tokens(r.pipeline1Nanos()));
            out.printf(Locale.ROOT, "  (iii) full pipeline, 2 threads   %8.0f tokens/s  (%.2f s, %.1f ms per 1,000 tokens)%n",
                    r.pipeline2TokensPerSecond(), r.pipeline2Nanos() / 1e9, r.msPer1000Tokens(r.pipeline2Nanos()));
            out.printf(Locale.ROOT, "  pipeline/CoreNLP throughput     %.2f  (goal >= 0.80)%n", r.pipelineOverNlp());
            out.printf(Locale.ROOT, "  2-thread speed-up, pipeline     %.2f  (goal >= 1.70; bare CoreNLP %.2f)%n",
                    r.speedUp(), r.nlpSpeedUp());
            out.printf(Locale.ROOT, "  extraction / CoreNLP time       %.3f (goal <= 0.25; extraction %.3f s)%n",
                    r.extractionShare(), r.extractNanos() / 1e9);
            out.println("  " + Machine.memory());
            out.println("machine after: " + Machine.describe());
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "resolve", description = "Synthetic name mentions through the resolver: mentions/s per size.")
    static final class Resolve implements Callable<Integer> {
        @Option(names = "--mentions", paramLabel = "N,N,...", split = ",", defaultValue = "10000,100000",
                description = "Sizes; the first is the baseline of the linearity ratio (default 10000,100000)")
        List<Integer> sizes;

        @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Random seed (default 42)")
        long seed;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            out.println("machine: " + Machine.describe());
            ResolveBench bench = new ResolveBench();
            // Warm-up long enough for the JIT to compile the resolver: after 5,000 mentions the first size still ran
            // partly interpreted, which made it a slow baseline and every later ratio look better than it was.
            bench.run(Math.min(100_000, sizes.stream().mapToInt(Integer::intValue).max().orElse(100_000)), seed + 1);
            double base = 0;
            for (int size : sizes) {
                ResolveBench.Run run = bench.run(size, seed);
                if (base == 0) {
                    base = run.mentionsPerSecond();
                }
                out.printf(Locale.ROOT, "%,11d mentions in %,8d documents -> %,7d entities: %6.2f s, %,9.0f mentions/s,"
                        + " %.2f x the first size's rate; last tenth %,9.0f mentions/s; %d merged, %d split"
                        + "  [load %s]%n", run.mentions(), run.documents(), run.entities(), run.nanos() / 1e9,
                        run.mentionsPerSecond(), Stats.ratio(run.mentionsPerSecond(), base),
                        run.lastTenthMentionsPerSecond(), run.mergedEntities(), run.splitActors(), Machine.describe());
                out.flush();
            }
            out.println("  " + Machine.memory());
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "api", description = "p50/p95/p99 of dossier, search and network requests against a store.")
    static final class Api implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Option(names = "--requests", paramLabel = "N", defaultValue = "300", description = "Per endpoint (default 300)")
        int requests;

        @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Random seed (default 42)")
        long seed;

        @Option(names = "--endpoints", paramLabel = "NAME,...", split = ",",
                description = "Only these of dossier, search, network (default all)")
        java.util.Set<String> endpoints = java.util.Set.of();

        @Option(names = "--clients", paramLabel = "N", defaultValue = "1",
                description = "Concurrent loopback clients, a bounded pool (default 1: one request after another)")
        int clients;

        @Option(names = "--during-ingest", paramLabel = "PATH", arity = "1..*",
                description = "Ingest these files or folders (CoreNLP) while the clients run; measure until it ends")
        List<Path> ingest = List.of();

        @Option(names = "--during-ingest-generated", paramLabel = "N", defaultValue = "0",
                description = "Ingest N generated articles (stand-in NLP, no CoreNLP) while the clients run")
        int generated;

        @Option(names = "--during-reresolution", description = "Re-resolve the whole store while the clients run")
        boolean reresolution;

        @ParentCommand
        BenchCommand bench;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws java.io.IOException {
            PrintWriter out = spec.commandLine().getOut();
            Config config = data.config().withPort(0);
            out.println("machine: " + Machine.describe());
            if ((ingest.isEmpty() ? 0 : 1) + (generated > 0 ? 1 : 0) + (reresolution ? 1 : 0) > 1 || clients < 1) {
                spec.commandLine().getErr().println("error: --clients must be at least 1, and at most one of"
                        + " --during-ingest, --during-ingest-generated and --during-reresolution may be given");
                return ExitCodes.USAGE;
            }
            Path articles = generated > 0 ? java.nio.file.Files.createTempDirectory("dramatis-bench-articles-") : null;
            try (Dramatis dramatis = articles == null ? bench.parent.open(config)
                    : Dramatis.open(config, MemoryBench.writeArticles(articles, generated, seed + 1))) {
                var stats = dramatis.graph().stats();
                out.printf(Locale.ROOT, "store %s: %,d documents, %,d mentions, %,d actors%n", config.storeName(),
                        stats.documents(), stats.mentions(), stats.actors());
                long t0 = System.nanoTime();
                dramatis.search();
                out.printf(Locale.ROOT, "search index opened in %.1f s%n", (System.nanoTime() - t0) / 1e9);
                if (clients > 1 || articles != null || !ingest.isEmpty() || reresolution) {
                    concurrently(out, dramatis, articles == null ? ingest : List.of(articles));
                    return ExitCodes.OK;
                }
                for (ApiBench.Endpoint e : new ApiBench(dramatis).run(Math.max(1, requests), seed, endpoints)) {
                    out.printf(Locale.ROOT, "  %-30s n=%d  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  max %7.1f ms"
                            + "  (%,d bytes avg, %d non-200, cpu %.1f ms/request)%n", e.name(), e.millis().length, e.p(50),
                            e.p(95), e.p(99), e.p(100), e.bytes(), e.failures(), e.cpuMillis());
                }
            } finally {
                if (articles != null) {
                    IngestBench.delete(articles);
                }
                out.println("  " + Machine.memory());
                out.println("machine after: " + Machine.describe());
                out.flush();
            }
            return ExitCodes.OK;
        }

        private void concurrently(PrintWriter out, Dramatis dramatis, List<Path> files) {
            ApiBench.Writer writer = null;
            if (!files.isEmpty()) {
                writer = () -> {
                    var r = dramatis.pipeline().ingest(files, org.dramatis.app.IngestPipeline.Progress.NONE);
                    return String.format(Locale.ROOT, "ingest: %,d stored, %,d rejected, %,d tokens in %.1f s",
                            r.stored(), r.rejected(), r.tokens(), r.millis() / 1e3);
                };
            } else if (reresolution) {
                writer = () -> {
                    long t0 = System.nanoTime();
                    dramatis.corrections().reresolve();
                    return String.format(Locale.ROOT, "re-resolution of the whole store in %.1f s",
                            (System.nanoTime() - t0) / 1e9);
                };
            }
            ApiBench.Load load = new ApiBench(dramatis).runConcurrently(Math.max(1, requests), seed, endpoints, clients,
                    writer);
            out.printf(Locale.ROOT, "%d clients for %.1f s%s%n", clients, load.millis() / 1e3,
                    load.writer() == null ? "" : " while: " + load.writer());
            int errors = 0;
            for (ApiBench.Endpoint e : load.endpoints()) {
                errors += e.failures();
                out.printf(Locale.ROOT, "  %-30s n=%d  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  max %7.1f ms"
                        + "  (%,d bytes avg, %d errors)%n", e.name(), e.millis().length, e.p(50), e.p(95), e.p(99),
                        e.p(100), e.bytes(), e.failures());
            }
            out.printf(Locale.ROOT, "  errors: %d; cpu %.1f ms/request (this process)%n", errors,
                    load.endpoints().isEmpty() ? 0 : load.endpoints().get(0).cpuMillis());
        }
    }

    @Command(name = "memory", description = "Heap after a full GC every N documents while ingesting synthetic articles"
            + " through the real pipeline, with a cheap stand-in for CoreNLP; and the peak RSS.",
            footerHeading = "%nExamples:%n", footer = {"  DRAMATIS_JAVA_OPTS=-Xmx1g dramatis bench memory",
                    "  dramatis bench memory --documents 2000 --every 200 --keep /tmp/mem2k"})
    static final class Memory implements Callable<Integer> {
        @Option(names = "--documents", paramLabel = "N", defaultValue = "20000", description = "Articles (default 20000)")
        int documents;

        @Option(names = "--every", paramLabel = "N", defaultValue = "1000", description = "Sample period (default 1000)")
        int every;

        @Option(names = "--threads", paramLabel = "N", defaultValue = "2", description = "Ingest threads (default 2)")
        int threads;

        @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Random seed (default 42)")
        long seed;

        @Option(names = "--keep", paramLabel = "DIR",
                description = "Write articles and data here and keep them (default: a temporary folder, deleted)")
        Path keep;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws java.io.IOException {
            PrintWriter out = spec.commandLine().getOut();
            out.println("machine: " + Machine.describe() + ", max heap "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
            out.flush();
            Path dir = keep != null ? java.nio.file.Files.createDirectories(keep)
                    : java.nio.file.Files.createTempDirectory("dramatis-memory-");
            try {
                MemoryBench.Result r = new MemoryBench(dir, threads).run(documents, every, seed, s -> {
                    out.printf(Locale.ROOT, "  %,7d documents  heap after GC %,6.1f MB  %,8.1f s  [load %s]%n",
                            s.documents(), s.heapBytes() / 1e6, s.millis() / 1e3, Machine.describe());
                    out.flush();
                });
                out.printf(Locale.ROOT, "wrote %,d articles in %.1f s; ingested %,d stored, %,d rejected, %,d tokens in"
                        + " %.1f s (%,.0f documents/min with the stand-in NLP)%n", documents, r.writeMillis() / 1e3,
                        r.stored(), r.rejected(), r.tokens(), r.ingestMillis() / 1e3,
                        r.stored() * 60_000.0 / Math.max(1, r.ingestMillis()));
                out.printf(Locale.ROOT, "  database %,.1f MB; peak RSS (VmHWM) %,.0f MB%n", r.databaseBytes() / 1e6,
                        r.peakRssBytes() / 1e6);
                out.println("machine after: " + Machine.describe());
                out.flush();
            } finally {
                if (keep == null) {
                    IngestBench.delete(dir);
                }
            }
            return ExitCodes.OK;
        }
    }
}
