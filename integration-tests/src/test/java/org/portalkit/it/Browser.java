package org.portalkit.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven through chromium-driver (both installed by .ci/run).
 */
final class Browser {

    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");

    private Browser() {
    }

    /**
     * @return a new headless browser; the caller quits it
     */
    static ChromeDriver open() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Page tests need Debian's chromium and chromium-driver "
                + "(apt-get install chromium chromium-driver; .ci/run installs them).");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", "--user-data-dir=" + Files.createTempDirectory("pk-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /**
     * Waits up to 20 seconds for a condition of the page (a click's navigation, a script's work).
     *
     * @param driver    the browser, whose URL and page title the failure names
     * @param what      what is awaited, for the failure message
     * @param condition true when it happened; exceptions of stale elements count as "not yet"
     */
    static void waitFor(ChromeDriver driver, String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + 20_000_000_000L;
        while (true) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (org.openqa.selenium.WebDriverException e) {
                // the page is being replaced
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("waited 20 s for " + what + " at " + driver.getCurrentUrl() + " ("
                    + driver.getTitle() + ")");
            }
            Thread.sleep(50);
        }
    }
}
