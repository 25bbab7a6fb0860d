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
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13's one story, end to end in a real Chromium, on Lumajang's TW IV 2025 (no other test uses that quarter):
 * the editor enters the quarter — one realisation by value (T2-1), one by the components of its formula (IKU-S2-1),
 * one "belum tersedia" with a reason (IKU-S3-1): indicators the Dasbor and the report show — and uploads evidence, seeing the capaian as typed; submits; the reviewer returns it with
 * a reason; the editor fixes the value and submits again; the reviewer verifies and the admin locks; the Dasbor
 * shows the new capaian; the Laporan Kinerja PDF downloaded from the Laporan page holds the entered values; the
 * province's Rekap shows the dinas locked with its counts. Screenshots target/layar/5x-*.png.
 */
class CeritaTriwulanUiTest {

    static final String SLUG = "lumajang-diskopukmperindag";
    static final String GRID = "grid-realisasi";
    static RunningKinerja app;
    static ChromeDriver browser;
    /** Ignores cards, cells and notifications replaced while they are read. */
    static FluentWait<WebDriver> wait;

    @BeforeAll
    static void start() throws Exception {
        app = RunningKinerja.start();
        Dinas.dariSeed(app.context(), SLUG);
        app.anggota(SLUG, "editor.cerita", "EDITOR");
        app.anggota(SLUG, "periksa.cerita", "PEMERIKSA");
        app.anggota(SLUG, "admin.cerita", "ADMIN_DINAS");
        browser = Peramban.buka();
        wait = Peramban.tunggu(browser);
    }

    @AfterAll
    static void stop() {
        Peramban.tutup(browser, app);
    }

