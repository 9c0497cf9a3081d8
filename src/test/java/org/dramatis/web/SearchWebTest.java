package org.dramatis.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dramatis.search.SearchService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchWebTest {
    @TempDir
    static Path dir;

    private static TestStore store;
    private static SearchService search;
    private static WebServer server;
    private static TestClient client;

    @BeforeAll
    static void start() {
        store = TestStore.createWithRivalOutlet(dir.resolve("db"));
        search = SearchService.open(dir.resolve("index"), store.graph, store.db);
        server = new WebServer(new WebServices(store.graph, store.events, store.entities, store.decisions, new FakeCorrector(), null, null,
                search));
        client = new TestClient(server.start("127.0.0.1", 0));
    }

    @AfterAll
    static void stop() {
        server.stop();
        search.close();
    }

    private static String q(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private static List<Long> ids(JsonNode hits) {
        List<Long> out = new ArrayList<>();
        hits.forEach(h -> out.add(h.get("id").asLong()));
        return out;
    }

    @Test
    void apiSearch_findsTheActorByAVariantSpellingItNeverHad() throws Exception {
        JsonNode r = client.json("/api/search?q=" + q("Tareq Venholt"));
        assertThat(ids(r.get("actors"))).startsWith(TestStore.VENHOLD);
        JsonNode first = r.get("actors").get(0);
        assertThat(first.get("name").asText()).isEqualTo("Tariq Venhold");
        assertThat(first.get("type").asText()).isEqualTo("PERSON");
        assertThat(first.get("matched").asText()).isNotBlank();
        assertThat(first.get("matchedBy").asText()).isEqualTo("TRANSLITERATION");
    }

    @Test
    void apiSearch_findsDocumentsWithTheMatchMarkedInTheSnippet() throws Exception {
        JsonNode r = client.json("/api/search?q=Qarath&limit=5");
        assertThat(ids(r.get("documents"))).containsExactlyInAnyOrder(store.docB, store.docC);
        JsonNode doc = r.get("documents").get(0);
        List<String> marked = new ArrayList<>();
        doc.get("snippet").forEach(p -> {
            if (p.get("hit").asBoolean()) {
                marked.add(p.get("text").asText());
            }
        });
        assertThat(marked).containsExactly("Qarath");
        assertThat(doc.get("outlet").asText()).isIn("Coast Wire", "Hill Courier");
    }

    @Test
    void apiSearch_answersBrokenSyntaxWithEmptyResults() throws Exception {
        JsonNode r = client.json("/api/search?q=" + q("foo AND ("));
        assertThat(r.get("actors")).isEmpty();
        assertThat(r.get("documents")).isEmpty();
        assertThat(client.get("/search?q=" + q("foo AND (")).statusCode()).isEqualTo(200);
        JsonNode blank = client.json("/api/search?q=");
        assertThat(blank.get("actors")).isEmpty();
        assertThat(client.json("/api/search").get("documents")).isEmpty();
    }

    @Test
    void apiSearch_rejectsABadLimitAndAnOverlongQuery() throws Exception {
        assertThat(client.get("/api/search?q=Qarath&limit=0").statusCode()).isEqualTo(400);
        assertThat(client.get("/api/search?q=Qarath&limit=x").statusCode()).isEqualTo(400);
        assertThat(client.get("/api/search?q=" + "a".repeat(SearchPage.MAX_QUERY_CHARS + 1)).statusCode()).isEqualTo(400);
    }

    @Test
    void searchPage_linksActorHitsToTheDossierAndShowsTheMatchedSpelling() throws Exception {
        String body = client.page("/search?q=" + q("Tarik Venholt"));
        int actors = body.indexOf("id=\"actor-hits\"");
        int documents = body.indexOf("id=\"document-hits\"");
        assertThat(actors).isPositive().isLessThan(documents);
        String actorSection = body.substring(actors, documents);
        assertThat(actorSection).contains("href=\"/actors/" + TestStore.VENHOLD + "\">Tariq Venhold</a>",
                "<span class=\"badge type-PERSON\">Person</span>", "matched <q>Tarik Venholt</q>: the same spelling");
        assertThat(body).contains("value=\"Tarik Venholt\"");
    }

    @Test
    void searchPage_marksHitsAndEscapesEveryPartOfTheSnippet() throws Exception {
        String body = client.page("/search?q=Qarath");
        String documents = body.substring(body.indexOf("id=\"document-hits\""));
        assertThat(documents).contains("<mark>Qarath</mark>", "href=\"/documents/" + store.docB + "\"",
                "Coast Wire · 2021-05-04", "Sol &lt;script&gt;alert(1)&lt;/script&gt;",
                "Talks &lt;i&gt;begin&lt;/i&gt; &quot; onmouseover=&quot;x");
        assertThat(body).doesNotContain("<script>alert", "<i>begin");
    }

    @Test
    void searchPage_escapesTheQueryAndAMarkedScriptTag() throws Exception {
        String body = client.page("/search?q=" + q("script \"><b>x"));
        assertThat(body).doesNotContain("<script>alert", "\"><b>x").contains("&quot;&gt;&lt;b&gt;x");
        String sol = client.page("/search?q=" + q("Sol"));
        assertThat(sol).contains("Sol &lt;script&gt;").doesNotContain("<script>alert");
    }

    @Test
    void everyPageHasTheNavSearchBox_andTheHomeFilterIsAFormOfItsOwn() throws Exception {
        for (String path : List.of("/", "/decisions", "/actors/" + TestStore.VENHOLD, "/documents/" + store.docA,
                "/network", "/timeline", "/search", "/actors/999")) {
            assertThat(client.get(path).body()).as(path)
                    .contains("<form class=\"nav-search\" action=\"/search\" method=\"get\" role=\"search\">",
                            "name=\"q\"");
        }
        assertThat(client.page("/")).contains("<form id=\"actor-filter-form\" action=\"/\" method=\"get\" role=\"search\">"
                + "<input type=\"search\" id=\"actor-filter\" name=\"filter\"");
    }

    @Test
    void withoutASearchService_searchIsHiddenAndAnswers404() throws Exception {
        WebServer plain = new WebServer(new WebServices(store.graph, store.events, store.entities, store.decisions, new FakeCorrector()));
        try {
            TestClient other = new TestClient(plain.start("127.0.0.1", 0));
            assertThat(other.get("/api/search?q=Qarath").statusCode()).isEqualTo(404);
            assertThat(other.get("/search?q=Qarath").statusCode()).isEqualTo(404);
            String home = other.page("/");
            assertThat(home).doesNotContain("nav-search", "action=\"/search\"").contains("id=\"actor-filter\"");
        } finally {
            plain.stop();
        }
    }
}
