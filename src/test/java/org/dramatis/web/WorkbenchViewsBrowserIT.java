package org.dramatis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.dramatis.export.ExportFormat;
import org.dramatis.export.ExportScope;
import org.dramatis.export.Exporters;
import org.dramatis.search.SearchService;
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
 * The views an analyst reads, in Debian's headless chromium against the hand-made store: the network's edge evidence,
 * legend and export of the view as filtered; the home table filtered by a spelling that is not the display name; the
 * outlets page; the timeline's colours. Screenshots of the outlets page and the filtered home table go to
 * target/screenshots. Skipped when chromium or chromedriver is not installed.
 */
class WorkbenchViewsBrowserIT {
    private static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path dir;

    private static TestStore store;
    private static WebServer server;
    private static SearchService search;
    private static String base;
    private static WebDriver driver;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(HeadlessBrowser.available(),
                "browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        store = TestStore.createWithRivalOutlet(dir.resolve("db"));
        Exports exports = new Exports() {
            @Override
            public void write(String format, java.io.Writer out) {
                Exporters.write(ExportFormat.parse(format), store.graph, store.events, out);
            }

            @Override
            public void write(String format, View view, java.io.Writer out) {
                Exporters.write(ExportFormat.parse(format), store.graph, store.events,
                        new ExportScope(view.actor(), view.kinds(), view.asOf()), out);
            }
        };
        search = SearchService.open(dir.resolve("index"), store.graph, store.db);
        server = new WebServer(new WebServices(store.graph, store.events, store.entities, store.decisions, new FakeCorrector(), exports, null,
                search));
        base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
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
        if (search != null) {
            search.close();
        }
    }

    @Test
    void network_anEdgeIsTitledWithItsActorsAndTheViewExportsAsFiltered() throws Exception {
        driver.get(base + "/network?actor=" + TestStore.VENHOLD);
        until(d -> js("return window.dramatisNetwork ? window.dramatisNetwork.edges().length : 0") instanceof Long n && n > 0);
        js("const e = window.dramatisNetwork.edges().filter(x => x.data('kind') === 'ROLE'"
                + " && x.data('target') === 'n" + TestStore.GUARD + "')[0]; e.emit('tap');");
        WebElement title = until(d -> d.findElement(By.cssSelector("#edge-evidence h2")));
        assertThat(title.getText()).isEqualTo("Tariq Venhold \u2014 role (commander) \u2014 Northern Guard");
        assertThat(driver.findElement(By.id("edge-evidence")).getText()).contains(TestStore.ROLE_SENTENCE)
                .doesNotContain("undefined");

        WebElement legend = driver.findElement(By.id("network-legend"));
        assertThat(legend.findElements(By.cssSelector("ul.legend-types li[data-type]"))).extracting(WebElement::getText)
                .containsExactly("Person", "Organization", "Country", "Location");
        assertThat(legend.findElements(By.cssSelector("ul.legend-kinds li[data-kind]"))).extracting(e -> e.getDomAttribute("data-kind"))
                .contains("ROLE");

        assertThat(exportLink()).contains("actor=" + TestStore.VENHOLD);

        driver.get(base + "/network");
        until(d -> js("return window.dramatisNetwork ? window.dramatisNetwork.edges().length : 0") instanceof Long n && n > 2);
        String whole = fetch(exportLink());
        assertThat(whole).contains("<data key=\"kind\">role</data>", "<data key=\"label\">Ardent Front</data>");
        driver.findElement(By.cssSelector("#kind-filter input[value='ROLE']")).click();
        String link = exportLink();
        assertThat(link).contains("kind=BACKS").doesNotContain("kind=ROLE");
        String filtered = fetch(link);
        assertThat(filtered).doesNotContain("<data key=\"kind\">role</data>").contains("<data key=\"kind\">backs</data>");
        assertThat(filtered.split("<edge ", -1).length).isLessThan(whole.split("<edge ", -1).length);
    }

