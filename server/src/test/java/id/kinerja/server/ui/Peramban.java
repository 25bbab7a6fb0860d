package id.kinerja.server.ui;

import id.kinerja.server.RunningKinerja;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Wait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

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

    /** The password every test member gets from {@code RunningKinerja.anggota}. */
    static String sandi(String username) {
        return "sandi-" + username + "-123";
    }

    /** Fills the sign-in form the browser shows now and sends it (whatever comes next is the caller's to wait for). */
    static void isiMasuk(WebDriver browser, Wait<WebDriver> wait, String username, String sandi) {
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        user.sendKeys(Keys.chord(Keys.CONTROL, "a"), username);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(Keys.chord(Keys.CONTROL, "a"), sandi, Keys.ENTER);
    }

    /**
     * Signs this browser in as {@code username} (after signing out whoever was: its cookies are dropped) and waits
     * for the signed-in shell.
     */
    static void masuk(WebDriver browser, Wait<WebDriver> wait, RunningKinerja app, String username, String sandi) {
        browser.manage().deleteAllCookies();
        browser.get(app.uri("/masuk").toString());
        isiMasuk(browser, wait, username, sandi);
        wait.until(d -> d.findElements(By.id("nama-pengguna")).size() > 0);
    }

    /** {@link #masuk(WebDriver, Wait, RunningKinerja, String, String)} for a member made by {@code RunningKinerja.anggota}. */
    static void masuk(WebDriver browser, Wait<WebDriver> wait, RunningKinerja app, String username) {
        masuk(browser, wait, app, username, sandi(username));
    }

    /** Picks {@code label} in the {@code vaadin-select} {@code id} and waits for its overlay to close. */
    static void pilih(WebDriver browser, Wait<WebDriver> wait, String id, String label) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        By item = By.xpath("//vaadin-select-item[normalize-space(.)='" + label + "']");
        wait.until(ExpectedConditions.elementToBeClickable(item)).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(item));
    }

    /** Types {@code teks} into the {@code vaadin-combo-box} {@code id} and takes the item of that name. */
    static void pilihKombo(WebDriver browser, Wait<WebDriver> wait, String id, String teks) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + id + " input")));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), teks);
        wait.until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream().anyMatch(i -> i.getText().equals(teks)));
        input.sendKeys(Keys.ENTER);
    }

    /** The file behind the link {@code id}, fetched by the page itself (its session, its cookies): status 200 asserted. */
    static byte[] unduh(ChromeDriver browser, String id) {
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        Object hasil = browser.executeAsyncScript("""
                const selesai = arguments[arguments.length - 1];
                fetch(document.getElementById(arguments[0]).href).then(async r => {
                  const b = new Uint8Array(await r.arrayBuffer());
                  let s = ''; for (let i = 0; i < b.length; i += 0x8000) { s += String.fromCharCode(...b.subarray(i, i + 0x8000)); }
                  selesai(r.status + ':' + btoa(s));
                }).catch(e => selesai('galat:' + e));
                """, id);
        String s = String.valueOf(hasil);
        if (!s.startsWith("200:")) {
            throw new AssertionError("download of #" + id + " answered " + s.substring(0, Math.min(200, s.length())));
        }
        return Base64.getDecoder().decode(s.substring(4));
    }

    /**
     * An element of a row of the grid {@code gridId}, marked {@code data-kode=kunci}, scrolling the grid until the
     * row is rendered; then brought to the middle of the page.
     */
    static WebElement sel(ChromeDriver browser, Wait<WebDriver> wait, String gridId, String kunci) {
        String css = "[data-kode='" + kunci + "']";
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                const g = document.getElementById(arguments[1]);
                if (document.querySelector(arguments[0])) { return true; }
                g.__i = ((g.__i || 0) + 8) % Math.max(1, g.size || 1); g.scrollToIndex(g.__i); return false;
                """, css, gridId)));
        WebElement f = browser.findElement(By.cssSelector(css));
        tengah(browser, f);
        return f;
    }

    static void tengah(ChromeDriver browser, WebElement e) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
    }

    /** A 40 s wait that ignores an element replaced while it is read (Vaadin rebuilds cards, cells and notifications). */
    static org.openqa.selenium.support.ui.FluentWait<WebDriver> tunggu(WebDriver browser) {
        return new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(40))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    /** Closes the browser (if it was opened) and the application, for a test class's {@code @AfterAll}. */
    static void tutup(@io.micronaut.core.annotation.Nullable WebDriver browser, RunningKinerja app) {
        if (browser != null) {
            browser.quit();
        }
        app.close();
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
