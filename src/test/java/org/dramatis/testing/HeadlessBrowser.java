package org.dramatis.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless chromium driven through its own chromedriver, so Selenium downloads nothing; with the flags this
 * sandbox needs (no network side-traffic, no first-run work).
 */
public final class HeadlessBrowser {
    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private HeadlessBrowser() {
    }

    /** Whether chromium and chromedriver are installed (browser tests skip themselves otherwise). */
    public static boolean available() {
        return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    }

    /** A driver with a fresh profile under {@code profileDir}, window 1280x900. */
    public static WebDriver start(Path profileDir) throws IOException {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        System.setProperty("SE_AVOID_STATS", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--window-size=1280,900", "--user-data-dir=" + Files.createDirectories(profileDir));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /**
     * Polls until {@code condition} gives a non-null, non-false value (selenium-support's WebDriverWait is not on the
     * classpath; this is the part of it we need).
     */
    public static <T> T until(WebDriver driver, Function<WebDriver, T> condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            try {
                T value = condition.apply(driver);
                if (value != null && !Boolean.FALSE.equals(value)) {
                    return value;
                }
            } catch (RuntimeException e) {
                last = e;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting", e);
            }
        }
        throw new AssertionError("condition not met within " + timeout.toSeconds() + " s on " + driver.getCurrentUrl(), last);
    }

    /**
     * Clicks a workbench correction button and waits until the page has reloaded itself after the POST. Navigating
     * on before that reload races it: the late reload wipes what the test types next (a flake seen on CI).
     */
    public static void clickAndAwaitReload(WebDriver driver, By button, Duration timeout) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.__beforeReload = true;");
        driver.findElement(button).click();
        until(driver, d -> Boolean.TRUE.equals(js.executeScript("return window.__beforeReload === undefined"
                + " && document.readyState === 'complete';")), timeout);
    }

    /** Saves a screenshot of the current page as {@code dir/view.png}. */
    public static void shot(WebDriver driver, Path dir, String view) throws IOException {
        Files.createDirectories(dir);
        Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, dir.resolve(view + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
