package org.dramatis.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dramatis.search.SearchService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps openapi.yaml true: every API route documented with its method, nothing documented that is not served. */
class OpenApiTest {
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete", "head", "options");

    @TempDir
    static Path dir;

    private static TestStore store;
    private static SearchService search;
    private static WebServer server;
    private static TestClient client;
    private static JsonNode spec;

    @BeforeAll
    static void start() throws Exception {
        store = TestStore.create(dir.resolve("db"));
        Exports exports = (format, out) -> out.write("");
        Ingester ingester = files -> List.of();
        search = SearchService.open(dir.resolve("index"), store.graph, store.db);
        server = new WebServer(new WebServices(store.graph, store.events, store.entities, store.decisions, new FakeCorrector(), exports,
                ingester, search));
        client = new TestClient(server.start("127.0.0.1", 0));
        try (InputStream in = OpenApiTest.class.getResourceAsStream("/web/openapi.yaml")) {
            assertThat(in).as("openapi.yaml on the classpath").isNotNull();
            spec = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    @AfterAll
    static void stop() {
        server.stop();
        search.close();
    }

    private static Set<String> documented() {
        Set<String> out = new TreeSet<>();
        spec.get("paths").properties().forEach(path -> path.getValue().fieldNames().forEachRemaining(m -> {
            if (METHODS.contains(m)) {
                out.add(m + " " + path.getKey());
            }
        }));
        return out;
    }

    private static Set<String> served() {
        Set<String> out = new TreeSet<>();
        server.routes().stream().filter(r -> r.path().startsWith("/api/")).forEach(r -> out.add(r.method() + " " + r.path()));
        return out;
    }

    @Test
    void everyApiRouteIsDocumentedWithItsMethod_andEveryDocumentedRouteIsServed() {
        assertThat(served()).isNotEmpty();
        assertThat(documented()).as("documented in openapi.yaml").containsAll(served());
        assertThat(served()).as("registered in the server").containsAll(documented());
    }

    @Test
    void everyPathParameterIsDeclared_andEveryOperationHasA200() {
        Pattern param = Pattern.compile("\\{([^}]+)}");
        spec.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            if (!METHODS.contains(op.getKey())) {
                return;
            }
            String where = op.getKey() + " " + path.getKey();
            assertThat(op.getValue().path("responses").has("200")).as(where + " has a 200 response").isTrue();
            Set<String> declared = new HashSet<>();
            op.getValue().path("parameters").forEach(p -> declared.add(resolve(p).path("name").asText()));
            Matcher m = param.matcher(path.getKey());
            while (m.find()) {
                assertThat(declared).as(where + " declares its path parameter").contains(m.group(1));
            }
        }));
    }

    @Test
    void everyReferenceResolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(spec, refs);
        assertThat(refs).isNotEmpty();
        refs.forEach(ref -> assertThat(spec.at(ref.substring(1)).isMissingNode()).as(ref).isFalse());
    }

    @Test
    void topLevelResponseFieldsMatchTheSchemas() throws Exception {
        checkObject("/api/stats", client.json("/api/stats"), "Stats");
        checkObject("/api/actors/1", client.json("/api/actors/" + TestStore.VENHOLD), "ActorResponse");
        checkObject("/api/documents/{id}", client.json("/api/documents/" + store.docA), "DocumentResponse");
        checkObject("/api/network", client.json("/api/network"), "Network");
        checkObject("/api/network edge", client.json("/api/network").get("edges").get(0),
                spec.at("/components/schemas/Network/properties/edges/items"));
        checkObject("/api/actors item", client.json("/api/actors").get(0), "ActorSummary");
        checkObject("/api/documents item", client.json("/api/documents").get(0), "DocumentSummary");
        checkObject("/api/facts item", client.json("/api/facts").get(0), "Fact");
        checkObject("/api/events item", client.json("/api/events").get(0), "Event");
        checkObject("evidence", client.json("/api/facts").get(0).get("evidence").get(0), "Evidence");
        JsonNode found = client.json("/api/search?q=Venhold");
        checkObject("/api/search", found, "SearchResults");
        String results = "/components/schemas/SearchResults/properties/";
        checkObject("/api/search actor", found.get("actors").get(0), spec.at(results + "actors/items"));
        checkObject("/api/search document", found.get("documents").get(0), spec.at(results + "documents/items"));
        checkObject("/api/search snippet part", found.get("documents").get(0).get("snippet").get(0),
                spec.at(results + "documents/items/properties/snippet/items"));
    }

    @Test
    void theDescriptionIsServed() throws Exception {
        var res = client.get("/api/openapi.yaml");
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("yaml"));
        assertThat(new ObjectMapper(new YAMLFactory()).readTree(res.body())).isEqualTo(spec);
    }

    private static void checkObject(String where, JsonNode actual, String schema) {
        checkObject(where, actual, spec.at("/components/schemas/" + schema));
    }

    private static void checkObject(String where, JsonNode actual, JsonNode schema) {
        assertThat(schema.isMissingNode()).as(where + " schema").isFalse();
        Set<String> actualFields = new TreeSet<>();
        actual.fieldNames().forEachRemaining(actualFields::add);
        Set<String> schemaFields = new TreeSet<>();
        schema.path("properties").fieldNames().forEachRemaining(schemaFields::add);
        assertThat(schemaFields).as(where + " fields in openapi.yaml").isEqualTo(actualFields);
    }

    private static JsonNode resolve(JsonNode node) {
        return node.has("$ref") ? spec.at(node.get("$ref").asText().substring(1)) : node;
    }

    private static void collectRefs(JsonNode node, List<String> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (e.getKey().equals("$ref")) {
                    out.add(e.getValue().asText());
                } else {
                    collectRefs(e.getValue(), out);
                }
            }
        } else if (node.isArray()) {
            node.forEach(n -> collectRefs(n, out));
        }
    }
}
