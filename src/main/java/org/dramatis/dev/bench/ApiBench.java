package org.dramatis.dev.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.dramatis.app.Dramatis;
import org.dramatis.app.Workbench;
import org.dramatis.model.DramatisException;

/**
 * Latency of the workbench's read endpoints against a real store: the real server on a loopback port, requests sent
 * one after another from {@link HttpClient} to 127.0.0.1, for random actors. A few unmeasured requests warm it up.
 */
public final class ApiBench {
    private static final int WARM_UP = 20;

    /**
     * Latencies in milliseconds of one endpoint. {@code cpuMillis} is the process's CPU time per measured request,
     * client and server together: unlike the latencies it hardly depends on what else the machine runs.
     */
    public record Endpoint(String name, double[] millis, long bytes, int failures, double cpuMillis) {
        public double p(double percentile) {
            return Stats.percentile(millis, percentile);
        }
    }

    private record Target(long id, String name) {
    }

    private final Dramatis dramatis;

    /** @param dramatis opened with a loopback host and port 0 */
    public ApiBench(Dramatis dramatis) {
        this.dramatis = dramatis;
    }

    public List<Endpoint> run(int requests, long seed, java.util.Set<String> only) {
        requireLoopback();
        List<Target> targets = targets(requests + WARM_UP, new Random(seed));
        if (targets.isEmpty()) {
            throw new DramatisException("the store holds no actors: run 'dramatis generate' first");
        }
        Workbench wb = Workbench.start(dramatis);
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            List<Endpoint> out = new ArrayList<>();
            endpoints("http://127.0.0.1:" + wb.port(), only).forEach((name, url) -> out.add(time(client, name, targets,
                    url)));
            return out;
        } finally {
            wb.stop();
        }
    }

    /**
     * What the concurrent clients saw: per endpoint (each sample's failures count non-200 answers and requests that got
     * no answer), the wall time they ran, and what the writer beside them reported (null without one).
     */
    public record Load(List<Endpoint> endpoints, long millis, String writer) {
        public Load {
            endpoints = List.copyOf(endpoints);
        }
    }

    /** Work that writes to the store while the clients read, e.g. an ingest; returns a line saying what it did. */
    @FunctionalInterface
    public interface Writer {
        String write();
    }

    /**
     * {@code clients} loopback clients (a bounded pool of threads sharing one HTTP/1.1 client) send the dossier,
     * search and network requests for random actors at once, {@code requests} per endpoint. With a {@code writer} the
     * clients start with it and cycle through the same requests for as long as it runs (at least one round): run a
     * writer that outlasts a round, and every measured request was answered while the store was being written.
     */
    public Load runConcurrently(int requests, long seed, java.util.Set<String> only, int clients, Writer writer) {
        requireLoopback();
        List<Target> targets = targets(requests + WARM_UP, new Random(seed));
        if (targets.isEmpty()) {
            throw new DramatisException("the store holds no actors: run 'dramatis generate' first");
        }
        Workbench wb = Workbench.start(dramatis);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clients + 1);
        try {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            Map<String, Function<Target, String>> endpoints = endpoints("http://127.0.0.1:" + wb.port(), only);
            endpoints.forEach((name, url) -> time(client, name, targets.subList(0, WARM_UP + 1), url));
            List<Sampled> samples = new ArrayList<>();
            endpoints.forEach((name, url) -> samples.add(new Sampled(name, url)));
            List<Runnable> calls = new ArrayList<>();
            for (Target t : targets.subList(WARM_UP, targets.size())) {
                samples.forEach(s -> calls.add(() -> s.call(client, t)));
            }
            java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(writer != null);
            java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
            long cpu0 = Machine.processCpuNanos();
            long t0 = System.nanoTime();
            java.util.concurrent.Future<String> written = writer == null ? null : pool.submit(() -> {
                try {
                    return writer.write();
                } finally {
                    writing.set(false);
                }
            });
            List<java.util.concurrent.Future<?>> running = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                running.add(pool.submit(() -> {
                    for (int n = next.getAndIncrement(); n < calls.size() || writing.get(); n = next.getAndIncrement()) {
                        calls.get(n % calls.size()).run();
                    }
                }));
            }
            String report = null;
            for (java.util.concurrent.Future<?> f : running) {
                f.get();
            }
            if (written != null) {
                report = written.get();
            }
            long millis = (System.nanoTime() - t0) / 1_000_000;
            int total = samples.stream().mapToInt(s -> s.millis.size()).sum();
            double cpu = (Machine.processCpuNanos() - cpu0) / 1e6 / Math.max(1, total);
            return new Load(samples.stream().map(s -> s.endpoint(cpu)).toList(), millis, report);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new DramatisException("bench api: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DramatisException("bench api interrupted", e);
        } finally {
            pool.shutdownNow();
            wb.stop();
        }
    }

    private void requireLoopback() {
        if (!"127.0.0.1".equals(dramatis.config().host())) {
            throw new DramatisException("bench api binds loopback only, got host " + dramatis.config().host());
        }
    }

    private static Map<String, Function<Target, String>> endpoints(String base, java.util.Set<String> only) {
        Map<String, Function<Target, String>> endpoints = new LinkedHashMap<>();
        endpoints.put("dossier /api/actors/{id}", t -> base + "/api/actors/" + t.id());
        endpoints.put("search /api/search?q=", t -> base + "/api/search?q="
                + URLEncoder.encode(t.name(), StandardCharsets.UTF_8));
        endpoints.put("network /api/network?actor=", t -> base + "/api/network?actor=" + t.id());
        endpoints.keySet().removeIf(name -> !only.isEmpty() && only.stream().noneMatch(name::startsWith));
        return endpoints;
    }

    /** One endpoint's latencies as concurrent clients record them. */
    private static final class Sampled {
        final String name;
        final Function<Target, String> url;
        final List<Double> millis = java.util.Collections.synchronizedList(new ArrayList<>());
        final java.util.concurrent.atomic.AtomicLong bytes = new java.util.concurrent.atomic.AtomicLong();
        final java.util.concurrent.atomic.AtomicInteger failures = new java.util.concurrent.atomic.AtomicInteger();

        Sampled(String name, Function<Target, String> url) {
            this.name = name;
            this.url = url;
        }

        void call(HttpClient client, Target target) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url.apply(target))).timeout(Duration.ofMinutes(2))
                    .GET().build();
            long t0 = System.nanoTime();
            try {
                HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                millis.add((System.nanoTime() - t0) / 1e6);
                bytes.addAndGet(response.body().length);
                if (response.statusCode() != 200) {
                    failures.incrementAndGet();
                }
            } catch (java.io.IOException e) {
                failures.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failures.incrementAndGet();
            }
        }

        Endpoint endpoint(double cpuMillis) {
            double[] all;
            synchronized (millis) {
                all = millis.stream().mapToDouble(Double::doubleValue).toArray();
            }
            return new Endpoint(name, all, bytes.get() / Math.max(1, all.length), failures.get(), cpuMillis);
        }
    }

    private static Endpoint time(HttpClient client, String name, List<Target> targets, Function<Target, String> url) {
        double[] millis = new double[targets.size() - WARM_UP];
        long bytes = 0;
        int failures = 0;
        long cpuAtStart = 0;
        for (int i = 0; i < targets.size(); i++) {
            if (i == WARM_UP) {
                cpuAtStart = Machine.processCpuNanos();
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create(url.apply(targets.get(i))))
                    .timeout(Duration.ofMinutes(2)).GET().build();
            long t0 = System.nanoTime();
            HttpResponse<byte[]> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (java.io.IOException e) {
                throw new DramatisException("request " + request.uri() + " failed: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DramatisException("interrupted during " + request.uri(), e);
            }
            long nanos = System.nanoTime() - t0;
            if (i >= WARM_UP) {
                millis[i - WARM_UP] = nanos / 1e6;
                bytes += response.body().length;
                if (response.statusCode() != 200) {
                    failures++;
                }
            }
        }
        double cpu = (Machine.processCpuNanos() - cpuAtStart) / 1e6 / Math.max(1, millis.length);
        return new Endpoint(name, millis, bytes / Math.max(1, millis.length), failures, cpu);
    }

    /** Random actors, each with one of its spellings as written in a document. */
    private List<Target> targets(int count, Random random) {
        return dramatis.entities().randomSpellings(count, random).stream()
                .map(s -> new Target(s.actorId(), s.text())).toList();
    }
}
