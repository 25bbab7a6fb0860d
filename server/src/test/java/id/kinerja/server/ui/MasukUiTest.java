package id.kinerja.server.ui;

import id.kinerja.server.RunningKinerja;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** In a real Chromium: the UI asks to sign in, signs in, shares the session with the API, signs out. */
class MasukUiTest {

    static RunningKinerja app;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        app = RunningKinerja.start();
        app.provision("dinas-ui");
        app.anggota("dinas-ui", "editor.ui", "EDITOR");
        browser = Peramban.buka();
    }

    @AfterAll
    static void stop() {
        Peramban.tutup(browser, app);
    }

    @Test
    void signInUseTheApiAndSignOut() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(app.uri("/").toString());
        wait.until(ExpectedConditions.urlContains("/masuk"));
        wait.until(d -> d.findElements(By.cssSelector("vaadin-login-form")).size() > 0);

        Peramban.potret(browser, "00-masuk");
        Peramban.isiMasuk(browser, wait, "editor.ui", "salah-sekali");
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.querySelector('vaadin-login-form').error")));
        assertThat(browser.getCurrentUrl()).contains("/masuk");

        Peramban.isiMasuk(browser, wait, "editor.ui", "sandi-editor.ui-123");
        // a member of one dinas lands in it; the header names the user
        wait.until(d -> d.findElements(By.id("beranda-dinas")).size() > 0);
        assertThat(browser.getCurrentUrl()).endsWith("/d/dinas-ui");
        assertThat(browser.findElement(By.id("beranda-dinas")).getText()).contains("Dinas dinas-ui").contains("peran Anda: Editor");
        assertThat(browser.findElement(By.id("nama-pengguna")).getText()).isEqualTo("editor.ui");
        Peramban.potret(browser, "01-beranda-dinas");

        // one login: the UI's session also authorises the browser's safe API calls
        Object saya = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[0]; fetch('/api/saya').then(r => r.text().then(t => done(r.status + ' ' + t)));");
        assertThat(saya.toString()).startsWith("200").contains("editor.ui");
        // and a write from the page without a token is refused, without a credentials prompt
        Object tulis = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[0]; fetch('/api/t/dinas-ui/periode', {method: 'POST', headers: {'Content-Type': 'application/json'},"
                        + " body: '{\"nama\":\"x\"}'}).then(r => done(r.status + ' ' + r.headers.get('WWW-Authenticate')));");
        assertThat(tulis.toString()).isEqualTo("401 Bearer realm=\"kinerja\"");

        // navigation inside the UI works under the Content-Security-Policy, and the policy refused nothing
        browser.findElements(By.cssSelector("vaadin-side-nav-item")).getFirst().click();
        wait.until(d -> d.findElements(By.id("beranda-dinas")).size() > 0);
        assertThat(browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll())
                .noneSatisfy(e -> assertThat(e.getMessage()).containsIgnoringCase("Content Security Policy"));

        browser.findElement(By.id("keluar")).click();
        wait.until(ExpectedConditions.urlContains("/masuk"));
        Object setelah = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[0]; fetch('/api/saya').then(r => done(r.status));");
        assertThat(setelah.toString()).isEqualTo("401");

        // the API's sign-out works from Kinerja's own page (the browser sends its Origin and Sec-Fetch-Site)
        Peramban.isiMasuk(browser, wait, "editor.ui", "sandi-editor.ui-123");
        wait.until(d -> d.findElements(By.id("beranda-dinas")).size() > 0);
        Object keluar = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[0]; fetch('/api/auth/sesi', {method: 'DELETE'})"
                        + ".then(r => fetch('/api/saya').then(s => done(r.status + ' ' + s.status)));");
        assertThat(keluar.toString()).isEqualTo("204 401");
    }
}