    @Test
    void theDinasQuarterFromEntryToTheProvincesRecap() throws Exception {
        // 1. the editor enters TW IV 2025
        Peramban.masuk(browser, wait, app, "editor.cerita");
        bukaRealisasi();
        wait.until(d -> teks("keadaan-triwulan").contains("Triwulan IV 2025: Draf"));
        Peramban.potret(browser, "50-realisasi-draf");

        // by value: Nilai Investasi, summed over the quarters: TW I's 193.900 + 250.000 of 1.282.684,40 — the
        // capaian appears as it is typed
        ketik("T2-1:nilai", "250000");
        wait.until(d -> sel("T2-1:capaian-tahun").getText().contains("34,61 %"));
        // by the components of its formula: 250 / 737 × 100
        ketik("IKU-S2-1:jumlah_koperasi_rat", "250");
        ketik("IKU-S2-1:jumlah_koperasi", "737");
        wait.until(d -> sel("IKU-S2-1:hasil").getText().equals("33,92"));
        wait.until(d -> sel("IKU-S2-1:capaian-tahun").getText().contains("%"));
        Peramban.potret(browser, "51-realisasi-diketik");

        // not available, with its reason; the evidence for it
        sel("IKU-S3-1:rincian").click();
        WebElement belum = wait.until(d -> d.findElement(By.cssSelector("vaadin-checkbox[data-kode='IKU-S3-1:belum']")));
        Peramban.tengah(browser, belum);
        belum.findElement(By.cssSelector("input")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-text-area[data-kode='IKU-S3-1:alasan'] textarea")))
                .sendKeys("Rekap TW IV menunggu verifikasi kecamatan");
        Path pdf = Files.write(Files.createTempDirectory("kinerja-bukti").resolve("rekomendasi-tw4.pdf"),
                "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        WebElement upload = browser.findElement(By.cssSelector("vaadin-upload[data-kode='IKU-S3-1:unggah']"));
        Peramban.tengah(browser, upload);
        SearchContext bayangan = upload.getShadowRoot();
        WebElement input = bayangan.findElements(By.cssSelector("input[type=file]")).stream().findFirst()
                .orElseGet(() -> upload.findElement(By.cssSelector("input[type=file]")));
        input.sendKeys(pdf.toAbsolutePath().toString());
        wait.until(d -> d.findElement(By.cssSelector("[data-kode='IKU-S3-1:bukti']")).getText().contains("rekomendasi-tw4.pdf"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'start'})",
                browser.findElement(By.cssSelector("[data-kode='IKU-S3-1:rincian']")));
        Peramban.potret(browser, "52-realisasi-belum-tersedia-bukti");
        simpan("3 realisasi");
        Peramban.potret(browser, "53-realisasi-tersimpan");

        // 2. the editor submits
        persetujuan();
        assertThat(teks("status-tw-4")).isEqualTo("Draf");
        klik("aksi-ajukan-4");
        konfirmasi();
        wait.until(d -> teks("status-tw-4").equals("Diajukan"));
        // under review the quarter is read-only, and the page says why
        bukaRealisasi();
        wait.until(d -> teks("keadaan-triwulan").contains("sudah diajukan"));
        assertThat(browser.findElements(By.id("simpan-realisasi"))).noneMatch(WebElement::isDisplayed);

        // 3. the reviewer returns it with a reason
        Peramban.masuk(browser, wait, app, "periksa.cerita");
        persetujuan();
        klik("aksi-kembalikan-4");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#alasan-langkah textarea")))
                .sendKeys("Jumlah koperasi yang RAT tidak sesuai berita acara (280 koperasi)");
        Peramban.potret(browser, "54-kembalikan");
        klik("lanjut-alasan");
        wait.until(d -> teks("status-tw-4").equals("Draf"));

        // 4. the editor reads why, fixes the value and submits again
        Peramban.masuk(browser, wait, app, "editor.cerita");
        bukaRealisasi();
        wait.until(d -> teks("keadaan-triwulan").contains("tidak sesuai berita acara"));
        assertThat(sel("IKU-S2-1:hasil").getText()).isEqualTo("33,92");
        ketik("IKU-S2-1:jumlah_koperasi_rat", "280");
        wait.until(d -> sel("IKU-S2-1:hasil").getText().equals("37,99"));
        String capaianRumus = sel("IKU-S2-1:capaian-tahun").getText();
        capaianRumus = capaianRumus.substring(0, capaianRumus.indexOf('%') + 1);
        Peramban.potret(browser, "55-realisasi-diperbaiki");
        simpan("1 realisasi");
        persetujuan();
        klik("aksi-ajukan-4");
        konfirmasi();
        wait.until(d -> teks("status-tw-4").equals("Diajukan"));

        // 5. the reviewer verifies, the admin locks
        Peramban.masuk(browser, wait, app, "periksa.cerita");
        persetujuan();
        klik("aksi-verifikasi-4");
        konfirmasi();
        wait.until(d -> teks("status-tw-4").equals("Diverifikasi"));
        Peramban.masuk(browser, wait, app, "admin.cerita");
        persetujuan();
        klik("aksi-kunci-4");
        konfirmasi();
        wait.until(d -> teks("status-tw-4").equals("Dikunci"));
        wait.until(d -> teks("riwayat-persetujuan").contains("Diverifikasi → Dikunci"));
        assertThat(teks("riwayat-persetujuan")).contains("tidak sesuai berita acara");
        Peramban.potret(browser, "56-persetujuan-dikunci");

        // 6. the Dasbor (tujuan, sasaran and programs) shows the new capaian of the sasaran's IKU
        browser.get(app.uri("/d/" + SLUG + "/dasbor/2025/4").toString());
        wait.until(d -> d.findElements(By.cssSelector("#dasbor-grafik svg")).size() > 0);
        assertThat(teks("dasbor-status")).startsWith("Final");
        String dasbor = teks("grid-dasbor");
        assertThat(baris(dasbor, "Persentase koperasi yang taat")).contains("37,99 %").contains(capaianRumus)
                .doesNotContain("33,92");
        assertThat(baris(dasbor, "Nilai Investasi")).contains("443.900,00").contains("34,61 %");
        assertThat(baris(dasbor, "Persentase Usaha Mikro naik kelas")).contains("tidak terukur");
        Peramban.potret(browser, "57-dasbor");

        // 7. the Laporan Kinerja PDF, downloaded from the Laporan page, holds the entered values
        browser.get(app.uri("/d/" + SLUG + "/laporan").toString());
        wait.until(d -> d.findElements(By.id("unduh-laporan")).size() > 0);
        Peramban.pilihKombo(browser, wait, "pilih-tahun-laporan", "2025");
        Peramban.pilih(browser, wait, "pilih-triwulan-laporan", "TW IV");
        wait.until(d -> teks("status-laporan").equals("Final"));
        Peramban.potret(browser, "58-laporan");
        byte[] berkas = Peramban.unduh(browser, "unduh-laporan");
        Files.write(Peramban.LAYAR.resolve("58-laporan-kinerja-tw4.pdf"), berkas);
        String isi;
        try (PDDocument d = Loader.loadPDF(berkas)) {
            isi = new PDFTextStripper().getText(d);
        }
        assertThat(isi).contains("TRIWULAN IV 2025").contains("Triwulan IV 2025 telah dikunci")
                .contains("250.000,00").contains("280 / 737 × 100 = 37,99")
                .contains("Rekap TW IV menunggu verifikasi kecamatan")
                .doesNotContain("belum dikunci");

        // 8. the province's Rekap shows the dinas locked, with its counts
        Peramban.masuk(browser, wait, app, RunningKinerja.ADMIN, RunningKinerja.ADMIN_SANDI);
        browser.get(app.uri("/rekap").toString());
        wait.until(d -> d.findElements(By.id("grid-rekap")).size() > 0);
        Peramban.pilih(browser, wait, "rekap-tahun", "2025");
        Peramban.pilih(browser, wait, "rekap-triwulan", "TW IV");
        wait.until(d -> teks("grid-rekap").contains("Dikunci"));
        String rekap = teks("grid-rekap");
        assertThat(baris(rekap, "Lumajang")).contains("Dikunci").contains("Final");
        Peramban.potret(browser, "59-rekap");
    }

    private static void bukaRealisasi() {
        browser.get(app.uri("/d/" + SLUG + "/realisasi/2025/4").toString());
        wait.until(d -> d.findElements(By.id(GRID)).size() > 0);
    }

    private static void persetujuan() {
        browser.get(app.uri("/d/" + SLUG + "/persetujuan/2025").toString());
        wait.until(d -> d.findElements(By.id("status-tw-4")).size() > 0);
    }

    /** Saves the grid (one bulk write) and waits for the page to say what it saved. */
    private static void simpan(String berapa) {
        wait.until(d -> teks("ringkasan-realisasi").contains("berubah"));
        klik("simpan-realisasi");
        wait.until(d -> d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                .anyMatch(n -> n.getText().contains("tersimpan: " + berapa)));
        wait.until(d -> !teks("ringkasan-realisasi").contains("berubah"));
    }

    private static WebElement sel(String kunci) {
        return Peramban.sel(browser, wait, GRID, kunci);
    }

    private static void ketik(String kunci, String isi) {
        WebElement input = sel(kunci).findElement(By.cssSelector("input"));
        wait.until(ExpectedConditions.elementToBeClickable(input)).click();
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), isi);
    }

    private static void klik(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    /** Confirms the open question (the ConfirmDialog's confirm button). */
    private static void konfirmasi() {
        By tombol = By.cssSelector("vaadin-confirm-dialog vaadin-button[slot='confirm-button']");
        wait.until(ExpectedConditions.elementToBeClickable(tombol)).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(tombol));
    }

    private static String teks(String id) {
        return browser.findElement(By.id(id)).getText().strip();
    }

    /** The line of a grid's text holding {@code kata} (grids read as text give a cell per line: take the rest up to the next row). */
    private static String baris(String grid, String kata) {
        int i = grid.indexOf(kata);
        assertThat(i).as(kata + " in " + grid).isNotNegative();
        return grid.substring(i, Math.min(grid.length(), i + 200));
    }
}
