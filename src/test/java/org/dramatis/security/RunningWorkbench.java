package org.dramatis.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dramatis.app.Config;
import org.dramatis.app.Dramatis;
import org.dramatis.app.IngestPipeline;
import org.dramatis.app.Workbench;

/**
 * The real workbench on a free loopback port over a fresh data directory, fed through {@link MarkupNlp}, with a plain
 * HTTP client. Close it to stop the server and the store.
 */
public final class RunningWorkbench implements AutoCloseable {
    public static final ObjectMapper JSON = new ObjectMapper();

    private final Dramatis dramatis;
    private final Workbench workbench;
    private final Path inbox;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    public RunningWorkbench(Path dataDir) throws IOException {
        this.dramatis = Dramatis.open(new Config(dataDir.resolve("data"), 2, "127.0.0.1", 0), new MarkupNlp());
        this.inbox = Files.createDirectories(dataDir.resolve("inbox"));
        this.workbench = Workbench.start(dramatis);
        this.base = "http://127.0.0.1:" + workbench.port();
    }

    public int port() {
        return workbench.port();
    }

    /** Writes each text as {@code name.txt} and ingests them all; returns the files written. */
    public List<Path> ingest(Map<String, String> texts) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, String> e : texts.entrySet()) {
            files.add(Files.writeString(inbox.resolve(e.getKey() + ".txt"), e.getValue()));
        }
        dramatis.pipeline().ingest(files, IngestPipeline.Progress.NONE);
        return files;
    }

    public HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> postJson(String path, String body, String csrf) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (csrf != null) {
            b.header("X-CSRF-Token", csrf);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    public URI uri(String path) {
        return URI.create(base + path);
    }

    public JsonNode json(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> res = get(pathAndQuery);
        if (res.statusCode() != 200) {
            throw new IllegalStateException(pathAndQuery + " answered " + res.statusCode() + ": " + res.body());
        }
        return JSON.readTree(res.body());
    }

    /** The CSRF token the home page embeds. */
    public String csrfToken() throws IOException, InterruptedException {
        Matcher m = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\">").matcher(get("/").body());
        if (!m.find()) {
            throw new IllegalStateException("home page has no csrf-token meta tag");
        }
        return m.group(1);
    }

    /**
     * Sends {@code GET rawTarget} byte for byte, so no client can normalise dot segments or escapes away.
     *
     * @return the whole answer: status line, headers and body
     */
    public String rawGet(String rawTarget) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port())) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + rawTarget + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    /** The status code of a {@link #rawGet} answer. */
    public static int status(String rawAnswer) {
        return Integer.parseInt(rawAnswer.substring(9, 12));
    }

    public Dramatis dramatis() {
        return dramatis;
    }

    @Override
    public void close() {
        try {
            workbench.stop();
        } finally {
            dramatis.close();
        }
    }
}
