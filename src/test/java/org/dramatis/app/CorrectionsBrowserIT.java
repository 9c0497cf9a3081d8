package org.dramatis.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.dramatis.model.ActorType;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * In headless chromium against the real workbench on a store ingested with the stand-in tagger (no models): a person
 * and a place sharing the spelling "Sami Duri" — merging them is refused with its reason on the page, retyping the place
 * and then merging works and says so; a rejected fact is listed on the decisions page and its Undo restores it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CorrectionsBrowserIT {
    private static final Path SHOTS = Path.of("target", "screenshots", "corrections");

    @TempDir
    static Path tmp;
    static Dramatis dramatis;
    static Workbench workbench;
    static WebDriver driver;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(HeadlessBrowser.available(), "browser tests need Debian's chromium and chromium-driver");
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), ActorCorrectionsTest.PERSON);
        Files.writeString(in.resolve("b.txt"), ActorCorrectionsTest.PLACE);
        dramatis = Dramatis.open(new Config(tmp.resolve("data"), 1, "127.0.0.1", 0), FakeNlp.withPlaces());
        dramatis.pipeline().ingest(List.of(in), IngestPipeline.Progress.NONE);
        ClaimFixture.factBetween(dramatis, "Sami Duri", "Layla Nouri");
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
    @Order(1)
    void mergingAPersonWithAPlace_isRefusedWithItsReasonOnThePage() throws Exception {
        long person = ActorCorrectionsTest.ofType(dramatis, "Sami Duri", ActorType.PERSON).id();
        long place = ActorCorrectionsTest.ofType(dramatis, "Sami Duri", ActorType.LOCATION).id();
        driver.get(base + "/actors/" + person);
        String option = "Sami Duri — location #" + place;
        assertThat(driver.findElements(By.cssSelector("#actor-names option")))
                .extracting(o -> o.getAttribute("value")).contains(option);
        driver.findElement(By.id("merge-with")).sendKeys(option);
        driver.findElement(By.id("merge")).click();
        WebElement status = until(d -> {
            WebElement s = d.findElement(By.id("correction-status"));
            return s.getAttribute("class").contains("refused") ? s : null;
        });
        assertThat(status.getText()).contains("one type", "#" + place, "change the type of one of them first",
                "make 'Sami Duri' (#" + place + ") a person");
        assertThat(status.findElements(By.cssSelector("a[href='/actors/" + place + "#corrections']")))
                .as("the actor to retype is linked").hasSize(1);
        assertThat(driver.getCurrentUrl()).endsWith("/actors/" + person);
        assertThat(dramatis.decisions().history()).as("nothing stored").isEmpty();
        shot("refused");
    }

    @Test
    @Order(2)
    void twoActorsSharingASpelling_areMergedAfterRetypingThePlace() throws Exception {
        long person = ActorCorrectionsTest.ofType(dramatis, "Sami Duri", ActorType.PERSON).id();
        long place = ActorCorrectionsTest.ofType(dramatis, "Sami Duri", ActorType.LOCATION).id();
        driver.get(base + "/actors/" + place);
        driver.findElement(By.cssSelector("#new-type option[value='PERSON']")).click();
        HeadlessBrowser.clickAndAwaitReload(driver, By.id("retype"), Duration.ofSeconds(60));
        assertThat(until(flash()).getText()).contains("#" + place, "is now a person");
        assertThat(driver.findElement(By.cssSelector("h1")).getText()).contains("Person");

        driver.get(base + "/actors/" + person);
        driver.findElement(By.id("merge-with")).sendKeys("Sami Duri — person #" + place);
        HeadlessBrowser.clickAndAwaitReload(driver, By.id("merge"), Duration.ofSeconds(60));
        WebElement merged = until(flash());
        assertThat(merged.getText()).contains("Merged", "now leads here");
        assertThat(ActorCorrectionsTest.named(dramatis, "Sami Duri")).singleElement()
                .satisfies(a -> assertThat(driver.getCurrentUrl()).endsWith("/actors/" + a.id()));
        assertThat(driver.findElement(By.cssSelector("ul.names")).getAttribute("textContent")).contains("Sami Duri × 3");
        shot("merged");
    }

    @Test
    @Order(3)
    void aRejectedFact_isListedOnTheDecisionsPage_andUndoRestoresIt() throws Exception {
        long layla = ActorCorrectionsTest.named(dramatis, "Layla Nouri").get(0).id();
        driver.get(base + "/actors/" + layla);
        int facts = driver.findElements(By.cssSelector("button.reject[data-table='fact_claim']")).size();
        assertThat(facts).isPositive();
        HeadlessBrowser.clickAndAwaitReload(driver, By.cssSelector("button.reject[data-table='fact_claim']"),
                Duration.ofSeconds(60));
        assertThat(until(flash()).getText()).contains("Rejected the fact");
        assertThat(driver.findElements(By.cssSelector("button.reject[data-table='fact_claim']"))).hasSize(facts - 1);

        driver.get(base + "/decisions");
        WebElement row = driver.findElement(By.cssSelector("#rejected tr.rejected-fact"));
        assertThat(row.getText()).contains("Sami Duri", "Layla Nouri", ClaimFixture.SENTENCE_START);
        shot("rejected");
        HeadlessBrowser.clickAndAwaitReload(driver, By.cssSelector("#rejected button.restore"), Duration.ofSeconds(60));
        assertThat(until(flash()).getText()).contains("back in the graph");
        assertThat(driver.findElements(By.cssSelector("#rejected tr"))).isEmpty();

        driver.get(base + "/actors/" + layla);
        assertThat(driver.findElements(By.cssSelector("button.reject[data-table='fact_claim']"))).hasSize(facts);
    }

    @Test
    @Order(4)
    void splittingASpellingOff_movesTheChosenActorsMentions_andSaysWhatItDid() throws Exception {
        long sami = ActorCorrectionsTest.named(dramatis, "Sami Duri").get(0).id();
        long layla = ActorCorrectionsTest.named(dramatis, "Layla Nouri").get(0).id();
        long together = dramatis.corrections().mergeActors(sami, layla).actorId();
        driver.get(base + "/actors/" + together);
        driver.findElement(By.cssSelector("input[name='split'][value='Layla Nouri']")).click();
        HeadlessBrowser.clickAndAwaitReload(driver, By.id("split"), Duration.ofSeconds(60));
        assertThat(until(flash()).getText()).contains("Split", "'Layla Nouri' (2 mentions)", "'Sami Duri' (3 mentions)");
        assertThat(ActorCorrectionsTest.named(dramatis, "Layla Nouri")).singleElement()
                .satisfies(a -> assertThat(a.mentions()).isEqualTo(2));
        assertThat(ActorCorrectionsTest.named(dramatis, "Sami Duri")).singleElement()
                .satisfies(a -> assertThat(a.id()).isEqualTo(together));
        shot("split");
    }

    private static Function<WebDriver, WebElement> flash() {
        return d -> d.findElements(By.cssSelector("#correction-status.flash")).stream().findFirst().orElse(null);
    }

    private static void shot(String view) throws Exception {
        HeadlessBrowser.shot(driver, SHOTS, view);
    }

    private static <T> T until(Function<WebDriver, T> condition) {
        return HeadlessBrowser.until(driver, condition, Duration.ofSeconds(30));
    }
}
