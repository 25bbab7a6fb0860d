package id.kinerja.server.ui;

import id.kinerja.server.RunningKinerja;
import id.kinerja.testing.Dinas;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real Chromium, a quarter's approval: the Lumajang editor submits TW II 2025, the reviewer returns it with a
 * reason, the editor submits again, the reviewer verifies, the admin locks; then the Laporan page says "Final" and
 * the Laporan Kinerja PDF it downloads (through the session's download handler) says the quarter is locked; the
 * admin's audit log shows the steps. Screenshots in target/layar/3x-*.png.
 */
class PersetujuanUiTest {

    static final String SLUG = "lumajang-diskopukmperindag";
    static RunningKinerja app;
    static ChromeDriver browser;
    /** Waits ignoring a card or a grid replaced while it is read (the page rebuilds its cards after each step). */
    static FluentWait<WebDriver> wait;

    @BeforeAll
    static void start() throws Exception {
        app = RunningKinerja.start();
        Dinas.dariSeed(app.context(), SLUG);
        app.anggota(SLUG, "editor.stj", "EDITOR");
        app.anggota(SLUG, "periksa.stj", "PEMERIKSA");
        app.anggota(SLUG, "admin.stj", "ADMIN_DINAS");
        browser = Peramban.buka();
        wait = Peramban.tunggu(browser);
    }

    @AfterAll
    static void stop() {
        Peramban.tutup(browser, app);
    }

    @Test
    void aQuarterIsSubmittedReturnedVerifiedLockedAndItsReportIsFinal() throws Exception {
        // the editor submits TW II
        persetujuanSebagai("editor.stj");
        assertThat(teks("status-tw-2")).isEqualTo("Draf");
        assertThat(browser.findElements(By.id("aksi-verifikasi-2"))).isEmpty();
        Peramban.potret(browser, "30-persetujuan-editor");
        klik("aksi-ajukan-2");
        konfirmasi();
        wait.until(d -> teks("status-tw-2").equals("Diajukan"));

        // the reviewer returns it with a reason: first without one (refused in the dialog), then with one
        persetujuanSebagai("periksa.stj");
        klik("aksi-kembalikan-2");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("alasan-langkah")));
        klik("lanjut-alasan");
        wait.until(d -> d.findElement(By.id("alasan-langkah")).getDomAttribute("invalid") != null);
        Peramban.potret(browser, "31-kembalikan-tanpa-alasan");
        browser.findElement(By.cssSelector("#alasan-langkah textarea")).sendKeys("Realisasi IKU 1.1 belum didukung bukti");
        klik("lanjut-alasan");
        wait.until(d -> teks("status-tw-2").equals("Draf"));
        assertThat(teks("alasan-tw-2")).contains("belum didukung bukti");
        Peramban.potret(browser, "32-dikembalikan");

        // the editor submits again; the reviewer verifies
        persetujuanSebagai("editor.stj");
        assertThat(teks("alasan-tw-2")).contains("belum didukung bukti");
        klik("aksi-ajukan-2");
        konfirmasi();
        wait.until(d -> teks("status-tw-2").equals("Diajukan"));
        persetujuanSebagai("periksa.stj");
        klik("aksi-verifikasi-2");
        konfirmasi();
        wait.until(d -> teks("status-tw-2").equals("Diverifikasi"));
        assertThat(browser.findElements(By.id("aksi-kunci-2"))).isEmpty();

        // the admin locks
        persetujuanSebagai("admin.stj");
        klik("aksi-kunci-2");
        konfirmasi();
        wait.until(d -> teks("status-tw-2").equals("Dikunci"));
        wait.until(d -> teks("riwayat-persetujuan").contains("Diverifikasi → Dikunci"));
        assertThat(teks("riwayat-persetujuan")).contains("Realisasi IKU 1.1 belum didukung bukti").contains("periksa.stj");
        Peramban.potret(browser, "33-dikunci");

        // Laporan: the Laporan Kinerja of TW II 2025 is final, and the downloaded PDF says so
        browser.get(app.uri("/d/" + SLUG + "/laporan").toString());
        wait.until(d -> d.findElements(By.id("unduh-laporan")).size() > 0);
        Peramban.pilihKombo(browser, wait, "pilih-tahun-laporan", "2025");
        Peramban.pilih(browser, wait, "pilih-triwulan-laporan", "TW II");
        wait.until(d -> teks("status-laporan").equals("Final"));
        assertThat(teks("keterangan-laporan")).contains("Triwulan II 2025 dikunci");
        Peramban.potret(browser, "34-laporan-final");
        String href = browser.findElement(By.id("unduh-laporan")).getDomAttribute("href");
        assertThat(href).startsWith("VAADIN/dynamic/resource/").doesNotContain("laporan-kinerja");
        byte[] pdf = Peramban.unduh(browser, "unduh-laporan");
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        java.nio.file.Files.write(Peramban.LAYAR.resolve("34-laporan-kinerja-tw2.pdf"), pdf);
        String isi;
        try (PDDocument d = Loader.loadPDF(pdf)) {
            isi = new PDFTextStripper().getText(d);
        }
        assertThat(isi).contains("LAPORAN KINERJA").contains("TRIWULAN II 2025")
                .contains("FINAL \u2014 Triwulan II 2025 telah dikunci").doesNotContain("belum dikunci");

        // the same address in another browser session gives nothing
        assertThat(app.get("/" + href).statusCode()).isNotEqualTo(200);

        // the admin's audit log shows the steps
        browser.get(app.uri("/d/" + SLUG + "/jejak").toString());
        wait.until(d -> d.findElements(By.id("grid-jejak")).size() > 0);
        WebElement tabel = browser.findElement(By.cssSelector("#saring-tabel input"));
        tabel.sendKeys("persetujuan");
        wait.until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream().anyMatch(i -> i.getText().equals("persetujuan")));
        tabel.sendKeys(Keys.ENTER);
        wait.until(d -> teks("jumlah-jejak").equals("5 baris"));
        wait.until(d -> teks("grid-jejak").contains("status: DIAJUKAN → DRAF"));
        Peramban.potret(browser, "35-jejak");
    }

    /** Signs this browser in as {@code username} (after signing out whoever was) and opens Persetujuan 2025. */
    private static void persetujuanSebagai(String username) {
        Peramban.masuk(browser, wait, app, username);
        browser.get(app.uri("/d/" + SLUG + "/persetujuan/2025").toString());
        wait.until(d -> d.findElements(By.id("status-tw-2")).size() > 0);
    }

    private static void klik(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    /** Confirms the open question (the ConfirmDialog's confirm button). */
    private static void konfirmasi() {
        By tombol = By.cssSelector("vaadin-confirm-dialog vaadin-button[slot='confirm-button']");
        wait.until(ExpectedConditions.elementToBeClickable(tombol));
        Peramban.potret(browser, "3k-konfirmasi");
        browser.findElement(tombol).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(tombol));
    }

    private static String teks(String id) {
        return browser.findElement(By.id(id)).getText().strip();
    }
}
