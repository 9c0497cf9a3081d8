package org.dramatis.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Through the workbench's upload, a file whose analysis throws an Error is one rejected row, not a 500. */
class UploadFailuresTest {
    @TempDir
    Path tmp;

    @Test
    void upload_rejectsTheFileWhoseAnalysisThrowsAnErrorAndStoresTheOthers() throws Exception {
        TrapNlp nlp = new TrapNlp();
        Dramatis dramatis = Dramatis.open(new Config(tmp.resolve("data"), 2, "127.0.0.1", 0), nlp);
        Workbench workbench = Workbench.start(dramatis);
        try {
            String base = "http://127.0.0.1:" + workbench.port();
            Map<String, String> files = new LinkedHashMap<>();
            files.put("first.txt", "Harbour talks\n\nSpeaker Hamid Qarawi met Colonel Sami Duri in the port.\n");
            files.put("deep.txt", "Deep\n\nThe OVERFLOW trap: the parser would recurse too deep here.\n");
            files.put("huge.txt", "Huge\n\nThe EXHAUST trap: the models would run out of memory here.\n");
            files.put("last.txt", "Budget vote\n\nMinister Leyla Harrow met the Renewal Front on Monday.\n");

            HttpResponse<String> res = upload(base, token(base), files);

            assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
            JsonNode rows = new ObjectMapper().readTree(res.body());
            assertThat(rows.findValuesAsText("name")).containsExactly("first.txt", "deep.txt", "huge.txt", "last.txt");
            assertThat(rows.findValuesAsText("outcome")).containsExactly("stored", "rejected", "rejected", "stored");
            assertThat(rows.get(1).get("message").asText()).contains("stack overflow");
            assertThat(rows.get(2).get("message").asText()).contains("ran out of memory");
            assertThat(dramatis.graph().documents()).hasSize(2);
        } finally {
            workbench.stop();
            dramatis.close();
            nlp.release();
        }
    }

    private static String token(String base) throws Exception {
        String page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\">").matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static HttpResponse<String> upload(String base, String token, Map<String, String> files) throws Exception {
        String boundary = "----dramatis" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> f : files.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + f.getKey()
                    + "\"\r\nContent-Type: text/plain\r\n\r\n" + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/ingest"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("X-CSRF-Token", token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
