package org.dramatis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReaderAndDossierTest {
    @TempDir
    static Path dir;

    private static TestStore store;
    private static WebServer server;
    private static TestClient client;

    @BeforeAll
    static void start() {
        store = TestStore.create(dir);
        server = new WebServer(new WebServices(store.graph, store.events, store.entities, new FakeCorrector()));
        client = new TestClient(server.start("127.0.0.1", 0));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void reader_wrapsEverySentenceIncludingThoseWithoutMentions() throws Exception {
        String body = client.page("/documents/" + store.docB);
        assertThat(body).contains("<span class=\"sentence cited\" id=\"s0\">", "<span class=\"sentence\" id=\"s1\">A reader");
        String a = client.page("/documents/" + store.docA);
        assertThat(a).contains("id=\"s0\"", "id=\"s1\"", "<span class=\"sentence\" id=\"s2\"><a class=\"mention type-PERSON\"");
        assertThat(a.split("id=\"s0\"", -1)).hasSize(2);
    }
}
