package org.dramatis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.dramatis.graph.Views.DocumentSummary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outlets page and the home page's actor table over HTTP, without a browser (so without JavaScript). */
class OutletsAndHomeWebTest {
    @TempDir
    static Path dir;

    private static TestStore store;
    private static WebServer server;
    private static TestClient client;

    @BeforeAll
    static void start() {
        store = TestStore.createWithRivalOutlet(dir.resolve("db"));
        server = new WebServer(new WebServices(store.graph, store.events, store.entities, store.decisions, new FakeCorrector()));
        client = new TestClient(server.start("127.0.0.1", 0));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void outlets_listEveryOutletWithItsCountAndDatesAndLinkToItsDocuments() throws Exception {
        String page = client.page("/outlets");
        assertThat(page).contains("<a href=\"/outlets\">Outlets</a>", "href=\"/outlets?outlet=Valley+Post\"",
                "\">Valley Post</a></td><td>1</td>",
                "href=\"/outlets?outlet=Hill+Courier\"", "<td>2021-04-02</td>");
        String valley = client.page("/outlets?outlet=Valley+Post");
        assertThat(valley).contains("<h1>Valley Post</h1>", "href=\"/documents/" + store.docA + "\"")
                .doesNotContain("href=\"/documents/" + store.docB + "\"");
        assertThat(client.get("/outlets?outlet=Nobody+Press").statusCode()).isEqualTo(404);
    }

    @Test
    void outlets_groupBlankAndMissingOutletsAndPutThemLast() {
        List<OutletsPage.Outlet> outlets = OutletsPage.outlets(List.of(doc(1, "Coast Wire", "2021-05-04"),
                doc(2, null, null), doc(3, " ", "2020"), doc(4, "Coast Wire", null), doc(5, "Hill Courier", "2019-01")));
        assertThat(outlets).containsExactly(new OutletsPage.Outlet("Coast Wire", 2, "2021-05-04", "2021-05-04", 1),
                new OutletsPage.Outlet("Hill Courier", 1, "2019-01", "2019-01", 0),
                new OutletsPage.Outlet(null, 2, "2020", "2020", 1));
    }

    @Test
    void home_filtersByASpellingThatIsNotTheDisplayNameWithoutJavaScript() throws Exception {
        String page = client.page("/?filter=Venholt");
        assertThat(page).contains("1 actor has a spelling with \u201cVenholt\u201d", "href=\"/actors/" + TestStore.VENHOLD + "\"",
                "as \u201cTarik Venholt\u201d").doesNotContain("href=\"/actors/" + TestStore.GUARD + "\"");
        assertThat(client.page("/?sort=name&dir=desc")).contains("aria-sort=\"descending\"");
        assertThat(client.get("/?sort=age").statusCode()).isEqualTo(400);
    }

    private static DocumentSummary doc(long id, String outlet, String published) {
        return new DocumentSummary(id, "d" + id + ".txt", null, outlet, null, published, null, null, "en", 10);
    }
}
