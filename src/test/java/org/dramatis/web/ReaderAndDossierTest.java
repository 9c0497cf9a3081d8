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
        store = TestStore.createWithRivalOutlet(dir);
        server = new WebServer(new WebServices(store.graph, store.events, store.entities, store.decisions, new FakeCorrector()));
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

    @Test
    void reader_marksADateInferredFromTheTextAsInferredWithItsPrecision() throws Exception {
        String inferred = client.page("/documents/" + store.docB);
        assertThat(inferred).contains("<span class=\"date inferred\" title=\"day, inferred from the text\">2021-05-04"
                + " <span class=\"date-note\">(day, inferred from the text)</span></span>");
        String stated = client.page("/documents/" + store.docA);
        assertThat(stated).contains("<span class=\"date\" title=\"day, from the file\">2021-04-02").doesNotContain("inferred");
        assertThat(client.json("/api/documents/" + store.docB).get("document").get("dateSource").asText()).isEqualTo("text");
    }

    @Test
    void dossier_listsPostsInStartOrderWithDates() throws Exception {
        String body = client.page("/actors/" + TestStore.VENHOLD);
        int timeline = body.indexOf("posts-timeline");
        assertThat(timeline).isPositive();
        int rival = body.indexOf("2017 – ", timeline);
        int first = body.indexOf("2019 – ", timeline);
        assertThat(rival).isPositive().isLessThan(first);
        assertThat(body).contains("href=\"/sources?actor=1\"", "href=\"/timeline?actor=1\"");
    }

    @Test
    void dossier_showsQuotesByTheActorWithAttributionAndModalityBadges() throws Exception {
        String body = client.page("/actors/" + TestStore.VENHOLD);
        int quotes = body.indexOf("id=\"quotes\"");
        assertThat(quotes).isPositive();
        assertThat(body.substring(quotes)).contains("By it", Html.esc(TestStore.QUOTE_SENTENCE),
                "<span class=\"attribution\">according to Tariq Venhold</span>");
        String guard = client.page("/actors/" + TestStore.GUARD);
        assertThat(guard).contains("About it", "according to officials",
                "<span class=\"badge modality modality-ALLEGED\">alleged</span>");
    }

    @Test
    void sources_groupsByOutletAndShowsDisagreementsSideBySide() throws Exception {
        String body = client.page("/sources?actor=" + TestStore.VENHOLD);
        int diff = body.indexOf("id=\"disagreements\"");
        int byOutlet = body.indexOf("id=\"by-outlet\"");
        assertThat(diff).isPositive().isLessThan(byOutlet);
        String points = body.substring(diff, byOutlet);
        assertThat(points).contains("side-by-side", "Valley Post", "Hill Courier", "Coast Wire",
                Html.esc(TestStore.ROLE_SENTENCE), Html.esc(TestStore.RIVAL_ROLE_SENTENCE),
                Html.esc(TestStore.MEETING_SENTENCE), Html.esc(TestStore.RIVAL_MEETING_SENTENCE));
        assertThat(body.substring(byOutlet)).contains("<h3>Coast Wire", "<h3>Hill Courier", "<h3>Valley Post");
        assertThat(body).doesNotContain("<script>alert(1)");
    }

    @Test
    void sources_withoutDifferencesSaysSoAndNeedsAnActor() throws Exception {
        assertThat(client.page("/sources?actor=" + TestStore.FRONT)).contains("No differences found between outlets.")
                .contains("<h2>Where outlets agree</h2>");
        assertThat(client.get("/sources").statusCode()).isEqualTo(400);
        assertThat(client.get("/sources?actor=999").statusCode()).isEqualTo(404);
    }
}
