package id.kinerja.server.ui;

import id.kinerja.server.RunningKinerja;
import id.kinerja.testing.Dinas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real Chromium, the dinas admin's day: a sasaran and an indicator with a formula (a typing error flagged, then
 * the example computed), targets typed in the grid and saved; a second browser, signed in as a reader, sees them
 * and no edit controls. Screenshots of each screen land in target/layar.
 */
class DinasAdminUiTest {

    static final String SLUG = "lumajang-diskopukmperindag";
    static RunningKinerja app;
    static ChromeDriver admin;
    static ChromeDriver pembaca;

    @BeforeAll
    static void start() throws Exception {
        app = RunningKinerja.start();
        Dinas.dariSeed(app.context(), SLUG);

        String token = app.anggota(SLUG, "admin.lmj", "ADMIN_DINAS");
        // a period with a long name, after the current one: the picker must show it whole
        var p = app.sebagai(token).post("/api/t/" + SLUG + "/periode", "{\"nama\":\"Rencana Strategis Dinas Koperasi, Usaha Kecil dan Menengah,"
                + " Perindustrian dan Perdagangan Kabupaten Lumajang 2030–2034 (perubahan kedua)\",\"tahunAwal\":2030,\"tahunAkhir\":2034}");
        assertThat(p.statusCode()).as(p.body()).isEqualTo(201);
        app.anggota(SLUG, "baca.lmj", "PEMBACA");
        admin = Peramban.buka();
    }

    @AfterAll
    static void stop() {
        if (admin != null) {
            admin.quit();
        }
        if (pembaca != null) {
            pembaca.quit();
        }
        app.close();
    }

