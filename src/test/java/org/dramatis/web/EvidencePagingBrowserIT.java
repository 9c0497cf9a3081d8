package org.dramatis.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.dramatis.dev.bench.CorpusWriter;
import org.dramatis.graph.Database;
import org.dramatis.graph.DecisionRepository;
import org.dramatis.graph.EntityRepository;
import org.dramatis.graph.EventQueries;
import org.dramatis.graph.GraphQueries;
import org.dramatis.graph.Views;
import org.dramatis.testing.HeadlessBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * In headless chromium on a synthetic corpus where popular actors repeat the same facts: the network's edge panel and
 * the dossier show the first pieces of evidence and a "show all N" link that opens all of them; the timeline reads
 * every page of /api/events.
 */
class EvidencePagingBrowserIT {
    @TempDir
    static Path dir;

    private static Database db;
    private static WebServer server;
    private static String base;
    private static WebDriver driver;
    private static JsonNode bigFact;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(HeadlessBrowser.available(),
                "browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        db = Database.open(dir.resolve("db"));
        new CorpusWriter(db).write(300, 11, CorpusWriter.Mode.KNOWN, null, n -> { });
        server = new WebServer(new WebServices(new GraphQueries(db), new EventQueries(db), new EntityRepository(db), new DecisionRepository(db),
                new FakeCorrector()));
        int port = server.start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + port;
        for (JsonNode f : new TestClient(port).json("/api/facts")) {
            if (f.get("objectId").isIntegralNumber() && (bigFact == null
                    || f.get("evidence").size() > bigFact.get("evidence").size())) {
                bigFact = f;
            }
        }
        assertThat(bigFact.get("evidence").size()).isGreaterThan(NetworkView.EDGE_EVIDENCE);
        driver = HeadlessBrowser.start(dir.resolve("profile"));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.stop();
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    void networkEdgePanel_linksToAllEvidence_andTheLinkListsEverySentence() throws IOException {
        int total = bigFact.get("evidence").size();
        driver.get(base + "/network?actor=" + bigFact.get("subjectId").asLong());
        HeadlessBrowser.until(driver, d -> ((JavascriptExecutor) d).executeScript(
                "return window.dramatisNetwork ? window.dramatisNetwork.edges().length : 0") instanceof Long n && n > 0,
                Duration.ofSeconds(15));
        ((JavascriptExecutor) driver).executeScript("window.dramatisNetwork.edges().filter(e => e.data('factKey') === "
                + "arguments[0])[0].emit('tap');", bigFact.get("key").asText());
        WebElement more = HeadlessBrowser.until(driver, d -> d.findElements(By.cssSelector("#edge-evidence a.more-evidence"))
                .stream().findFirst().orElse(null), Duration.ofSeconds(15));
        assertThat(driver.findElements(By.cssSelector("#edge-evidence ul.evidence li"))).hasSize(NetworkView.EDGE_EVIDENCE);
        assertThat(more.getText()).isEqualTo("show all " + total);
        more.click();
        HeadlessBrowser.until(driver, d -> d.getCurrentUrl().contains("/evidence?fact=")
                && !d.findElements(By.linkText("back to the dossier")).isEmpty(), Duration.ofSeconds(15));
        assertThat(driver.findElements(By.cssSelector("ul.evidence li"))).hasSize(total);

        driver.findElement(By.linkText("back to the dossier")).click();
        HeadlessBrowser.until(driver, d -> !d.findElements(By.cssSelector("p.more-evidence a")).isEmpty(),
                Duration.ofSeconds(15));
        assertThat(driver.findElements(By.cssSelector("p.more-evidence a"))).extracting(WebElement::getText)
                .contains("show all " + total);
    }

    @Test
    void timeline_readsEveryPageOfEvents() {
        List<String> keys = new EventQueries(db).events(null, null).stream().map(Views.Event::key).toList();
        assertThat(keys).as("events for several pages of 100").hasSizeGreaterThan(200);
        driver.get(base + "/timeline");
        HeadlessBrowser.until(driver, d -> !d.findElements(By.cssSelector("circle.event-dot")).isEmpty(),
                Duration.ofSeconds(15));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        assertThat(js.executeScript("return Number(document.getElementById('timeline-chart').dataset.shown)"
                + " + document.querySelectorAll('#undated li.event').length")).isEqualTo((long) keys.size());
        // The page reads 10000 events at a time, more than this corpus has; a page of 100 makes it turn pages.
        Object paged = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " window.dramatisTimeline.fetchAll('/api/events', 100).then(all => done(all.map(e => e.key)),"
                + " err => done('failed: ' + err.message));");
        assertThat(paged).isEqualTo(keys);
    }
}
