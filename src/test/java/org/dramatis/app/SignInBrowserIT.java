package org.dramatis.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.dramatis.auth.Role;
import org.dramatis.graph.DecisionRepository.DecisionRow;
import org.dramatis.model.ActorType;
import org.dramatis.testing.HeadlessBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * In headless chromium against the real workbench with accounts: an analyst signs in through the login page, renames
 * an actor, finds the rename signed with her name on the decisions page and signs out; then a change is refused, both
 * from the page she is left on and when her old session cookie and CSRF token are sent again.
 */
class SignInBrowserIT {
    private static final Path SHOTS = Path.of("target", "screenshots", "sign-in");
    private static final String PASSWORD = "a long enough secret";

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
        dramatis.accounts().add("amira", Role.ADMIN, PASSWORD.toCharArray());
        dramatis.accounts().add("omar", Role.ANALYST, PASSWORD.toCharArray());
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
    void anAnalystSignsInCorrectsAndSignsOut_thenAChangeIsRefused() throws Exception {
        long person = ActorCorrectionsTest.ofType(dramatis, "Sami Duri", ActorType.PERSON).id();
        driver.get(base + "/actors/" + person);
        until(d -> d.getCurrentUrl().contains("/login"));
        driver.findElement(By.id("login-name")).sendKeys("omar");
        driver.findElement(By.id("login-password")).sendKeys(PASSWORD);
        driver.findElement(By.id("login-submit")).click();
        until(d -> d.getCurrentUrl().endsWith("/actors/" + person));
        assertThat(driver.findElement(By.id("signed-in")).getText()).isEqualTo("omar (analyst)");
        String csrf = driver.findElement(By.cssSelector("meta[name='csrf-token']")).getAttribute("content");
        Cookie session = driver.manage().getCookieNamed("dramatis_session");
        assertThat(session).isNotNull();
        assertThat(session.isHttpOnly()).isTrue();

        WebElement newName = driver.findElement(By.id("new-name"));
        newName.clear();
        newName.sendKeys("Sami al-Duri");
        HeadlessBrowser.clickAndAwaitReload(driver, By.id("rename"), Duration.ofSeconds(60));
        assertThat(until(d -> d.findElements(By.cssSelector("#correction-status.flash")).stream().findFirst()
                .orElse(null)).getText()).contains("is now shown as 'Sami al-Duri'");

        driver.get(base + "/decisions");
        WebElement signed = driver.findElement(By.cssSelector("td.signed"));
        assertThat(signed.findElement(By.cssSelector(".author")).getText()).isEqualTo("omar");
        assertThat(signed.getText()).as("and when").matches("omar, .*\\d.*");
        HeadlessBrowser.shot(driver, SHOTS, "decisions");

        HeadlessBrowser.clickAndAwaitReload(driver, By.cssSelector("form.nav-user button"), Duration.ofSeconds(30));
        until(d -> d.getCurrentUrl().contains("/login"));
        assertThat(driver.findElements(By.id("signed-in"))).isEmpty();

        // From the page she is left on, with the token she had: the browser no longer holds a session.
        Object status = ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/api/decisions/rename', {method: 'POST', headers: {'Content-Type': 'application/json',"
                + " 'X-CSRF-Token': arguments[0]}, body: JSON.stringify({actorId: arguments[1], newName: 'Sami D.'})})"
                + ".then(r => done(r.status), e => done(String(e)));", csrf, person);
        assertThat(status).isEqualTo(401L);
        // The old cookie sent again, as someone who copied it would: the session ended on the server.
        HttpResponse<String> replay = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "/api/decisions/rename")).header("Content-Type", "application/json")
                .header("Cookie", "dramatis_session=" + session.getValue()).header("X-CSRF-Token", csrf)
                .POST(HttpRequest.BodyPublishers.ofString("{\"actorId\": " + person + ", \"newName\": \"Sami D.\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(replay.statusCode()).as(replay.body()).isEqualTo(401);

        assertThat(dramatis.decisions().history()).extracting(DecisionRow::author).containsExactly("omar");
        assertThat(dramatis.graph().actor(person).orElseThrow().actor().name()).isEqualTo("Sami al-Duri");
    }

    private static <T> T until(java.util.function.Function<WebDriver, T> condition) {
        return HeadlessBrowser.until(driver, condition, Duration.ofSeconds(30));
    }
}
