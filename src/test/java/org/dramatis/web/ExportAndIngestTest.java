package org.dramatis.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportAndIngestTest {
    @TempDir
    static Path dir;

    private static WebServer server;
    private static TestClient client;
    /** What the fake ingester saw: file name, parent directory, content. */
    private static final List<String[]> SEEN = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void start() {
        TestStore store = TestStore.create(dir);
        Exports exports = (format, out) -> out.write("format=" + format + "\n");
        Ingester ingester = files -> {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Path f : files) {
                String content = read(f);
                SEEN.add(new String[] {f.getFileName().toString(), f.getParent().toString(), content});
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("name", f.getFileName().toString());
                row.put("outcome", content.isBlank() ? "rejected" : "stored");
                row.put("message", content.isBlank() ? "empty file" : content.length() + " characters");
                rows.add(row);
            }
            return rows;
        };
        server = new WebServer(new WebServices(store.graph, store.events, store.entities, store.decisions, new FakeCorrector(), exports,
                ingester));
        client = new TestClient(server.start("127.0.0.1", 0));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void export_isAnAttachmentInTheAskedFormat() throws Exception {
        for (String format : ExportRoute.FORMATS) {
            HttpResponse<String> res = client.get("/api/export?format=" + format);
            assertThat(res.statusCode()).isEqualTo(200);
            assertThat(res.body()).isEqualTo("format=" + format + "\n");
            assertThat(res.headers().firstValue("Content-Disposition")).hasValueSatisfying(v ->
                    assertThat(v).startsWith("attachment; filename="));
        }
        assertThat(client.get("/api/export?format=csv").headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
        HttpResponse<String> bad = client.get("/api/export?format=pdf");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("'format'");
        assertThat(client.page("/")).contains("href=\"/api/export?format=graphml\"", "href=\"/ingest\"");
        assertThat(client.page("/ingest")).contains("id=\"ingest-files\"", "id=\"ingest-progress\"", "/static/ingest.js");
    }

    @Test
    void ingest_storesUploadsUnderSafeNamesAndReportsPerFile() throws Exception {
        HttpResponse<String> res = upload(client.token(), Map.of("../../etc/passwd", "hello", "C:\\docs\\.hidden note.txt",
                "world", "empty.txt", ""));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        JsonNode rows = TestClient.JSON.readTree(res.body());
        assertThat(rows).hasSize(3);
        assertThat(rows.findValuesAsText("name")).containsExactlyInAnyOrder("passwd", "hidden_note.txt", "empty.txt");
        assertThat(rows.findValuesAsText("outcome")).containsExactlyInAnyOrder("stored", "stored", "rejected");
        String parent = SEEN.get(0)[1];
        assertThat(SEEN).allSatisfy(s -> assertThat(s[1]).isEqualTo(parent));
        assertThat(Path.of(parent)).doesNotExist();
    }

    @Test
    void ingest_needsTheCsrfTokenAndFiles() throws Exception {
        int before = SEEN.size();
        assertThat(upload(null, Map.of("a.txt", "x")).statusCode()).isEqualTo(403);
        assertThat(upload("forged", Map.of("a.txt", "x")).statusCode()).isEqualTo(403);
        assertThat(SEEN).hasSize(before);
        HttpResponse<String> none = upload(client.token(), Map.of());
        assertThat(none.statusCode()).isEqualTo(400);
    }

    @Test
    void ingest_refusesFilesOverTheLimit() throws Exception {
        String big = "x".repeat((int) IngestRoute.MAX_FILE_BYTES + 10);
        HttpResponse<String> res = upload(client.token(), Map.of("big.txt", big));
        assertThat(res.statusCode()).isEqualTo(413);
    }

    @Test
    void safeName_keepsTheLastSegmentAndPlainCharacters() {
        java.util.Set<String> used = new java.util.HashSet<>();
        assertThat(IngestRoute.safeName("../../x/y/report 1.pdf", 0, used)).isEqualTo("report_1.pdf");
        assertThat(IngestRoute.safeName("..\\..\\report 1.pdf", 1, used)).isEqualTo("2-report_1.pdf");
        assertThat(IngestRoute.safeName("...", 2, used)).isEqualTo("upload-3");
        assertThat(IngestRoute.safeName(null, 3, used)).isEqualTo("upload-4");
        assertThat(IngestRoute.safeName("خبر.txt", 4, used)).isEqualTo("خبر.txt");
    }

    private static HttpResponse<String> upload(String token, Map<String, String> files) throws Exception {
        String boundary = "----dramatis" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> f : files.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + f.getKey()
                    + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(f.getValue().getBytes(StandardCharsets.UTF_8));
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(client.base + "/api/ingest"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (token != null) {
            b.header("X-CSRF-Token", token);
        }
        return client.send(b.build());
    }
}
