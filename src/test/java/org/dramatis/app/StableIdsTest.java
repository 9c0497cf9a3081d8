package org.dramatis.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dramatis.export.ExportFormat;
import org.dramatis.export.Exporters;
import org.dramatis.graph.TestStores;
import org.dramatis.graph.Views.ActorSummary;
import org.dramatis.model.ActorType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** Actor ids, and the FtM and GraphML ids made from them, stay on their actor through every correction and ingest. */
@ParameterizedClass
@MethodSource("org.dramatis.graph.TestStores#kinds")
class StableIdsTest {
    static final String A = "Ali Kadhimi spoke today. Ali Kadhimi left. Nadia Karam met Sami Duri. Renewal Front gathered.";
    static final String B = "Ali Kazemi answered today. Omar Haddad met Nadia Karam. Layla Nouri spoke.";
    static final String C = "Sami Duri met Omar Haddad. Youssef Tamimi answered. Layla Nouri left.";
    static final String D = "Ali Kazemi met Youssef Tamimi. Hana Saleh spoke. Layla Nouri answered.";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameter
    TestStores.Kind store;

    @TempDir
    Path tmp;

    Dramatis ingested(String... articles) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int i = 0; i < articles.length; i++) {
            Files.writeString(in.resolve((char) ('a' + i) + ".txt"), articles[i]);
        }
        Dramatis d = Dramatis.open(new Config(tmp.resolve("data"), 1, "127.0.0.1", 0).withDb(store.server(tmp)), new FakeNlp());
        d.pipeline().ingest(List.of(in), IngestPipeline.Progress.NONE);
        return d;
    }

    void ingest(Dramatis d, String name, String text) throws Exception {
        Path file = Files.writeString(Files.createDirectories(tmp.resolve("more")).resolve(name), text);
        d.pipeline().ingest(List.of(file), IngestPipeline.Progress.NONE);
    }

    @Test
    void everyActorKeepsItsIdAndExportIds_throughMergeSplitRetypeReResolutionAndIngest() throws Exception {
        try (Dramatis d = ingested(A, B, C)) {
            Map<Long, String> start = actors(d);
            assertThat(start.values()).contains("Ali Kadhimi", "Nadia Karam", "Sami Duri", "Renewal Front", "Omar Haddad",
                    "Layla Nouri", "Youssef Tamimi");
            assertExportsName(d, start);
            long kadhimi = id(start, "Ali Kadhimi");
            long nadia = id(start, "Nadia Karam");
            long sami = id(start, "Sami Duri");
            long highest = start.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();

            // Merge: two mentions each, so the lower id survives and the other redirects to it.
            d.corrections().merge("Nadia Karam", "Sami Duri");
            Map<Long, String> merged = actors(d);
            assertThat(merged).doesNotContainKey(sami).containsKey(nadia);
            assertThat(d.entities().redirect(sami)).contains(nadia);
            assertThat(d.graph().actor(nadia).orElseThrow().names()).extracting(n -> n.name())
                    .containsExactlyInAnyOrder("Nadia Karam", "Sami Duri");
            assertUnchangedExcept(start, merged, nadia, sami);

            // Split: the part with most mentions (Kadhimi, 2 of 3) keeps the id; the other gets an id never given.
            d.corrections().split(d.graph().actor(kadhimi).orElseThrow().names(), List.of("Ali Kazemi"));
            Map<Long, String> split = actors(d);
            assertThat(split.get(kadhimi)).isEqualTo("Ali Kadhimi");
            long kazemi = id(split, "Ali Kazemi");
            assertThat(kazemi).isGreaterThan(highest);
            assertUnchangedExcept(merged, split, kazemi);

            d.corrections().retype("Renewal Front", ActorType.LOCATION);
            Map<Long, String> retyped = actors(d);
            assertThat(retyped).isEqualTo(split);
            assertThat(d.graph().actor(id(start, "Renewal Front")).orElseThrow().actor().type()).isEqualTo(ActorType.LOCATION);

            d.corrections().reresolve();
            assertThat(actors(d)).isEqualTo(split);

            ingest(d, "d.txt", D);
            Map<Long, String> grown = actors(d);
            long hana = id(grown, "Hana Saleh");
            assertThat(hana).isGreaterThan(kazemi);
            assertUnchangedExcept(split, grown, hana);
            assertExportsName(d, grown);

            // A new process reads the same store: the ids are the store's, not the resolver's.
            d.corrections().reresolve();
            assertThat(actors(d)).isEqualTo(grown);
        }
        try (Dramatis again = Dramatis.open(new Config(tmp.resolve("data"), 1, "127.0.0.1", 0).withDb(store.server(tmp)), new FakeNlp())) {
            Map<Long, String> before = actors(again);
            again.corrections().reresolve();
            assertThat(actors(again)).isEqualTo(before);
            assertExportsName(again, before);
        }
    }

    @Test
    void reResolutionSucceeds_whenALaterArticleFoldsAnActorAnEarlierOneFounded() throws Exception {
        // The first article names a bare surname (an honorific and a surname); the second the only full name with it,
        // which adopts the bare-surname actor. A re-resolution must assign the first article's mention to the survivor.
        try (Dramatis d = ingested("Sheikh Tamimi spoke today. Nadia Karam met reporters.", "Youssef Tamimi answered today.")) {
            Map<Long, String> before = actors(d);
            assertThat(before.values()).contains("Youssef Tamimi", "Nadia Karam").doesNotContain("Tamimi");
            d.corrections().reresolve();
            assertThat(actors(d)).isEqualTo(before);
            assertThat(d.graph().actor(id(before, "Youssef Tamimi")).orElseThrow().names()).extracting(n -> n.name())
                    .contains("Tamimi");
        }
    }

    @Test
    void newDocumentsNeverReuseAnIdThatWasMergedAway() throws Exception {
        try (Dramatis d = ingested(A, B, C)) {
            long sami = id(actors(d), "Sami Duri");
            d.corrections().merge("Nadia Karam", "Sami Duri");
            long highest = actors(d).keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
            ingest(d, "d.txt", D);
            long hana = id(actors(d), "Hana Saleh");
            assertThat(hana).isNotEqualTo(sami).isGreaterThan(Math.max(highest, sami));
        }
    }

    @Test
    void aMergedActorsIdAnswersWithTheSurvivor_onThePageAndInTheApi() throws Exception {
        try (Dramatis d = ingested(A, B, C)) {
            Map<Long, String> start = actors(d);
            long nadia = id(start, "Nadia Karam");
            long sami = id(start, "Sami Duri");
            d.corrections().merge("Nadia Karam", "Sami Duri");
            Workbench w = Workbench.start(d);
            try {
                HttpClient http = HttpClient.newHttpClient(); // follows no redirects
                String base = "http://127.0.0.1:" + w.port();
                HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/actors/" + sami)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(page.statusCode()).isEqualTo(302);
                assertThat(page.headers().firstValue("Location")).contains("/actors/" + nadia);
                HttpResponse<String> evidence = http.send(HttpRequest.newBuilder(
                        URI.create(base + "/actors/" + sami + "/evidence?fact=x")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(evidence.headers().firstValue("Location")).contains("/actors/" + nadia + "/evidence?fact=x");

                HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create(base + "/api/actors/" + sami)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(api.statusCode()).isEqualTo(200);
                JsonNode body = JSON.readTree(api.body());
                assertThat(body.path("actor").path("id").asLong()).isEqualTo(nadia);
                assertThat(body.path("redirectedFrom").asLong()).isEqualTo(sami);
                assertThat(api.headers().firstValue("Content-Location")).contains("/api/actors/" + nadia);

                HttpResponse<String> network = http.send(HttpRequest.newBuilder(URI.create(base + "/api/network?actor=" + sami))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(network.statusCode()).as("the network of a merged id is its survivor's").isEqualTo(200);
                assertThat(JSON.readTree(network.body()).path("nodes").findValuesAsText("id")).contains(String.valueOf(nadia))
                        .doesNotContain(String.valueOf(sami));

                JsonNode live = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/actors/" + nadia))
                        .build(), HttpResponse.BodyHandlers.ofString()).body());
                assertThat(live.path("redirectedFrom").isNull()).isTrue();
                assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/actors/" + nadia)).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
                assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/api/actors/9999")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
            } finally {
                w.stop();
            }
        }
    }

    static Map<Long, String> actors(Dramatis d) {
        Map<Long, String> out = new TreeMap<>();
        for (ActorSummary a : d.graph().actors(Integer.MAX_VALUE, null)) {
            out.put(a.id(), a.name());
        }
        return out;
    }

    private static long id(Map<Long, String> actors, String name) {
        return actors.entrySet().stream().filter(e -> e.getValue().equals(name)).map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + actors));
    }

    /** Every actor of {@code before} but {@code changed} has the same id and name in {@code after}. */
    private static void assertUnchangedExcept(Map<Long, String> before, Map<Long, String> after, Long... changed) {
        Map<Long, String> kept = new TreeMap<>(before);
        Map<Long, String> now = new TreeMap<>(after);
        for (Long id : changed) {
            kept.remove(id);
            now.remove(id);
        }
        assertThat(now).isEqualTo(kept);
    }

    /** The FtM and GraphML exports name each actor by {@code dr-actor-ID} and {@code aID} with the store's id. */
    private static void assertExportsName(Dramatis d, Map<Long, String> actors) throws Exception {
        StringWriter ftm = new StringWriter();
        Exporters.write(ExportFormat.FTM, d.graph(), d.events(), ftm);
        Map<Long, String> ftmActors = new TreeMap<>();
        for (String line : ftm.toString().split("\n")) {
            JsonNode e = JSON.readTree(line);
            if (e.path("id").asText().startsWith("dr-actor-")) {
                ftmActors.put(Long.parseLong(e.path("id").asText().substring(9)), e.path("properties").path("name").get(0).asText());
            }
        }
        assertThat(ftmActors).isEqualTo(actors);
        StringWriter graphml = new StringWriter();
        Exporters.write(ExportFormat.GRAPHML, d.graph(), d.events(), graphml);
        Map<Long, String> nodes = new TreeMap<>();
        Matcher m = Pattern.compile("<node id=\"a(\\d+)\"><data key=\"label\">([^<]*)</data>").matcher(graphml.toString());
        while (m.find()) {
            nodes.put(Long.parseLong(m.group(1)), m.group(2));
        }
        assertThat(nodes).isEqualTo(actors);
    }
}
