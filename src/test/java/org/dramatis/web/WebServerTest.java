package org.dramatis.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;

    private static TestStore store;
    private static FakeCorrector corrector;
    private static WebServer server;
    private static String base;

    @BeforeAll
    static void start() {
        store = TestStore.create(dir);
        corrector = new FakeCorrector();
        server = new WebServer(new WebServices(store.graph, store.events, store.entities, store.decisions, corrector));
        base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String body, String token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("X-CSRF-Token", token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(String path) throws IOException, InterruptedException {
        HttpResponse<String> res = get(path);
        assertThat(res.statusCode()).as(path + " → " + res.body()).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        return JSON.readTree(res.body());
    }

    private static String pageToken() throws IOException, InterruptedException {
        Matcher m = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\">").matcher(get("/").body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void stats_countsTheCorpus() throws Exception {
        JsonNode stats = json("/api/stats");
        assertThat(stats.get("documents").asInt()).isEqualTo(2);
        assertThat(stats.get("actors").asInt()).isEqualTo(4);
        assertThat(stats.get("facts").asInt()).isEqualTo(2);
        assertThat(stats.get("events").asInt()).isEqualTo(1);
    }

    @Test
    void actors_listsByMentionsAndFiltersByType() throws Exception {
        JsonNode all = json("/api/actors");
        assertThat(all.get(0).get("name").asText()).isEqualTo("Tariq Venhold");
        assertThat(all.get(0).get("mentions").asInt()).isEqualTo(3);
        JsonNode orgs = json("/api/actors?type=organization&limit=1");
        assertThat(orgs).hasSize(1);
        assertThat(orgs.get(0).get("type").asText()).isEqualTo("ORGANIZATION");
    }

    @Test
    void actorDetail_hasSpellingsReasonsOutletsFactsAndEvents() throws Exception {
        JsonNode a = json("/api/actors/" + TestStore.VENHOLD);
        assertThat(a.get("actor").get("type").asText()).isEqualTo("PERSON");
        assertThat(a.get("names").findValuesAsText("name")).containsExactlyInAnyOrder("Tariq Venhold", "Venhold", "Tarik Venholt");
        assertThat(a.get("reasons").toString()).contains("same transliteration key 'trk wnhlt'");
        assertThat(a.get("outlets").toString()).contains("Valley Post", "Coast Wire");
        assertThat(a.get("facts").get(0).get("role").asText()).isEqualTo("commander");
        assertThat(a.get("facts").get(0).get("evidence").get(0).get("sentence").asText()).isEqualTo(TestStore.ROLE_SENTENCE);
        assertThat(a.get("events").get(0).get("type").asText()).isEqualTo("CONSULT");
    }

    @Test
    void documents_listAndDetailWithTextMentionsAndClaims() throws Exception {
        assertThat(json("/api/documents").findValuesAsText("outlet")).containsExactly("Valley Post", "Coast Wire");
        assertThat(json("/api/documents?offset=1&limit=5").findValuesAsText("outlet")).containsExactly("Coast Wire");
        assertThat(json("/api/documents?limit=1").findValuesAsText("outlet")).containsExactly("Valley Post");
        assertThat(get("/api/documents?limit=0").statusCode()).isEqualTo(400);
        JsonNode d = json("/api/documents/" + store.docA);
        assertThat(d.get("text").asText()).startsWith(TestStore.ROLE_SENTENCE);
        assertThat(d.get("mentions")).hasSize(5);
        assertThat(d.get("facts")).hasSize(2);
        assertThat(json("/api/documents/" + store.docB).get("events")).hasSize(1);
    }

    @Test
    void facts_asOfKeepsOnlyPostsValidThen() throws Exception {
        assertThat(json("/api/facts")).hasSize(2);
        JsonNode valid = json("/api/facts?asOf=2020-01-01");
        assertThat(valid).hasSize(1);
        assertThat(valid.get(0).get("kind").asText()).isEqualTo("ROLE");
        assertThat(json("/api/facts?asOf=2018-01-01")).isEmpty();
    }

    @Test
    void events_areMergedAndListed() throws Exception {
        JsonNode events = json("/api/events");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).get("participants").findValuesAsText("name"))
                .containsExactly("Tariq Venhold", TestStore.EVIL_NAME);
    }

    @Test
    void network_wholeCorpusAndEgo() throws Exception {
        JsonNode all = json("/api/network");
        assertThat(all.get("nodes").findValuesAsText("name")).containsExactlyInAnyOrder("Tariq Venhold", "Northern Guard",
                "Ardent Front");
        assertThat(all.get("edges")).hasSize(2);
        JsonNode edge = all.get("edges").get(1);
        assertThat(edge.get("source").asLong()).isEqualTo(TestStore.GUARD);
        assertThat(edge.get("target").asLong()).isEqualTo(TestStore.FRONT);
        assertThat(edge.get("kind").asText()).isEqualTo("BACKS");
        assertThat(edge.get("evidenceCount").asInt()).isEqualTo(1);
        JsonNode ego = json("/api/network?actor=" + TestStore.FRONT);
        assertThat(ego.get("nodes").findValuesAsText("name")).containsExactlyInAnyOrder("Ardent Front", "Northern Guard");
        assertThat(ego.get("edges")).hasSize(1);
        JsonNode alone = json("/api/network?actor=" + TestStore.SOL);
        assertThat(alone.get("nodes")).hasSize(1);
        assertThat(alone.get("edges")).isEmpty();
    }

    @Test
    void decisions_historyIsAList() throws Exception {
        assertThat(json("/api/decisions").isArray()).isTrue();
    }

    @Test
    void unknownId_isA404Problem() throws Exception {
        HttpResponse<String> res = get("/api/actors/999");
        assertThat(res.statusCode()).isEqualTo(404);
        JsonNode body = JSON.readTree(res.body());
        assertThat(body.get("status").asInt()).isEqualTo(404);
        assertThat(body.get("title").asText()).isEqualTo("Not found");
        assertThat(body.get("type").asText()).isEqualTo("not-found");
        assertThat(body.get("details").asText()).contains("999");
        assertThat(JSON.readTree(get("/api/documents/999").body()).get("status").asInt()).isEqualTo(404);
        assertThat(JSON.readTree(get("/api/no-such-thing").body()).get("status").asInt()).isEqualTo(404);
    }

    @Test
    void badParameter_isA400NamingIt() throws Exception {
        HttpResponse<String> res = get("/api/actors/abc");
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(res.body()).get("details").asText()).contains("'id'", "abc");
        assertThat(JSON.readTree(get("/api/actors?type=planet").body()).get("details").asText()).contains("'type'");
        assertThat(JSON.readTree(get("/api/actors?limit=0").body()).get("details").asText()).contains("'limit'");
        assertThat(JSON.readTree(get("/api/facts?asOf=yesterday").body()).get("details").asText()).contains("'asOf'");
    }

    @Test
    void post_withoutCsrfTokenIsForbidden() throws Exception {
        int before = corrector.calls.size();
        HttpResponse<String> res = post("/api/decisions/merge", "{\"left\":\"A\",\"right\":\"B\"}", null);
        assertThat(res.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(res.body()).get("type").asText()).isEqualTo("forbidden");
        assertThat(post("/api/decisions/merge", "{\"left\":\"A\",\"right\":\"B\"}", "wrong").statusCode()).isEqualTo(403);
        assertThat(corrector.calls).hasSize(before);
    }

    @Test
    void merge_withTokenCallsTheCorrector() throws Exception {
        HttpResponse<String> res = post("/api/decisions/merge", "{\"left\":\"Tariq Venhold\",\"right\":\"Ardent Front\"}",
                pageToken());
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        assertThat(JSON.readTree(res.body()).get("decisionId").asLong()).isPositive();
        assertThat(corrector.calls).contains("merge #" + TestStore.VENHOLD + " | #" + TestStore.FRONT);
        assertThat(JSON.readTree(res.body()).get("message").asText()).isNotBlank();
    }

    @Test
    void merge_byIdsReachesTheCorrector_andARefusalIsA409WithItsReason() throws Exception {
        String token = pageToken();
        HttpResponse<String> byIds = post("/api/decisions/merge", "{\"leftId\":2,\"rightId\":3}", token);
        assertThat(byIds.statusCode()).as(byIds.body()).isEqualTo(200);
        assertThat(corrector.calls).contains("merge #2 | #3");
        assertThat(JSON.readTree(byIds.body()).get("actorId").asLong()).isEqualTo(2);
        HttpResponse<String> self = post("/api/decisions/merge", "{\"left\":\"Ardent Front\",\"right\":\"Ardent Front\"}",
                token);
        assertThat(self.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(self.body()).get("details").asText()).contains("cannot be merged with itself");
        assertThat(JSON.readTree(self.body()).get("type").asText()).isEqualTo("refused");
        HttpResponse<String> unknown = post("/api/decisions/merge", "{\"leftId\":1,\"right\":\"Nobody Known\"}", token);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unknown.body()).get("details").asText()).contains("no actor is called 'Nobody Known'",
                "'rightId'");
    }

    @Test
    void corrections_validateAndReachTheCorrector() throws Exception {
        String token = pageToken();
        assertThat(post("/api/decisions/split", "{\"actorId\":1,\"names\":[\"Tarik Venholt\"]}", token).statusCode())
                .isEqualTo(200);
        assertThat(corrector.calls).contains("split #1 3 [Tarik Venholt]");
        assertThat(post("/api/decisions/split", "{\"actorId\":1,\"names\":[\"Nobody\"]}", token).statusCode()).isEqualTo(400);
        assertThat(post("/api/decisions/rename", "{\"actorId\":1,\"newName\":\"T. Venhold\"}", token).statusCode())
                .isEqualTo(200);
        assertThat(corrector.calls).contains("rename #1 | T. Venhold");
        assertThat(post("/api/decisions/alias", "{\"name\":\"Ardent Front\",\"alias\":\"Jabhat al-Hamas\"}", token)
                .statusCode()).isEqualTo(200);
        assertThat(corrector.calls).contains("alias #" + TestStore.FRONT + " | Jabhat al-Hamas");
        assertThat(post("/api/decisions/alias", "{\"name\":\"Ardent Front\"}", token).statusCode()).isEqualTo(400);
        assertThat(post("/api/decisions/alias", "{\"name\":\"Ardent Front\",\"alias\":\"Ardent Front\"}", token)
                .statusCode()).isEqualTo(400);
        assertThat(post("/api/decisions/retype", "{\"name\":\"Ardent Front\",\"type\":\"person\"}", token).statusCode())
                .isEqualTo(200);
        assertThat(corrector.calls).contains("retype #" + TestStore.FRONT + " | PERSON");
        assertThat(post("/api/claims/restore", "{\"table\":\"event_claim\",\"ids\":[5]}", token).statusCode())
                .isEqualTo(200);
        assertThat(corrector.calls).contains("restore event_claim [5]");
        assertThat(post("/api/claims/restore", "{\"table\":\"entity\",\"ids\":[5]}", token).statusCode()).isEqualTo(400);
        HttpResponse<String> badType = post("/api/decisions/retype", "{\"name\":\"X\",\"type\":\"moon\"}", token);
        assertThat(badType.statusCode()).isEqualTo(400);
        assertThat(post("/api/decisions/7/undo", "", token).statusCode()).isEqualTo(200);
        assertThat(post("/api/decisions/8/undo", "", token).statusCode()).isEqualTo(404);
        assertThat(post("/api/claims/verdict", "{\"table\":\"fact_claim\",\"ids\":[1,2],\"confirmed\":false}", token)
                .statusCode()).isEqualTo(200);
        assertThat(corrector.calls).contains("verdict fact_claim [1, 2] false");
        HttpResponse<String> badTable = post("/api/claims/verdict", "{\"table\":\"entity\",\"ids\":[1],\"confirmed\":true}",
                token);
        assertThat(badTable.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badTable.body()).get("details").asText()).contains("'table'");
        assertThat(post("/api/decisions/merge", "{not json", token).statusCode()).isEqualTo(400);
    }

    @Test
    void oversizedBody_isRejected() throws Exception {
        String big = "{\"left\":\"" + "x".repeat(1_100_000) + "\",\"right\":\"y\"}";
        assertThat(post("/api/decisions/merge", big, pageToken()).statusCode()).isEqualTo(413);
    }

    @Test
    void homePage_showsCountsActorsAndDocuments() throws Exception {
        HttpResponse<String> res = get("/");
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.body()).contains("Tariq Venhold", "href=\"/actors/1\"", "Valley Post", "Guard commander keeps his post",
                "actor-filter", "href=\"/network\"", "href=\"/decisions\"");
        assertThat(res.body()).doesNotContain("<script>alert(1)");
    }

    @Test
    void actorPage_citesEveryLineAndOffersCorrections() throws Exception {
        HttpResponse<String> res = get("/actors/" + TestStore.VENHOLD);
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.body()).contains("Tariq Venhold", "Tarik Venholt", "Also named \u201cTarik Venholt\u201d in another article",
                "Posts held",
                "commander", Html.esc(TestStore.ROLE_SENTENCE), "Valley Post", "/documents/" + store.docA + "#s0",
                "/documents/" + store.docB + "#s0", "id=\"corrections\"", "data-table=\"fact_claim\"", "Venholt met Sol");
        HttpResponse<String> guard = get("/actors/" + TestStore.GUARD);
        assertThat(guard.body()).contains("backs", Html.esc(TestStore.BACKS_SENTENCE), "according to officials");
    }

    @Test
    void actorPage_escapesActorNames() throws Exception {
        String body = get("/actors/" + TestStore.SOL).body();
        assertThat(body).contains("Sol &lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(body).doesNotContain("<script>alert(1)");
        assertThat(get("/actors/" + TestStore.VENHOLD).body()).doesNotContain("<script>alert(1)");
    }

    @Test
    void documentPage_escapesTextTitleAndUnsafeUrl() throws Exception {
        HttpResponse<String> res = get("/documents/" + store.docB);
        assertThat(res.statusCode()).isEqualTo(200);
        String body = res.body();
        assertThat(body).doesNotContain("<script>alert(1)", "\" onmouseover=\"x", "<i>begin</i>", "javascript:");
        assertThat(body).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&quot; onmouseover=&quot;x",
                "Talks &lt;i&gt;begin&lt;/i&gt;");
    }

    @Test
    void documentPage_linksMentionsAndAnchorsSentences() throws Exception {
        String body = get("/documents/" + store.docA).body();
        assertThat(body).contains("<a class=\"mention type-PERSON\" href=\"/actors/1\"", "id=\"s0\"", "id=\"s1\"", "id=\"s2\"",
                "href=\"https://example.org/guard\"", "Valley Post", "commander");
    }

    @Test
    void networkPage_loadsCytoscapeFromTheWebjar() throws Exception {
        String body = get("/network?actor=" + TestStore.GUARD).body();
        assertThat(body).contains("Network of Northern Guard", "/webjars/cytoscape/3.33.1/dist/cytoscape.min.js",
                "data-actor=\"2\"");
        assertThat(get("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js").statusCode()).isEqualTo(200);
        assertThat(get("/static/network.js").statusCode()).isEqualTo(200);
        assertThat(get("/static/style.css").statusCode()).isEqualTo(200);
    }

    @Test
    void decisionsPage_rendersAndUnknownPageIs404() throws Exception {
        assertThat(get("/decisions").statusCode()).isEqualTo(200);
        HttpResponse<String> missing = get("/actors/12345");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("no actor with id 12345");
    }

    @Test
    void unexpectedFailure_isAGeneric500WithoutInternals() throws Exception {
        HttpResponse<String> res = post("/api/decisions/rename", "{\"actorId\":1,\"newName\":\"explode\"}", pageToken());
        assertThat(res.statusCode()).isEqualTo(500);
        JsonNode body = JSON.readTree(res.body());
        assertThat(body.get("type").asText()).isEqualTo("server-error");
        assertThat(res.body()).doesNotContain("secret internal detail", "IllegalStateException", "at org.");
    }

    @Test
    void aCorrectionStoredButNotApplied_isA503SayingItIsSaved_withoutInternals() throws Exception {
        HttpResponse<String> res = post("/api/decisions/rename", "{\"actorId\":1,\"newName\":\"stored, not applied\"}",
                pageToken());
        assertThat(res.statusCode()).isEqualTo(503);
        JsonNode body = JSON.readTree(res.body());
        assertThat(body.get("title").asText()).isEqualTo("Correction saved, not applied yet");
        assertThat(body.get("details").asText()).contains("is saved but not applied yet", "next start");
        assertThat(res.body()).doesNotContain("secret internal detail", "IllegalStateException", "at org.");
    }

    @Test
    void formFieldCsrfToken_isAccepted() throws Exception {
        HttpRequest form = HttpRequest.newBuilder(URI.create(base + "/api/decisions/7/undo"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + pageToken())).build();
        assertThat(HTTP.send(form, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        HttpRequest forged = HttpRequest.newBuilder(URI.create(base + "/api/decisions/7/undo"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=guess")).build();
        assertThat(HTTP.send(forged, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
    }

    /** A raw request, so that the Host header is the test's choice (HttpClient will not set one). */
    private static String raw(String method, String path, String host, String origin, String token) throws IOException {
        int port = URI.create(base).getPort();
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            String request = method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n"
                    + (origin == null ? "" : "Origin: " + origin + "\r\n")
                    + (token == null ? "" : "X-CSRF-Token: " + token + "\r\n")
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 0\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void aForeignHostIsRefusedAndOursServed() throws Exception {
        String port = String.valueOf(URI.create(base).getPort());
        assertThat(raw("GET", "/", "rebound.example:" + port, null, null)).startsWith("HTTP/1.1 421")
                .doesNotContain("csrf-token");
        assertThat(raw("GET", "/api/stats", "evil.test", null, null)).startsWith("HTTP/1.1 421");
        assertThat(raw("GET", "/", "localhost:" + port, null, null)).startsWith("HTTP/1.1 200");
        assertThat(raw("GET", "/", "127.0.0.1:" + port, null, null)).startsWith("HTTP/1.1 200");
    }

    @Test
    void aMutationWithAValidTokenFromAForeignOriginIsRefused() throws Exception {
        String host = "127.0.0.1:" + URI.create(base).getPort();
        String token = pageToken();
        assertThat(raw("POST", "/api/decisions/7/undo", host, "http://rebound.example:8080", token)).startsWith("HTTP/1.1 403")
                .contains("another site");
        assertThat(raw("POST", "/api/decisions/7/undo", host, "null", token)).startsWith("HTTP/1.1 403");
        assertThat(raw("POST", "/api/decisions/7/undo", host, "http://" + host, token)).startsWith("HTTP/1.1 200");
        assertThat(raw("POST", "/api/decisions/7/undo", host, null, token)).startsWith("HTTP/1.1 200");
    }

    @Test
    void hostNameDropsThePort() {
        assertThat(HostGuard.hostName("127.0.0.1:7070")).isEqualTo("127.0.0.1");
        assertThat(HostGuard.hostName("[::1]:7070")).isEqualTo("[::1]");
        assertThat(HostGuard.hostName("LocalHost")).isEqualTo("localhost");
    }

    @Test
    void pages_carrySecurityHeaders() throws Exception {
        HttpResponse<String> res = get("/");
        assertThat(res.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v)
                .contains("script-src 'self'"));
        assertThat(res.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        // Not "no-referrer": with it a browser posts our own sign-in form with "Origin: null" (SignInBrowserIT).
        assertThat(res.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    @Test
    void start_twiceIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> server.start("127.0.0.1", 0))
                .isInstanceOf(IllegalStateException.class);
    }
}
