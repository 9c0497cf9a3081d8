package org.dramatis.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dramatis.dev.bench.CorpusWriter;
import org.dramatis.graph.Database;
import org.dramatis.graph.DecisionRepository;
import org.dramatis.graph.EntityRepository;
import org.dramatis.graph.EventQueries;
import org.dramatis.graph.GraphQueries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * /api/facts and /api/events page with offset and limit like /api/documents; checked on a synthetic corpus with more
 * facts and events than one default page, so a list that is not paged fails here.
 */
class FactsAndEventsPagingTest {
    @TempDir
    static Path dir;

    private static Database db;
    private static WebServer server;
    private static TestClient client;

    @BeforeAll
    static void start() {
        db = Database.open(dir);
        new CorpusWriter(db).write(1200, 11, CorpusWriter.Mode.KNOWN, null, n -> { });
        server = new WebServer(new WebServices(new GraphQueries(db), new EventQueries(db), new EntityRepository(db), new DecisionRepository(db),
                new FakeCorrector()));
        client = new TestClient(server.start("127.0.0.1", 0));
    }

    @AfterAll
    static void stop() {
        server.stop();
        db.close();
    }

    private static List<JsonNode> items(String path) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        JsonNode array = client.json(path);
        assertThat(array.isArray()).as(path + " answers a bare array").isTrue();
        array.forEach(out::add);
        return out;
    }

    /** Everything in one page of the largest size, checked to be less than that, so it is all. */
    private static List<JsonNode> all(String path) throws Exception {
        List<JsonNode> all = items(path + (path.contains("?") ? "&" : "?") + "limit=" + ApiRoutes.MAX_LIST_LIMIT);
        assertThat(all).as("the corpus fits one largest page").hasSizeLessThan(ApiRoutes.MAX_LIST_LIMIT);
        return all;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/facts", "/api/events"})
    void defaultPage_isTheFirstThousand(String path) throws Exception {
        List<JsonNode> all = all(path);
        assertThat(all).as("the corpus has more than one default page").hasSizeGreaterThan(ApiRoutes.LIST_LIMIT);
        assertThat(items(path)).isEqualTo(all.subList(0, ApiRoutes.LIST_LIMIT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/facts", "/api/events"})
    void offsetAndLimit_selectThatSlice(String path) throws Exception {
        List<JsonNode> all = all(path);
        assertThat(items(path + "?offset=5&limit=3")).isEqualTo(all.subList(5, 8));
        assertThat(items(path + "?limit=1")).isEqualTo(all.subList(0, 1));
        assertThat(items(path + "?offset=" + ApiRoutes.LIST_LIMIT)).isEqualTo(all.subList(ApiRoutes.LIST_LIMIT,
                Math.min(all.size(), 2 * ApiRoutes.LIST_LIMIT)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/facts", "/api/events"})
    void lastPage_isShort_andPastTheEndIsEmpty(String path) throws Exception {
        List<JsonNode> all = all(path);
        int n = all.size();
        assertThat(items(path + "?offset=" + (n - 2) + "&limit=5")).isEqualTo(all.subList(n - 2, n));
        assertThat(items(path + "?offset=" + n)).isEmpty();
        assertThat(items(path + "?offset=" + Integer.MAX_VALUE + "&limit=" + ApiRoutes.MAX_LIST_LIMIT)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/facts", "/api/events"})
    void readingPageAfterPage_givesEverythingOnceInOrder(String path) throws Exception {
        List<JsonNode> paged = new ArrayList<>();
        List<JsonNode> page;
        int offset = 0;
        do {
            page = items(path + "?offset=" + offset + "&limit=700");
            paged.addAll(page);
            offset += 700;
        } while (page.size() == 700);
        assertThat(paged).isEqualTo(all(path));
    }

    @Test
    void asOf_filtersBeforeThePageIsCut() throws Exception {
        List<JsonNode> valid = all("/api/facts?asOf=2020");
        assertThat(valid).as("posts valid in 2020").hasSizeGreaterThan(4);
        assertThat(valid).allSatisfy(f -> assertThat(f.get("kind").asText()).isIn("ROLE", "MEMBER", "PART_OF"));
        assertThat(items("/api/facts?asOf=2020&offset=2&limit=2")).isEqualTo(valid.subList(2, 4));
        assertThat(items("/api/facts?asOf=2020&offset=" + valid.size())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/facts?limit=-1|'limit' must be between 1 and 10000, got -1",
            "/api/facts?limit=abc|'limit' must be a whole number, got 'abc'",
            "/api/facts?limit=0|'limit' must be between 1 and 10000, got 0",
            "/api/facts?limit=10001|'limit' must be between 1 and 10000, got 10001",
            "/api/facts?offset=-1|'offset' must be between 0 and 2147483647, got -1",
            "/api/facts?offset=99999999999999999999|'offset' must be between 0 and 2147483647, got 99999999999999999999",
            "/api/facts?asOf=2020&offset=1.5|'offset' must be a whole number, got '1.5'",
            "/api/events?limit=-1|'limit' must be between 1 and 10000, got -1",
            "/api/events?limit=abc|'limit' must be a whole number, got 'abc'",
            "/api/events?offset=2147483648|'offset' must be between 0 and 2147483647, got 2147483648",
            "/api/documents?offset=99999999999999999999|'offset' must be between 0 and 2147483647"})
    void badPagingParameter_isA400NamingItAndWhy(String pathAndDetails) throws Exception {
        String[] parts = pathAndDetails.split("\\|");
        HttpResponse<String> res = client.get(parts[0]);
        assertThat(res.statusCode()).as(parts[0] + " → " + res.body()).isEqualTo(400);
        JsonNode body = TestClient.JSON.readTree(res.body());
        assertThat(body.get("title").asText()).isEqualTo("Bad request");
        assertThat(body.get("type").asText()).isEqualTo("bad-request");
        assertThat(body.get("details").asText()).contains(parts[1]);
    }
}
