package org.dramatis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dramatis.graph.DecisionRepository;
import org.dramatis.graph.Views;
import org.dramatis.model.ActorType;
import org.dramatis.resolve.Decision;
import org.dramatis.search.SearchService;
import org.dramatis.testing.HeadlessBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Drives the workbench in Debian's headless chromium against the hand-made store: the analyst's path from a search
 * in the top navigation to a dossier, the network, a cited sentence, a merge and its undo, and the timeline. Each view leaves a
 * screenshot in target/screenshots. Skipped when chromium or chromedriver is not installed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchBrowserIT {
    private static final Path SHOTS = Path.of("target", "screenshots");
    /** A spelling of Tariq Venhold that no article uses. */
    private static final String VARIANT_SPELLING = "Tareq Venholt";

    @TempDir
    static Path dir;

    private static TestStore store;
    private static RecordingCorrector corrector;
    private static WebServer server;
    private static String base;
    private static WebDriver driver;
    private static SearchService search;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(HeadlessBrowser.available(),
                "browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        store = TestStore.createWithRivalOutlet(dir.resolve("db"));
        corrector = new RecordingCorrector(store.decisions);
        Ingester ingester = files -> files.stream().map(f -> Map.<String, Object>of("name", f.getFileName().toString(),
                "outcome", "stored", "message", "fake ingester")).toList();
        Exports exports = (format, out) -> out.write(format);
        search = SearchService.open(dir.resolve("index"), store.graph, store.db);
        server = new WebServer(new WebServices(store.graph, store.events, store.entities, store.decisions, corrector, exports, ingester,
                search));
        base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);

        driver = HeadlessBrowser.start(dir.resolve("profile"));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.stop();
        }
        if (search != null) {
            search.close();
        }
    }

    private static void open(String path) {
        driver.get(base + path);
    }

    private static void shot(String view) throws IOException {
        HeadlessBrowser.shot(driver, SHOTS, view);
    }

    private static <T> T until(Function<WebDriver, T> condition) {
        return HeadlessBrowser.until(driver, condition, Duration.ofSeconds(15));
    }

    private static Function<WebDriver, Boolean> urlContains(String part) {
        return d -> d.getCurrentUrl().contains(part);
    }

    private static Function<WebDriver, WebElement> shown(By by) {
        return d -> d.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
    }

    private static void clickAndAwaitReload(By button) {
        HeadlessBrowser.clickAndAwaitReload(driver, button, Duration.ofSeconds(15));
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    @Test
    @Order(1)
    void search_fromTheNavBoxFindsAVariantSpellingAndOpensTheDossier() throws IOException {
        open("/");
        shot("home");
        WebElement box = driver.findElement(By.id("nav-search"));
        box.sendKeys(VARIANT_SPELLING, Keys.ENTER);
        until(urlContains("/search?q="));
        WebElement actorHits = until(shown(By.id("actor-hits")));
        assertThat(driver.findElement(By.id("search-q")).getDomProperty("value")).isEqualTo(VARIANT_SPELLING);
        assertThat(actorHits.findElements(By.cssSelector("li.actor-hit")).get(0).getText()).contains("Tariq Venhold");
        actorHits.findElement(By.linkText("Tariq Venhold")).click();
        until(urlContains("/actors/" + TestStore.VENHOLD));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Tariq Venhold");
        // The spellings are folded (a closed <details>): read their text, not what is displayed.
        assertThat(driver.findElement(By.cssSelector("ul.names")).getAttribute("textContent")).contains("Tarik Venholt");
        WebElement evidence = driver.findElement(By.cssSelector("ul.evidence q"));
        assertThat(evidence.isDisplayed()).isTrue();
        assertThat(driver.getPageSource()).contains(TestStore.ROLE_SENTENCE.substring(0, 30));
        shot("dossier");
    }

    @Test
    @Order(2)
    void search_fromAnyPageListsArticlesWithTheWordsMarked() throws IOException {
        open("/timeline");
        driver.findElement(By.id("nav-search")).sendKeys("Tarik Venholt", Keys.ENTER);
        until(urlContains("/search?q="));
        WebElement documentHits = until(shown(By.id("document-hits")));
        List<String> marked = documentHits.findElements(By.cssSelector("p.snippet mark")).stream()
                .map(WebElement::getText).distinct().toList();
        assertThat(marked).containsExactlyInAnyOrder("Tarik", "Venholt");
        assertThat(documentHits.getText()).contains("Coast Wire", "Hill Courier", "Sol <script>alert(1)</script>");
        assertThat(driver.findElement(By.cssSelector("#actor-hits li.actor-hit")).getText())
                .contains("Tariq Venhold", "matched Tarik Venholt");
        shot("search");
    }

    @Test
    @Order(3)
    void home_filterNarrowsTheActorTableAndLeadsToTheDossier() {
        open("/");
        WebElement filter = driver.findElement(By.id("actor-filter"));
        filter.sendKeys("venh");
        // The server filters; app.js swaps the table in while typing.
        until(d -> d.findElements(By.cssSelector("#actor-table tbody tr")).size() == 1);
        assertThat(driver.findElement(By.cssSelector("#actor-table tbody tr")).getText()).contains("Tariq Venhold");
        driver.findElement(By.linkText("Tariq Venhold")).click();
        until(urlContains("/actors/" + TestStore.VENHOLD));
    }

    @Test
    @Order(4)
    void network_drawsOnACanvasAndANodeClickOpensTheDossier() throws IOException {
        open("/network?actor=" + TestStore.VENHOLD);
        until(d -> !d.findElements(By.cssSelector("#cy canvas")).isEmpty());
        until(d -> js("return window.dramatisNetwork ? window.dramatisNetwork.nodes().length : 0") instanceof Long n
                && n > 1);
        shot("network-actor");
        @SuppressWarnings("unchecked")
        Map<String, Object> pos = (Map<String, Object>) js("const n = window.dramatisNetwork.getElementById('n"
                + TestStore.GUARD + "'); return n.renderedPosition();");
        WebElement cy = driver.findElement(By.id("cy"));
        int x = (int) Math.round(((Number) pos.get("x")).doubleValue() - cy.getSize().getWidth() / 2.0);
        int y = (int) Math.round(((Number) pos.get("y")).doubleValue() - cy.getSize().getHeight() / 2.0);
        new Actions(driver).moveToElement(cy, x, y).click().perform();
        until(urlContains("/actors/" + TestStore.GUARD));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Northern Guard");
    }

    @Test
    @Order(5)
    void network_filtersHideEdgesByKindAndDate() throws IOException {
        open("/network");
        until(d -> !d.findElements(By.cssSelector("#kind-filter input")).isEmpty());
        until(d -> js("return window.dramatisNetwork ? window.dramatisNetwork.nodes().length : 0") instanceof Long n
                && n >= 3);
        shot("network");
        String all = driver.findElement(By.id("cy")).getDomAttribute("data-visible-edges");
        driver.findElement(By.cssSelector("#kind-filter input[value='ROLE']")).click();
        String withoutRoles = driver.findElement(By.id("cy")).getDomAttribute("data-visible-edges");
        assertThat(Integer.parseInt(withoutRoles)).isLessThan(Integer.parseInt(all));
        driver.findElement(By.cssSelector("#kind-filter input[value='ROLE']")).click();
        driver.findElement(By.id("asof-on")).click();
        // 2018-06: the 2019 post is not yet held, the 2017 one is; the undated relations stay.
        js("const s = document.getElementById('asof'); s.value = String(2018 * 12 + 5);"
                + " s.dispatchEvent(new Event('input'));");
        assertThat(driver.findElement(By.id("asof-label")).getText()).isEqualTo("2018-06");
        String asOf = driver.findElement(By.id("cy")).getDomAttribute("data-visible-edges");
        assertThat(Integer.parseInt(asOf)).isEqualTo(Integer.parseInt(all) - 1);
    }

    @Test
    @Order(6)
    void evidenceLink_opensTheDocumentAtTheCitedSentence() throws IOException {
        open("/actors/" + TestStore.VENHOLD);
        WebElement link = driver.findElement(By.cssSelector("ul.evidence a[href*='/documents/" + store.docA + "#s0']"));
        link.click();
        until(urlContains("/documents/" + store.docA + "#s0"));
        WebElement sentence = driver.findElement(By.id("s0"));
        assertThat(sentence.isDisplayed()).isTrue();
        assertThat(sentence.getText()).isEqualTo(TestStore.ROLE_SENTENCE);
        assertThat(driver.findElements(By.cssSelector("span.sentence[id^='s']"))).hasSize(3);
        shot("document");
    }

    @Test
    @Order(7)
    void merge_fromTheDossierIsRecordedAndCanBeUndone() throws IOException {
        open("/actors/" + TestStore.VENHOLD);
        driver.findElement(By.id("merge-with")).sendKeys("Ardent Front");
        clickAndAwaitReload(By.id("merge"));
        assertThat(corrector.fake.calls).contains("merge #" + TestStore.VENHOLD + " | #" + TestStore.FRONT);
        assertThat(driver.findElement(By.id("correction-status")).getText()).as("the outcome, after the reload")
                .startsWith("done: merge");
        driver.findElement(By.id("new-alias")).sendKeys("Tareq Venholdt");
        clickAndAwaitReload(By.id("add-alias"));
        assertThat(corrector.fake.calls).contains("alias #" + TestStore.VENHOLD + " | Tareq Venholdt");
        open("/decisions");
        until(shown(By.cssSelector("button.undo")));
        int undoable = driver.findElements(By.cssSelector("button.undo")).size();
        assertThat(undoable).as("the merge and the added spelling").isEqualTo(2);
        shot("decisions");
        clickAndAwaitReload(By.cssSelector("button.undo"));
        assertThat(corrector.fake.calls).anyMatch(c -> c.startsWith("undo "));
        until(shown(By.cssSelector("tr.undone")));
        assertThat(driver.findElements(By.cssSelector("button.undo"))).hasSize(undoable - 1);
        shot("decisions-undone");
    }

    @Test
    @Order(8)
    void timeline_drawsEventsAndShowsReportsOnClick() throws IOException {
        open("/timeline");
        WebElement dot = until(shown(By.cssSelector("circle.event-dot")));
        assertThat(driver.findElement(By.cssSelector("#timeline-chart svg")).isDisplayed()).isTrue();
        new Actions(driver).moveToElement(dot).click().perform();
        until(d -> d.findElement(By.id("event-reports")).getText().contains("Qarath"));
        assertThat(driver.findElement(By.id("event-reports")).getText()).contains("Coast Wire", "Hill Courier");
        shot("timeline");
        js("const s = document.getElementById('f-actor'); s.value = arguments[0];"
                + " s.dispatchEvent(new Event('change'));", String.valueOf(TestStore.VENHOLD));
        assertThat(driver.getCurrentUrl()).contains("actor=" + TestStore.VENHOLD);
    }

    @Test
    @Order(9)
    void sources_showDisagreementsSideBySide() throws IOException {
        open("/sources?actor=" + TestStore.VENHOLD);
        assertThat(driver.findElements(By.cssSelector("#disagreements .side-by-side .outlet")).size()).isGreaterThan(1);
        shot("sources");
    }

    @Test
    @Order(10)
    void ingest_uploadsWithProgressAndShowsTheReport() throws IOException {
        Path article = Files.writeString(dir.resolve("my article.txt"), "An invented article about nobody.");
        open("/ingest");
        driver.findElement(By.id("ingest-files")).sendKeys(article.toAbsolutePath().toString());
        driver.findElement(By.id("ingest-submit")).click();
        WebElement table = until(shown(By.id("ingest-report")));
        assertThat(table.getText()).contains("my_article.txt", "stored");
        assertThat(driver.findElement(By.id("ingest-progress")).getDomProperty("value")).isEqualTo("100");
        assertThat(driver.findElement(By.cssSelector("header.top")).getText()).contains("Upload", "graphml");
        shot("ingest");
    }

    /** Records calls like {@link FakeCorrector} and keeps merges in the store's history so the undo button appears. */
    private static final class RecordingCorrector implements Corrector {
        final FakeCorrector fake = new FakeCorrector();
        private final DecisionRepository entities;

        RecordingCorrector(DecisionRepository entities) {
            this.entities = entities;
        }

        @Override
        public Corrector seeing(org.dramatis.graph.ActorVersion version) {
            return this;
        }

        @Override
        public Outcome merge(String author, long leftId, long rightId) {
            Outcome done = fake.merge(author, leftId, rightId);
            return new Outcome(entities.addDecision(Decision.Kind.SAME, "#" + leftId, "#" + rightId, null), done.message(),
                    done.actorId());
        }

        @Override
        public Outcome split(String author, long actorId, List<Views.NameCount> allNames, List<String> namesToMove) {
            return fake.split(author, actorId, allNames, namesToMove);
        }

        @Override
        public Outcome rename(String author, long actorId, String newName) {
            return fake.rename(author, actorId, newName);
        }

        @Override
        public Outcome retype(String author, long actorId, ActorType type) {
            return fake.retype(author, actorId, type);
        }

        @Override
        public Outcome addSpelling(String author, long actorId, String spelling) {
            Outcome done = fake.addSpelling(author, actorId, spelling);
            return new Outcome(entities.addDecision(Decision.Kind.SAME, spelling, "#" + actorId, null), done.message(),
                    done.actorId());
        }

        @Override
        public Outcome undo(long decisionId) {
            fake.undo(decisionId);
            return entities.undoDecision(decisionId) ? new Outcome(decisionId, "Undid #" + decisionId, null) : null;
        }

        @Override
        public int setVerdict(String author, String table, List<Long> claimIds, boolean confirmed) {
            return fake.setVerdict(author, table, claimIds, confirmed);
        }

        @Override
        public int clearVerdict(String author, String table, List<Long> claimIds) {
            return fake.clearVerdict(author, table, claimIds);
        }
    }
}
