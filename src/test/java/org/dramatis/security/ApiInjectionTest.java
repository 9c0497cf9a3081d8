package org.dramatis.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQL fragments through every query, path and body parameter of the API and the pages: each answer is a 400, a 404 or
 * a normal result, and the store holds exactly what it held before.
 */
class ApiInjectionTest {
    private static final List<String> PAYLOADS = List.of("1 OR 1=1", "'; drop table document; --", "1; delete from entity",
            "' OR '1'='1", "1) UNION SELECT name FROM sqlite_master --", "%' --", "\"; drop table entity; --");

    @TempDir
    static Path dir;
    static RunningWorkbench app;
    static String csrf;

    @BeforeAll
    static void start() throws Exception {
        app = new RunningWorkbench(dir);
        app.ingest(Corpus.plain());
        csrf = app.csrfToken();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void sqlInParameters_answersBadRequestOrNormallyAndLeavesStoreIntact() throws Exception {
        JsonNode before = app.json("/api/stats");
        assertThat(before.get("documents").asInt()).isEqualTo(2);
        assertThat(before.get("actors").asInt()).isPositive();
        List<String> failures = new ArrayList<>();
        for (String p : PAYLOADS) {
            String q = enc(p);
            List<String> gets = List.of("/api/actors?limit=" + q, "/api/actors?type=" + q, "/api/actors/" + q,
                    "/api/documents/" + q, "/api/facts?asOf=" + q, "/api/network?actor=" + q, "/api/search?q=" + q,
                    "/api/export?format=" + q, "/actors/" + q, "/documents/" + q, "/search?q=" + q,
                    "/timeline?actor=" + q, "/sources?actor=" + q, "/network?actor=" + q);
            for (String path : gets) {
                check(failures, "GET " + path, app.get(path));
            }
            String j = RunningWorkbench.JSON.writeValueAsString(p);
            Map<String, String> posts = Map.of(
                    "/api/decisions/merge", "{\"left\":" + j + ",\"right\":\"Tavo Renik\"}",
                    "/api/decisions/split", "{\"actorId\":" + j + ",\"names\":[" + j + "]}",
                    "/api/decisions/rename", "{\"name\":" + j + ",\"newName\":" + j + "}",
                    "/api/decisions/retype", "{\"name\":" + j + ",\"type\":" + j + "}",
                    "/api/claims/verdict", "{\"table\":" + j + ",\"ids\":[1],\"confirmed\":true}",
                    "/api/decisions/" + q + "/undo", "{}");
            for (Map.Entry<String, String> e : posts.entrySet()) {
                check(failures, "POST " + e.getKey() + " " + e.getValue(), app.postJson(e.getKey(), e.getValue(), csrf));
            }
        }
        assertThat(failures).isEmpty();
        JsonNode after = app.json("/api/stats");
        for (String count : List.of("documents", "sentences", "tokens", "mentions", "actors", "facts", "events")) {
            assertThat(after.get(count).asInt()).as(count).isEqualTo(before.get(count).asInt());
        }
        assertThat(app.json("/api/documents")).hasSize(2);
    }

    @Test
    void splitWithInjectedName_isRefusedForUnknownSpelling() throws Exception {
        long id = app.json("/api/actors?limit=1").get(0).get("id").asLong();
        HttpResponse<String> res = app.postJson("/api/decisions/split",
                "{\"actorId\":" + id + ",\"names\":[\"x' OR '1'='1\"]}", csrf);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(400);
    }

    private static void check(List<String> failures, String what, HttpResponse<String> res) {
        int s = res.statusCode();
        if (s != 200 && s != 400 && s != 404) {
            failures.add(what + " → " + s + " " + res.body().substring(0, Math.min(200, res.body().length())));
        }
    }
}