    @Test
    void theDinasAdminBuildsTheFrameworkAndTargetsAReaderSeesThem() throws Exception {
        WebDriverWait wait = new WebDriverWait(admin, Duration.ofSeconds(40));
        Peramban.masuk(admin, wait, app, "admin.lmj");
        wait.until(d -> d.findElements(By.id("beranda-dinas")).size() > 0);

        // Kerangka: select tujuan T1, add a sasaran under it
        admin.get(app.uri("/d/" + SLUG + "/kerangka").toString());
        wait.until(d -> d.findElements(By.id("pohon-kerangka")).size() > 0);
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-grid-cell-content[starts-with(normalize-space(.), 'T1 ')]")));
        Peramban.potret(admin, "10-kerangka");
        // the period picker with a long name: the list shows it whole
        // neither the chosen period's name in the field nor the long one in the list is cut off
        assertThat(((Number) ((JavascriptExecutor) admin).executeScript(
                "const i = document.getElementById('pilih-periode').inputElement; return i.scrollWidth - i.clientWidth")).intValue())
                .as("field not cut off").isLessThanOrEqualTo(1);
        ((JavascriptExecutor) admin).executeScript("document.getElementById('pilih-periode').opened = true");
        wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript(LEBIH_ITEM, "perubahan kedua")).intValue() > -999);
        assertThat(((Number) ((JavascriptExecutor) admin).executeScript(LEBIH_ITEM, "perubahan kedua")).intValue())
                .as("list entry not cut off").isLessThanOrEqualTo(1);
        Peramban.potret(admin, "10b-kerangka-periode");
        ((JavascriptExecutor) admin).executeScript("document.getElementById('pilih-periode').opened = false");
        // a click on the name opens or closes the branch; a click on another cell of the row selects it
        admin.findElement(By.xpath("//vaadin-grid-cell-content[normalize-space(.) = 'Tujuan']")).click();
        wait.until(d -> "Sasaran".equals(d.findElement(By.id("tambah-anak")).getText().strip()));
        admin.findElement(By.id("tambah-anak")).click();
        ketik(wait, "#simpul-kode input", "1.9");
        ketik(wait, "#simpul-nama textarea", "Meningkatnya daya saing koperasi uji");
        Peramban.potret(admin, "11-tambah-sasaran");
        admin.findElement(By.id("simpan-dialog")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("dialog-simpul")));
        wait.until(d -> !d.findElements(By.xpath("//vaadin-grid-cell-content[starts-with(normalize-space(.), '1.9 ')]")).isEmpty());

        // the new sasaran is selected: an indicator with a formula under it
        wait.until(d -> d.findElement(By.id("tambah-indikator")).isEnabled());
        admin.findElement(By.id("tambah-indikator")).click();
        ketik(wait, "#indikator-kode input", "IKU-E2E");
        ketik(wait, "#indikator-nama textarea", "Persentase koperasi yang melaksanakan RAT");
        ketik(wait, "#indikator-satuan input", "%");
        admin.findElement(By.id("tambah-komponen")).click();
        ketik(wait, "#komponen-0-nama input", "koperasi_rat");
        ketik(wait, "#komponen-0-label input", "Koperasi yang RAT");
        ketik(wait, "#komponen-0-contoh input", "214" + Keys.TAB);
        admin.findElement(By.id("tambah-komponen")).click();
        ketik(wait, "#komponen-1-nama input", "koperasi_aktif");
        ketik(wait, "#komponen-1-label input", "Koperasi aktif");
        ketik(wait, "#komponen-1-contoh input", "737" + Keys.TAB);
        Peramban.potret(admin, "12a-indikator-form");
        ketik(wait, "#indikator-rumus input", "koperasi_rat / (koperasi_aktif * 100");
        wait.until(d -> d.findElement(By.id("indikator-rumus")).getDomAttribute("invalid") != null);
        wait.until(d -> d.findElement(By.id("indikator-rumus")).getText().contains("karakter ke-")
                || String.valueOf(((JavascriptExecutor) d).executeScript(
                "return document.getElementById('indikator-rumus').errorMessage")).contains("karakter ke-"));
        Peramban.potret(admin, "12-indikator-rumus-salah");
        ketik(wait, "#indikator-rumus input", "koperasi_rat / koperasi_aktif * 100");
        wait.until(d -> d.findElement(By.id("rumus-contoh")).getText().contains("29,04 %"));
        assertThat(admin.findElement(By.id("indikator-rumus")).getDomAttribute("invalid")).isNull();
        Peramban.potret(admin, "13-indikator-contoh");
        admin.findElement(By.id("simpan-dialog")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("dialog-indikator")));
        wait.until(d -> !d.findElements(By.xpath("//vaadin-grid-cell-content[starts-with(normalize-space(.), 'IKU-E2E ')]")).isEmpty());
        // the new indicator is selected: "Pindah" offers the other sasaran
        wait.until(d -> d.findElement(By.id("pindah")).isEnabled());
        admin.findElement(By.id("pindah")).click();
        wait.until(d -> !d.findElements(By.id("pindah-simpul")).isEmpty());
        Peramban.potret(admin, "13b-pindah-indikator");
        admin.findElement(By.id("batal-dialog")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("dialog-pindah-indikator")));

        // Target 2025: the new indicator's Renja and quarters, typed the Indonesian way, moving with the keyboard
        admin.get(app.uri("/d/" + SLUG + "/target/2025").toString());
        wait.until(d -> d.findElements(By.id("grid-target")).size() > 0);
        Peramban.potret(admin, "14-target");
        WebElement renja = input(sel(wait, admin, "IKU-E2E:RENJA"));
        renja.click();
        renja.sendKeys("1.234,5" + Keys.TAB);
        WebElement tw1 = input(sel(wait, admin, "IKU-E2E:TW1"));
        tw1.click();
        tw1.sendKeys("1.5" + Keys.TAB);
        wait.until(d -> sel(wait, admin, "IKU-E2E:TW1").getDomAttribute("invalid") != null);
        Peramban.potret(admin, "15-target-salah");
        tw1 = input(sel(wait, admin, "IKU-E2E:TW1"));
        tw1.click();
        tw1.sendKeys(Keys.chord(Keys.CONTROL, "a"), "25" + Keys.ENTER);
        wait.until(d -> sel(wait, admin, "IKU-E2E:TW1").getDomAttribute("invalid") == null);
        // Enter moved the focus down the same column
        assertThat(((JavascriptExecutor) admin).executeScript("return document.activeElement.closest('[data-sel]')?.dataset.sel")
                .toString()).endsWith(":5");
        admin.findElement(By.id("simpan-target")).click();
        wait.until(d -> d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                .anyMatch(n -> n.getText().contains("tersimpan")));
        Peramban.potret(admin, "16-target-tersimpan");
        assertThat(app.get("/api/t/" + SLUG + "/indikator/" + indikatorId() + "/target").body())
                .contains("\"RENJA\"").contains("1234.5");

        // the profile and budget screens, for the record
        admin.get(app.uri("/d/" + SLUG + "/profil").toString());
        wait.until(d -> d.findElements(By.id("simpan-profil")).size() > 0);
        Peramban.potret(admin, "17-profil");
        admin.get(app.uri("/d/" + SLUG + "/anggaran/2025").toString());
        wait.until(d -> d.findElements(By.cssSelector("#grid-anggaran vaadin-grid-cell-content")).size() > 5);
        Peramban.potret(admin, "18-anggaran");

        // a second browser, a reader: sees the new targets and no edit controls
        pembaca = Peramban.buka();
        WebDriverWait tunggu = new WebDriverWait(pembaca, Duration.ofSeconds(40));
        Peramban.masuk(pembaca, tunggu, app, "baca.lmj");
        tunggu.until(d -> d.findElements(By.id("beranda-dinas")).size() > 0);
        pembaca.get(app.uri("/d/" + SLUG + "/target/2025").toString());
        tunggu.until(d -> d.findElements(By.id("grid-target")).size() > 0);
        assertThat(pembaca.findElements(By.id("simpan-target"))).isEmpty();
        assertThat(pembaca.findElements(By.cssSelector("vaadin-text-field.sel-target"))).isEmpty();
        tunggu.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                const g = document.getElementById('grid-target');
                const ada = () => [...g.querySelectorAll('vaadin-grid-cell-content')].some(c => c.textContent.includes('IKU-E2E'));
                if (!ada()) { g.__i = (g.__i || 0) + 15; g.scrollToIndex(g.__i); return false; }
                return [...g.querySelectorAll('vaadin-grid-cell-content')].some(c => c.textContent.trim() === '1.234,5');
                """)));
        Peramban.potret(pembaca, "19-target-pembaca");
        pembaca.get(app.uri("/d/" + SLUG + "/kerangka").toString());
        tunggu.until(d -> d.findElements(By.id("pohon-kerangka")).size() > 0);
        tunggu.until(d -> !d.findElements(By.xpath("//vaadin-grid-cell-content[starts-with(normalize-space(.), '1.9 ')]")).isEmpty());
        assertThat(pembaca.findElements(By.id("alat-kerangka")).stream().noneMatch(WebElement::isDisplayed)).isTrue();
        assertThat(pembaca.findElements(By.id("periode-baru"))).isEmpty();
        Peramban.potret(pembaca, "20-kerangka-pembaca");
        pembaca.get(app.uri("/d/" + SLUG + "/profil").toString());
        tunggu.until(d -> d.findElements(By.id("profil-nama")).size() > 0);
        assertThat(pembaca.findElements(By.id("simpan-profil"))).isEmpty();
    }

    /** How far the combo box entry containing the text overflows its box (-999: not rendered), through shadow roots. */
    private static final String LEBIH_ITEM = """
            const cari = (root) => {
              for (const el of root.querySelectorAll('*')) {
                if (el.localName === 'vaadin-combo-box-item' && el.textContent.includes(arguments[0])) { return el; }
                if (el.shadowRoot) { const x = cari(el.shadowRoot); if (x) { return x; } }
              }
              return null;
            };
            const item = cari(document);
            return item ? item.scrollWidth - item.clientWidth : -999;
            """;

    private static Object indikatorId() {
        return app.list(app.get("/api/t/" + SLUG + "/periode")).stream().map(p -> p.get("id")).flatMap(p ->
                        app.list(app.get("/api/t/" + SLUG + "/periode/" + p + "/simpul")).stream())
                .filter(s -> "1.9".equals(s.get("kode"))).map(s -> s.get("id"))
                .flatMap(s -> app.list(app.get("/api/t/" + SLUG + "/simpul/" + s + "/indikator")).stream())
                .map(i -> i.get("id")).findFirst().orElseThrow();
    }

    /** The input of a target cell ({@code kode:KOLOM}), scrolling the grid until it is rendered. */
    private static WebElement sel(WebDriverWait wait, ChromeDriver b, String kunci) {
        String css = "vaadin-text-field[data-kode='" + kunci + "']";
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                const g = document.getElementById('grid-target');
                if (document.querySelector(arguments[0])) { return true; }
                g.__i = (g.__i || 0) + 15; g.scrollToIndex(g.__i); return false;
                """, css)));
        WebElement f = b.findElement(By.cssSelector(css));
        ((JavascriptExecutor) b).executeScript("arguments[0].scrollIntoView({block: 'center'})", f);
        return f;
    }

    private static WebElement input(WebElement medan) {
        return medan.findElement(By.cssSelector("input"));
    }

    private static void ketik(WebDriverWait wait, String css, String teks) {
        WebElement e = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        ((JavascriptExecutor) admin).executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
        wait.until(ExpectedConditions.elementToBeClickable(e));
        e.sendKeys(Keys.chord(Keys.CONTROL, "a"), teks);
    }
}
