package org.dramatis.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Script and attribute-breaking markup in document text, actor names (found in text and given by a rename) and search
 * queries comes out escaped on every page that shows it.
 */
class PageEscapingTest {
    private static final List<String> RAW = List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
            "\"><img");
    private static final String RENAMED = "Tavo <script>alert(1)</script> \"><img src=x onerror=alert(1)> Renik";

    @TempDir
    static Path dir;
    static RunningWorkbench app;

    @BeforeAll
    static void start() throws Exception {
        app = new RunningWorkbench(dir);
        app.ingest(Corpus.plain());
        app.ingest(Corpus.hostile());
        String csrf = app.csrfToken();
        HttpResponse<String> res = app.postJson("/api/decisions/rename", "{\"name\":\"Tavo Renik\",\"newName\":"
                + RunningWorkbench.JSON.writeValueAsString(RENAMED) + "}", csrf);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void hostileMarkup_isEscapedOnEveryPage() throws Exception {
        List<Long> hostileActors = new ArrayList<>();
        for (JsonNode a : app.json("/api/actors?limit=1000")) {
            if (a.get("name").asText().contains("<")) {
                hostileActors.add(a.get("id").asLong());
            }
        }
        assertThat(hostileActors).as("actors named with markup").hasSizeGreaterThanOrEqualTo(2);
        long hostileDoc = -1;
        for (JsonNode d : app.json("/api/documents")) {
            if (d.get("name").asText().startsWith("hostile")) {
                hostileDoc = d.get("id").asLong();
            }
        }
        assertThat(app.json("/api/documents/" + hostileDoc).get("text").asText()).contains("<script>alert(1)</script>");

        List<String> pages = new ArrayList<>(List.of("/", "/decisions", "/timeline", "/network", "/documents/" + hostileDoc,
                "/search?q=" + enc("Darel"), "/search?q=" + enc("alert"), "/search?q=" + enc("Tavo Renik"),
                "/search?q=" + enc("<script>alert(1)</script>"), "/search?q=" + enc("\"><img src=x onerror=alert(1)>")));
        for (long id : hostileActors) {
            pages.addAll(List.of("/actors/" + id, "/sources?actor=" + id, "/timeline?actor=" + id, "/network?actor=" + id));
        }
        List<String> leaks = new ArrayList<>();
        boolean sawEscaped = false;
        for (String page : pages) {
            HttpResponse<String> res = app.get(page);
            assertThat(res.statusCode()).as(page).isEqualTo(200);
            for (String raw : RAW) {
                if (res.body().contains(raw)) {
                    leaks.add(page + " contains " + raw);
                }
            }
            sawEscaped |= res.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        }
        assertThat(leaks).isEmpty();
        assertThat(sawEscaped).as("the markup is shown, escaped, somewhere").isTrue();
    }

    @Test
    void errorPages_escapeTheRequestedPath() throws Exception {
        for (String path : List.of("/actors/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/nope%3Cscript%3Ealert(1)%3C%2Fscript%3E",
                "/search?q=a&limit=%3Cscript%3Ealert(1)%3C%2Fscript%3E")) {
            HttpResponse<String> res = app.get(path);
            assertThat(res.statusCode()).as(path).isBetween(400, 404);
            assertThat(res.body()).as(path).doesNotContain("<script>alert(1)</script>");
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
