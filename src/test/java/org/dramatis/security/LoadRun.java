package org.dramatis.security;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A bounded load run on loopback: one thread ingests generated articles in small batches while four clients read
 * dossiers, search, the network and documents. Everything stops at the deadline; nothing is timed against a limit.
 */
final class LoadRun {
    private static final String[] SYLLABLES = {"ka", "ren", "vo", "mar", "tel", "quin", "sa", "dor", "lev", "ash", "mo",
            "rik", "zan", "bel", "ori", "tam"};
    private static final String[] VERBS = {"met", "criticised", "visited", "praised", "called on"};

    /** What the clients saw: latencies per endpoint in microseconds, and every failure. */
    record Result(Map<String, List<Long>> latencies, List<String> errors, int notFound, int documentsIngested) {
        String summary() {
            StringBuilder out = new StringBuilder();
            List<Long> all = new ArrayList<>();
            for (Map.Entry<String, List<Long>> e : latencies.entrySet()) {
                all.addAll(e.getValue());
                out.append(line(e.getKey(), e.getValue()));
            }
            out.append(line("all", all));
            out.append(String.format(Locale.ROOT, "documents ingested during the run: %d, 404s: %d, errors: %d%n",
                    documentsIngested, notFound, errors.size()));
            return out.toString();
        }

        private static String line(String name, List<Long> micros) {
            List<Long> sorted = new ArrayList<>(micros);
            Collections.sort(sorted);
            return String.format(Locale.ROOT, "%-10s n=%6d  p50=%7.1f ms  p99=%7.1f ms  max=%7.1f ms%n", name,
                    sorted.size(), pct(sorted, 0.50), pct(sorted, 0.99), sorted.isEmpty() ? 0.0 : sorted.get(sorted.size() - 1) / 1000.0);
        }

        private static double pct(List<Long> sorted, double p) {
            return sorted.isEmpty() ? 0.0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1000.0;
        }
    }

    private LoadRun() {
    }

    /**
     * Runs the load outside the build (the surefire configuration always excludes the soak tag): after
     * {@code mvn -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt}, run
     * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.dramatis.security.LoadRun 300 120}
     * with the documents to ingest, then the seconds to run.
     */
    public static void main(String[] args) throws Exception {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        long seconds = args.length > 1 ? Long.parseLong(args[1]) : 120;
        Path dir = java.nio.file.Files.createTempDirectory("dramatis-load");
        Result result = run(dir, documents, seconds * 1000);
        System.out.print("load (" + seconds + " s):\n" + result.summary());
        result.errors().stream().limit(20).forEach(System.out::println);
        System.exit(result.errors().isEmpty() ? 0 : 1);
    }

    static Result run(Path dir, int documents, long millis) throws Exception {
        try (RunningWorkbench app = new RunningWorkbench(dir)) {
            app.ingest(Corpus.plain());
            List<Long> actorIds = new ArrayList<>();
            for (JsonNode a : app.json("/api/actors?limit=50")) {
                actorIds.add(a.get("id").asLong());
            }
            long deadline = System.nanoTime() + millis * 1_000_000L;
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger ingested = new AtomicInteger();
            ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
            AtomicInteger notFound = new AtomicInteger();
            Thread ingest = new Thread(() -> ingest(app, documents, stop, ingested, errors), "load-ingest");
            ingest.start();

            Map<String, Function<Random, String>> clients = new LinkedHashMap<>();
            clients.put("dossier", r -> "/actors/" + actorIds.get(r.nextInt(actorIds.size())));
            clients.put("search", r -> "/api/search?q=" + SYLLABLES[r.nextInt(SYLLABLES.length)] + "*");
            clients.put("network", r -> r.nextBoolean() ? "/api/network" : "/api/network?actor=" + actorIds.get(r.nextInt(actorIds.size())));
            clients.put("documents", r -> r.nextBoolean() ? "/api/documents" : "/documents/" + (1 + r.nextInt(Math.max(1, ingested.get() + 2))));
            Map<String, List<Long>> latencies = new LinkedHashMap<>();
            CountDownLatch done = new CountDownLatch(clients.size());
            int seed = 0;
            for (Map.Entry<String, Function<Random, String>> c : clients.entrySet()) {
                List<Long> times = Collections.synchronizedList(new ArrayList<>());
                latencies.put(c.getKey(), times);
                Random random = new Random(++seed);
                new Thread(() -> {
                    try {
                        while (System.nanoTime() < deadline) {
                            String path = c.getValue().apply(random);
                            long t0 = System.nanoTime();
                            try {
                                HttpResponse<String> res = app.get(path);
                                times.add((System.nanoTime() - t0) / 1000);
                                if (res.statusCode() == 404) {
                                    notFound.incrementAndGet(); // an actor merged away or a document not yet stored
                                } else if (res.statusCode() != 200) {
                                    errors.add(path + " → " + res.statusCode() + " " + res.body().substring(0, Math.min(200, res.body().length())));
                                }
                            } catch (Exception e) {
                                errors.add(path + " → " + e);
                            }
                        }
                    } finally {
                        done.countDown();
                    }
                }, "load-" + c.getKey()).start();
            }
            done.await();
            stop.set(true);
            ingest.join();
            return new Result(latencies, List.copyOf(errors), notFound.get(), ingested.get());
        }
    }

    private static void ingest(RunningWorkbench app, int documents, AtomicBoolean stop, AtomicInteger ingested,
                               ConcurrentLinkedQueue<String> errors) {
        Random random = new Random(42);
        try {
            for (int start = 0; start < documents && !stop.get(); start += 10) {
                Map<String, String> batch = new LinkedHashMap<>();
                for (int i = start; i < Math.min(documents, start + 10); i++) {
                    batch.put(String.format(Locale.ROOT, "gen-%04d", i), article(random, i));
                }
                app.ingest(batch);
                ingested.addAndGet(batch.size());
            }
        } catch (Exception e) {
            errors.add("ingest → " + e);
        }
    }

    private static String article(Random r, int n) {
        String a = person(r);
        String b = person(r);
        return a + " " + VERBS[r.nextInt(VERBS.length)] + " " + b + " in " + cap(word(r, 2)) + " on " + (1 + r.nextInt(28))
                + " May 2021. " + b + " said the talks were useful. The " + cap(word(r, 3)) + " Front backs " + a
                + ". Report number " + n + ".";
    }

    private static String person(Random r) {
        return cap(word(r, 2)) + " " + cap(word(r, 3));
    }

    private static String word(Random r, int syllables) {
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            w.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
        }
        return w.toString();
    }

    private static String cap(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
