package org.dramatis.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Path traversal in ids and upload names, oversized bodies and query strings, and mutations without the CSRF token. */
class RequestAbuseTest {
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

    @Test
    void traversalInPaths_neverServesFilesOutsideTheApp() throws Exception {
        List<String> targets = List.of("/documents/..%2F..%2Fetc%2Fpasswd", "/api/documents/..%2F..%2Fetc%2Fpasswd",
                "/api/documents/../../", "/api/documents/../../etc/passwd", "/documents/%2e%2e/%2e%2e/etc/passwd",
                "/static/../../../../etc/passwd", "/static/..%2F..%2F..%2F..%2Fetc%2Fpasswd",
                "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/webjars/..%2F..%2Fetc%2Fpasswd",
                "/static/..%5c..%5c..%5cetc%5cpasswd", "/api/actors/1%00", "/documents/1;/../../etc/passwd");
        for (String target : targets) {
            String answer = app.rawGet(target);
            int status = RunningWorkbench.status(answer);
            assertThat(status).as(target + " → " + answer.lines().findFirst().orElse("")).isIn(200, 400, 404);
            assertThat(answer).as(target).doesNotContain("root:x:0").doesNotContain("root:*:0");
            if (status == 200) {
                assertThat(answer).as(target + " may only be answered by the app's own pages").contains("csrf-token");
            }
        }
    }

    @Test
    void uploadNamesWithPaths_writeNothingOutsideTheUploadDirectory() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        List<String> names = List.of("../../evil-" + tag + "-a.txt", "../../../../../../tmp/evil-" + tag + "-b.txt",
                tmp.resolve("evil-" + tag + "-c.txt").toString(), "..\\..\\evil-" + tag + "-d.txt",
                "..%2F..%2Fevil-" + tag + "-e.txt", "/etc/cron.d/evil-" + tag + "-f");
        String boundary = "----dramatis" + tag;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i < names.size(); i++) {
            String part = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                    + names.get(i).replace("\"", "") + "\"\r\nContent-Type: text/plain\r\n\r\n"
                    + "Minister Corin Vale number " + i + " opened the Keldport bridge on 2 May 2021.\r\n";
            body.writeBytes(part.getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> res = app.send(HttpRequest.newBuilder(app.uri("/api/ingest"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("X-CSRF-Token", csrf)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());

        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        JsonNode rows = RunningWorkbench.JSON.readTree(res.body());
        assertThat(rows).hasSize(names.size());
        for (JsonNode row : rows) {
            // one plain segment: dots inside a name ("2F.._2Fevil") are harmless without a separator
            assertThat(row.get("name").asText()).doesNotStartWith(".").doesNotContain("/").doesNotContain("\\");
        }
        List<Path> roots = new ArrayList<>(List.of(tmp, Path.of("").toAbsolutePath(), dir, Path.of("/etc/cron.d")));
        for (Path p = tmp.getParent(); p != null; p = p.getParent()) {
            roots.add(p);
        }
        for (Path root : roots) {
            if (!Files.isDirectory(root) || !Files.isReadable(root)) {
                continue;
            }
            try (Stream<Path> files = Files.list(root)) {
                assertThat(files.map(f -> f.getFileName().toString())).as(root.toString())
                        .noneMatch(n -> n.contains("evil-" + tag));
            }
        }
        try (Stream<Path> uploads = Files.list(tmp)) {
            assertThat(uploads.map(f -> f.getFileName().toString())).as("upload directories are removed afterwards")
                    .noneMatch(n -> n.startsWith("dramatis-upload-") && Files.exists(tmp.resolve(n).resolve("evil-" + tag + "-a.txt")));
        }
    }

    @Test
    void jsonBodyOverOneMegabyte_isRefusedWith413() throws Exception {
        String big = "{\"name\":\"Tavo Renik\",\"newName\":\"" + "x".repeat(1_100_000) + "\"}";
        HttpResponse<String> res = app.postJson("/api/decisions/rename", big, csrf);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(413);
        assertThat(app.json("/api/decisions")).isEmpty();
    }

    @Test
    void queryStringOf100Kilobytes_isAClientError() throws Exception {
        String q = "a".repeat(100 * 1024);
        for (String path : List.of("/api/search?q=" + q, "/search?q=" + q, "/api/actors?type=" + q, "/api/facts?asOf=" + q)) {
            HttpResponse<String> res = app.get(path);
            assertThat(res.statusCode()).as(path.substring(0, 20)).isBetween(400, 499);
        }
        assertThat(app.get("/api/stats").statusCode()).isEqualTo(200);
    }

    @Test
    void mutationsWithoutCsrfToken_areForbiddenAndChangeNothing() throws Exception {
        String rename = "{\"name\":\"Tavo Renik\",\"newName\":\"Someone Else\"}";
        for (String token : new String[] {null, "", "wrong-token", csrf.substring(1)}) {
            for (String path : List.of("/api/decisions/rename", "/api/decisions/merge", "/api/decisions/1/undo",
                    "/api/claims/verdict", "/api/ingest")) {
                HttpResponse<String> res = app.postJson(path, rename, token);
                assertThat(res.statusCode()).as(path + " with token " + token + ": " + res.body()).isEqualTo(403);
            }
        }
        HttpResponse<String> form = app.send(HttpRequest.newBuilder(app.uri("/api/decisions/rename"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=Tavo+Renik&newName=Other&csrf=nope")).build());
        assertThat(form.statusCode()).isEqualTo(403);
        assertThat(app.json("/api/decisions")).isEmpty();
        assertThat(app.json("/api/actors?limit=1000").findValuesAsText("name")).contains("Tavo Renik");
    }
}
