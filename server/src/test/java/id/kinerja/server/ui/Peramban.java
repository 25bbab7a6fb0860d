package id.kinerja.server.ui;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Debian's Chromium driven by Selenium, headless, with the flags this machine needs (no background networking:
 * its connections are refused here). Fails loudly when Chromium is missing: {@code .ci/run} installs it.
 */
final class Peramban {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Peramban() {
    }

    /** Where screenshots of the main screens are kept as test artefacts (look at them). */
    static final Path LAYAR = Path.of("target", "layar");

    /** Saves what the browser shows now as {@code target/layar/<nama>.png} (1366×768). */
    static Path potret(ChromeDriver browser, String nama) {
        try {
            Files.createDirectories(LAYAR);
            Path file = LAYAR.resolve(nama + ".png");
            Files.write(file, browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static ChromeDriver buka() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("Chromium for the UI tests is missing: apt-get install chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1366,768", "--user-data-dir=" + Files.createTempDirectory("kinerja-chromium"));
        // the console is read by tests (e.g. that the Content-Security-Policy refuses nothing Vaadin needs)
        org.openqa.selenium.logging.LoggingPreferences konsol = new org.openqa.selenium.logging.LoggingPreferences();
        konsol.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", konsol);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        // the window includes the browser's own bars: grow it so that the page itself gets 1366×768
        Object dalam = browser.executeScript("return [window.innerWidth, window.innerHeight]");
        java.util.List<?> ukuran = (java.util.List<?>) dalam;
        int lebar = 1366 + 1366 - ((Number) ukuran.get(0)).intValue();
        int tinggi = 768 + 768 - ((Number) ukuran.get(1)).intValue();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(lebar, tinggi));
        return browser;
    }
}
