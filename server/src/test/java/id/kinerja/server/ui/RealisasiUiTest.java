package id.kinerja.server.ui;

import id.kinerja.server.RunningKinerja;
import id.kinerja.testing.Dinas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real Chromium, the Lumajang editor's quarter: one realisation by value, one by the components of its formula,
 * one "belum tersedia" with a reason; an evidence file uploaded; the capaian shown as typed; saved. The API then
 * computes the same capaian from what was saved. Screenshots land in target/layar/3x-*.png.
 */
class RealisasiUiTest {

    static final String SLUG = "lumajang-diskopukmperindag";
    static RunningKinerja app;
    static ChromeDriver browser;
    static FluentWait<WebDriver> wait;

    @BeforeAll
    static void start() throws Exception {
        app = RunningKinerja.start();
        Dinas.dariSeed(app.context(), SLUG);
        app.anggota(SLUG, "editor.lmj", "EDITOR");
        browser = Peramban.buka();
        wait = Peramban.tunggu(browser); // notifications and grid cells are replaced while they are read
    }

    @AfterAll
    static void stop() {
        Peramban.tutup(browser, app);
    }

    @Test
    void theEditorEntersAQuarterAndSeesTheCapaian() throws Exception {
        Peramban.masuk(browser, wait, app, "editor.lmj");
        wait.until(d -> d.findElements(By.id("beranda-dinas")).size() > 0);
        // the dinas menu offers the page to an editor
        WebElement menu = wait.until(d -> d.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .filter(e -> e.getText().strip().equals("Realisasi")).findFirst().orElse(null));
        menu.click();
        wait.until(d -> d.findElements(By.id("grid-realisasi")).size() > 0);
        wait.until(d -> teks("keadaan-triwulan").contains("Triwulan I 2025"));

        browser.get(app.uri("/d/" + SLUG + "/realisasi/2025/3").toString());
        wait.until(d -> d.findElements(By.id("grid-realisasi")).size() > 0);
        wait.until(d -> teks("keadaan-triwulan").contains("Triwulan III 2025: Draf"));
        Peramban.potret(browser, "30-realisasi");

        // one by value: the capaian appears as it is typed (LAST roll-up, 200 of the PK target 400)
        ketik(medan("P1-K1-1:nilai"), "200");
        wait.until(d -> sel("P1-K1-1:capaian-tahun").getText().contains("50,00 %"));
        assertThat(sel("P1-K1-1:capaian-tahun").getText()).contains("Sangat Rendah");
        assertThat(sel("P1-K1-1:capaian-tahun").getDomAttribute("class")).contains("skala-5");

        // one by the components of its formula: 214 / 737 × 100
        ketik(medan("IKU-S2-1:jumlah_koperasi_rat"), "214");
        ketik(medan("IKU-S2-1:jumlah_koperasi"), "737");
        wait.until(d -> sel("IKU-S2-1:hasil").getText().equals("29,04"));
        String capaianRumus = sel("IKU-S2-1:capaian-tahun").getText();
        assertThat(capaianRumus).contains("%");
        Peramban.potret(browser, "31-realisasi-diketik");

        // one not available, with its reason, and an evidence file
        klik(sel("P2-K1-1:rincian"));
        WebElement belum = wait.until(d -> d.findElement(By.cssSelector("vaadin-checkbox[data-kode='P2-K1-1:belum']")));
        Peramban.tengah(browser, belum);
        belum.findElement(By.cssSelector("input")).click();
        WebElement alasan = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-text-area[data-kode='P2-K1-1:alasan'] textarea")));
        alasan.sendKeys("Menunggu rekap kecamatan");
        Path folder = Files.createTempDirectory("kinerja-bukti");
        Path pdf = Files.write(folder.resolve("berita-acara.pdf"),
                "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        WebElement upload = browser.findElement(By.cssSelector("vaadin-upload[data-kode='P2-K1-1:unggah']"));
        Peramban.tengah(browser, upload);
        SearchContext bayangan = upload.getShadowRoot();
        WebElement input = bayangan.findElements(By.cssSelector("input[type=file]")).stream().findFirst()
                .orElseGet(() -> upload.findElement(By.cssSelector("input[type=file]")));
        input.sendKeys(pdf.toAbsolutePath().toString());
        wait.until(d -> d.findElement(By.cssSelector("[data-kode='P2-K1-1:bukti']")).getText().contains("berita-acara.pdf"));
        assertThat(browser.findElement(By.cssSelector("[data-kode='P2-K1-1:bukti'] a")).getDomAttribute("href")).isNotBlank();
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'})",
                browser.findElement(By.cssSelector("[data-kode='P2-K1-1:rincian']")));
        Peramban.potret(browser, "32-realisasi-belum-tersedia-bukti");
        wait.until(d -> teks("ringkasan-realisasi").contains("3 baris berubah"));

        browser.findElement(By.id("simpan-realisasi")).click();
        wait.until(d -> d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                .anyMatch(n -> n.getText().contains("tersimpan: 3 realisasi")));
        wait.until(d -> !teks("ringkasan-realisasi").contains("berubah"));
        wait.until(d -> sel("IKU-S2-1:hasil").getText().equals("29,04"));
        Peramban.potret(browser, "33-realisasi-tersimpan");

        // the API computes the same from what was saved
        String capaian = app.get("/api/t/" + SLUG + "/capaian?tahun=2025&triwulan=3").body();
        assertThat(capaian).contains("\"kode\":\"P1-K1-1\"").contains("Menunggu rekap kecamatan")
                .contains("\"jumlah_koperasi_rat\":214");
        // and the page, read again, shows it
        browser.navigate().refresh();
        wait.until(d -> d.findElements(By.id("grid-realisasi")).size() > 0);
        wait.until(d -> sel("IKU-S2-1:capaian-tahun").getText().equals(capaianRumus));
    }

    private static String teks(String id) {
        return browser.findElement(By.id(id)).getText();
    }
    /** An element of a row of the grid ({@code kode:bagian}), scrolling the grid until it is rendered. */
    private static WebElement sel(String kunci) {
        return Peramban.sel(browser, wait, "grid-realisasi", kunci);
    }

    private static WebElement medan(String kunci) {
        return sel(kunci).findElement(By.cssSelector("input"));
    }

    private static void klik(WebElement e) {
        wait.until(ExpectedConditions.elementToBeClickable(e)).click();
    }

    private static void ketik(WebElement input, String teks) {
        wait.until(ExpectedConditions.elementToBeClickable(input)).click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), teks);
    }
}
