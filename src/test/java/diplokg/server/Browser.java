package diplokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromium-driver (both installed by {@code .ci/run} when missing),
 * with the checks every browser test makes: the console holds no error, the page loaded nothing from another host,
 * and screenshots at a desktop and a phone width under {@code target/screenshots/}.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static final int DESKTOP = 1280;
    static final int PHONE = 390;

    private final ChromeDriver driver;
    private final String root;

    private Browser(ChromeDriver driver, String root) {
        this.driver = driver;
        this.root = root;
    }

    /** A headless Chromium for pages under {@code root}; fails naming the missing program when one is missing. */
    static Browser start(String root) {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "browser tests need " + CHROMIUM
                + " and " + DRIVER + ": apt-get install chromium chromium-driver (.ci/run does)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=" + DESKTOP + ",1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), root);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens {@code path} of the server. */
    Browser open(String path) {
        driver.get(root + path);
        return this;
    }

    /** Waits until {@code css} matches at least one element, and returns them all. */
    List<WebElement> await(String css) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.cssSelector(css)).isEmpty());
        return driver.findElements(By.cssSelector(css));
    }

    /** Asserts that the console of the page holds no error (a failed request, a script exception). */
    void assertNoConsoleErrors() {
        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertEquals(List.of(), errors.stream().map(LogEntry::getMessage).toList(), driver.getCurrentUrl());
    }

    /** Asserts that every resource the page loaded (scripts, styles, fonts, images, fetches) came from the server. */
    void assertNothingLoadedFromElsewhere() {
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name)"
                        + ".concat([...document.querySelectorAll('script[src],link[href],img[src]')]"
                        + ".map(e => e.src || e.href));");
        assertTrue(!loaded.isEmpty(), "the page loads its stylesheet at least");
        assertEquals(List.of(), loaded.stream().filter(url -> !url.startsWith(root + "/")).toList(),
                driver.getCurrentUrl());
    }

    /** Writes screenshots of the current page at the desktop and the phone width, {@code height} pixels high. */
    void screenshots(String name, int height) {
        for (int width : List.of(DESKTOP, PHONE)) {
            driver.manage().window().setSize(new Dimension(width, height));
            byte[] png = driver.getScreenshotAs(OutputType.BYTES);
            try {
                Files.createDirectories(SCREENSHOTS);
                Files.write(SCREENSHOTS.resolve(name + "-" + width + ".png"), png);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        driver.manage().window().setSize(new Dimension(DESKTOP, 1000));
    }

    /** Writes screenshots of the element {@code css} alone, laid out at the desktop and at the phone width. */
    void elementScreenshots(String name, String css) {
        for (int width : List.of(DESKTOP, PHONE)) {
            driver.manage().window().setSize(new Dimension(width, 1000));
            byte[] png = driver.findElement(By.cssSelector(css)).getScreenshotAs(OutputType.BYTES);
            try {
                Files.createDirectories(SCREENSHOTS);
                Files.write(SCREENSHOTS.resolve(name + "-" + width + ".png"), png);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        driver.manage().window().setSize(new Dimension(DESKTOP, 1000));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
