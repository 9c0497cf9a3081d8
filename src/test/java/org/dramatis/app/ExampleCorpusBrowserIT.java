package org.dramatis.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.dramatis.graph.Views.ActorSummary;
import org.dramatis.model.ActorType;
import org.dramatis.testing.HeadlessBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The analyst's path on the real example corpus, ingested with CoreNLP and served by the real workbench: search a
 * variant spelling, read the dossier, open the network, follow a cited sentence, merge two actors, undo the merge.
 */
class ExampleCorpusBrowserIT {
    private static final Path SHOTS = Path.of("target", "screenshots", "examples");

    @TempDir
    static Path tmp;
    static Dramatis dramatis;
    static Workbench workbench;
    static WebDriver driver;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(HeadlessBrowser.available(), "browser tests need Debian's chromium and chromium-driver");
        dramatis = Dramatis.open(Config.defaults(tmp.resolve("data")).withPort(0), SharedNlp.get());
        dramatis.pipeline().ingest(List.of(ExampleCorpusIT.ARTICLES), IngestPipeline.Progress.NONE);
        workbench = Workbench.start(dramatis);
        base = "http://127.0.0.1:" + workbench.port();
        driver = HeadlessBrowser.start(tmp.resolve("profile"));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (workbench != null) {
            workbench.stop();
        }
        if (dramatis != null) {
            dramatis.close();
        }
    }

    @Test
    void search_dossier_network_evidence_merge_undo() throws Exception {
        ActorSummary person = dramatis.graph().actors(1, ActorType.PERSON).get(0);
        var names = dramatis.graph().actor(person.id()).orElseThrow().names();
        String rare = names.get(names.size() - 1).name();

        driver.get(base + "/");
        driver.findElement(By.id("nav-search")).sendKeys(rare, Keys.ENTER);
        WebElement hits = until(d -> d.findElement(By.id("actor-hits")));
        shot("search");
        hits.findElement(By.linkText(person.name())).click();
        until(d -> d.getCurrentUrl().contains("/actors/" + person.id()));
        // The spellings are folded (a closed <details>): read their text, not what is displayed.
        assertThat(driver.findElement(By.cssSelector("ul.names")).getAttribute("textContent")).contains(rare);
        shot("dossier");

        driver.get(base + "/network?actor=" + person.id());
        until(d -> !d.findElements(By.cssSelector("#cy canvas")).isEmpty());
        shot("network");

        driver.get(base + "/actors/" + person.id());
        WebElement cite = driver.findElement(By.cssSelector("ul.evidence a[href^='/documents/']"));
        String anchor = cite.getAttribute("href").replaceAll(".*#", "");
        cite.click();
        WebElement sentence = until(d -> d.findElement(By.id(anchor)));
        assertThat(sentence.getText()).isNotBlank();
        shot("document");

        ActorSummary other = dramatis.graph().actors(200, ActorType.PERSON).stream()
                .filter(a -> a.id() != person.id()).reduce((a, b) -> b).orElseThrow();
        driver.get(base + "/actors/" + person.id());
        driver.findElement(By.id("merge-with")).sendKeys(other.name());
        HeadlessBrowser.clickAndAwaitReload(driver, By.id("merge"), Duration.ofSeconds(60));
        until(d -> dramatis.decisions().history().size() == 1);
        until(d -> entityOf(other.name()).equals(entityOf(rare)));

        driver.get(base + "/decisions");
        HeadlessBrowser.clickAndAwaitReload(driver, By.cssSelector("button.undo"), Duration.ofSeconds(60));
        until(d -> dramatis.decisions().history().get(0).undone());
        until(d -> !entityOf(other.name()).equals(entityOf(rare)));
        shot("decisions");
    }

    private static Long entityOf(String surface) {
        return dramatis.graph().mentions(null).stream().filter(m -> m.text().equals(surface)).map(m -> m.entityId())
                .findFirst().orElse(-1L);
    }

    private static void shot(String view) throws Exception {
        HeadlessBrowser.shot(driver, SHOTS, view);
    }

    private static <T> T until(Function<WebDriver, T> condition) {
        return HeadlessBrowser.until(driver, condition, Duration.ofSeconds(20));
    }
}
