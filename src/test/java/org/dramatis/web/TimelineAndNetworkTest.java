package org.dramatis.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineAndNetworkTest {
    @TempDir
    static Path dir;

    private static WebServer server;
    private static TestClient client;

    @BeforeAll
    static void start() {
        TestStore store = TestStore.create(dir);
        server = new WebServer(new WebServices(store.graph, store.events, store.entities, store.decisions, new FakeCorrector()));
        client = new TestClient(server.start("127.0.0.1", 0));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void timeline_loadsD3AndOffersFiltersFromTheEvents() throws Exception {
        String body = client.page("/timeline?actor=" + TestStore.VENHOLD);
        assertThat(body).contains(TimelinePage.D3, "/static/timeline.js", "id=\"timeline-chart\"", "id=\"undated\"",
                "<option value=\"1\" selected>Tariq Venhold</option>", "<option value=\"CONSULT\">consult</option>",
                "<option value=\"Qarath\">Qarath</option>", "Sol &lt;script&gt;");
        assertThat(body).doesNotContain("<script>alert(1)");
        assertThat(client.get(TimelinePage.D3).statusCode()).isEqualTo(200);
        assertThat(client.get("/static/timeline.js").statusCode()).isEqualTo(200);
        assertThat(client.get("/timeline?actor=999").statusCode()).isEqualTo(404);
        assertThat(client.page("/")).contains("href=\"/timeline\"");
    }

    @Test
    void network_edgesCarryTheirDatesAndThePageHasFilters() throws Exception {
        JsonNode edges = client.json("/api/network").get("edges");
        assertThat(edges.get(0).get("kind").asText()).isEqualTo("ROLE");
        assertThat(edges.get(0).get("start").asText()).isEqualTo("2019");
        assertThat(edges.get(0).get("end").isNull()).isTrue();
        assertThat(edges.get(1).get("start").isNull()).isTrue();
        assertThat(client.page("/network")).contains("id=\"kind-filter\"", "id=\"asof\"", "id=\"asof-on\"");
    }

    @Test
    void withoutExportsOrIngester_noLinksAndThe404s() throws Exception {
        String home = client.page("/");
        assertThat(home).doesNotContain("/api/export", "href=\"/ingest\"");
        assertThat(client.get("/api/export?format=csv").statusCode()).isEqualTo(404);
        assertThat(client.get("/ingest").statusCode()).isEqualTo(404);
    }
}