    @Test
    void home_theFilterFindsAnActorByASpellingThatIsNotItsDisplayName() throws IOException {
        driver.get(base + "/");
        driver.findElement(By.id("actor-filter")).sendKeys("Venholt");
        until(d -> rows().size() == 1);
        assertThat(rows().get(0)).contains("Tariq Venhold", "as \u201cTarik Venholt\u201d");
        assertThat(driver.getCurrentUrl()).contains("filter=Venholt");
        HeadlessBrowser.shot(driver, SHOTS, "home-filtered");
        driver.findElement(By.cssSelector("#actor-table a.sort[data-sort='name']")).click();
        until(d -> d.getCurrentUrl().contains("sort=name"));
        assertThat(rows()).singleElement().asString().contains("Tariq Venhold");
        assertThat(driver.findElement(By.id("actor-filter")).getDomProperty("value")).isEqualTo("Venholt");
    }

    @Test
    void outlets_theMenuLeadsToEveryOutletAndItsDocuments() throws IOException {
        driver.get(base + "/");
        driver.findElement(By.cssSelector("header.top a[href='/outlets']")).click();
        until(d -> d.getCurrentUrl().endsWith("/outlets"));
        List<String> outlets = driver.findElements(By.cssSelector("#outlet-table tbody tr td:first-child")).stream()
                .map(WebElement::getText).toList();
        assertThat(outlets).containsExactlyInAnyOrder("Valley Post", "Coast Wire", "Hill Courier");
        HeadlessBrowser.shot(driver, SHOTS, "outlets");
        driver.findElement(By.linkText("Hill Courier")).click();
        until(d -> d.getCurrentUrl().contains("outlet=Hill"));
        driver.findElement(By.linkText("A rival account")).click();
        until(d -> d.getCurrentUrl().endsWith("/documents/" + store.docC));
    }

    @Test
    void timeline_eachEventTypeHasItsOwnColourAndALegend() {
        driver.get(base + "/timeline");
        WebElement dot = until(d -> d.findElements(By.cssSelector("circle.event-dot")).stream().findFirst().orElse(null));
        List<WebElement> legend = driver.findElements(By.cssSelector("#type-legend li"));
        assertThat(legend).isNotEmpty();
        String type = dot.getDomAttribute("class").replaceAll(".*etype-", "");
        WebElement swatch = driver.findElement(By.cssSelector("#type-legend li[data-type='" + type + "'] .swatch"));
        assertThat(rgb(dot.getCssValue("fill"))).isEqualTo(rgb(swatch.getCssValue("background-color")));
        @SuppressWarnings("unchecked")
        List<Object> fills = (List<Object>) js("return ['ASSAULT', 'CONSULT', 'COERCE', 'AGREE'].map(t => {"
                + " const e = document.createElement('span'); e.className = 'swatch etype-' + t; document.body.appendChild(e);"
                + " return getComputedStyle(e).backgroundColor; });");
        assertThat(fills).doesNotHaveDuplicates();
    }

    /** "rgba(67, 99, 216, 1)" and "rgb(67, 99, 216)" as "67,99,216". */
    private static String rgb(String css) {
        return String.join(",", List.of(css.replaceAll("[^0-9,]", "").split(",")).subList(0, 3));
    }

    private static String exportLink() {
        return driver.findElement(By.cssSelector("#network-export a[data-format='graphml']")).getDomProperty("href");
    }

    private static String fetch(String url) throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        var res = client.send(java.net.http.HttpRequest.newBuilder(URI.create(url)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(res.statusCode()).as(url).isEqualTo(200);
        return res.body();
    }

    private static List<String> rows() {
        return driver.findElements(By.cssSelector("#actor-table tbody tr")).stream().map(WebElement::getText).toList();
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static <T> T until(Function<WebDriver, T> condition) {
        return HeadlessBrowser.until(driver, condition, Duration.ofSeconds(20));
    }
}
