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
        if (!"127.0.0.1".equals(dramatis.config().host())) {
            throw new DramatisException("bench api binds loopback only, got host " + dramatis.config().host());
        }
        List<Target> targets = targets(requests + WARM_UP, new Random(seed));
        if (targets.isEmpty()) {
            throw new DramatisException("the store holds no actors: run 'dramatis generate' first");
        }
        Workbench wb = Workbench.start(dramatis);
        try {
            String base = "http://127.0.0.1:" + wb.port();
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            Map<String, Function<Target, String>> endpoints = new LinkedHashMap<>();
            endpoints.put("dossier /api/actors/{id}", t -> base + "/api/actors/" + t.id());
            endpoints.put("search /api/search?q=", t -> base + "/api/search?q="
                    + URLEncoder.encode(t.name(), StandardCharsets.UTF_8));
            endpoints.put("network /api/network?actor=", t -> base + "/api/network?actor=" + t.id());
            List<Endpoint> out = new ArrayList<>();
            for (var e : endpoints.entrySet()) {
                if (!only.isEmpty() && only.stream().noneMatch(e.getKey()::startsWith)) {
                    continue;
                }
                out.add(time(client, e.getKey(), targets, e.getValue()));
            }
            return out;
        } finally {
            wb.stop();
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
