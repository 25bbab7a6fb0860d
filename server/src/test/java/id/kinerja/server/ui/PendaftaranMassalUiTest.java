package id.kinerja.server.ui;

import id.kinerja.server.RunningKinerja;
import id.kinerja.tenant.TenantRegistry;
import id.kinerja.testing.Dinas;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real Chromium, the provincial admin onboards a list of dinas: the template downloads as a workbook, a file
 * with a wrong header is refused beside the upload, a list with a bad row and an existing dinas runs to the end with
 * the progress bar full and both rows in the table with their reasons. Screenshot: target/layar/60-pendaftaran-massal.png.
 */
class PendaftaranMassalUiTest {

    static RunningKinerja app;
    static ChromeDriver browser;
    static FluentWait<WebDriver> wait;

    @BeforeAll
    static void start() throws Exception {
        app = RunningKinerja.start();
        Dinas.dariSeed(app.context(), "lumajang-diskopum");
        browser = Peramban.buka();
        wait = Peramban.tunggu(browser);
    }

    @AfterAll
    static void stop() {
        Peramban.tutup(browser, app);
    }

    @Test
    void theProvinceOnboardsAListAndSeesWhatFailed() throws Exception {
        browser.get(app.uri("/").toString());
        Peramban.isiMasuk(browser, wait, RunningKinerja.ADMIN, RunningKinerja.ADMIN_SANDI);
        wait.until(d -> d.findElements(By.id("daftar-dinas")).size() > 0);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("daftarkan-massal"))).click();
        wait.until(d -> d.findElements(By.id("pendaftaran-massal")).size() > 0);

        byte[] templat = Peramban.unduh(browser, "unduh-templat-massal");
        try (XSSFWorkbook buku = new XSSFWorkbook(new ByteArrayInputStream(templat))) {
            assertThat(buku.getSheetAt(0).getRow(0).getCell(3).getStringCellValue()).isEqualTo("jenis");
        }

        Path folder = Files.createTempDirectory("kinerja-massal");
        Path salah = folder.resolve("daftar salah.csv");
        Files.writeString(salah, "slug;nama;daerah\nx-y;Dinas;Kota\n", StandardCharsets.UTF_8);
        unggah(salah);
        wait.until(d -> d.findElement(By.id("status-berkas")).getText().contains("ditolak"));
        assertThat(browser.findElement(By.id("status-berkas")).getText()).contains("kolom 'daerah' tidak dikenal");

        StringBuilder csv = new StringBuilder("slug;nama;wilayah;jenis;template\n");
        csv.append("lumajang-diskopum;Dinas Koperasi Lumajang;Kabupaten Lumajang;kabupaten;\n");
        for (int i = 1; i <= 6; i++) {
            csv.append("jember-dinas-").append(i).append(";Dinas ").append(i).append(" Kabupaten Jember;Kabupaten Jember;kabupaten;")
                    .append(i % 2 == 0 ? "lumajang-diskopum" : "").append('\n');
        }
        csv.append("bondowoso-dinsos;Dinas Sosial Kabupaten Bondowoso;Kabupaten Bondowoso;desa;\n");
        Path daftar = folder.resolve("daftar-dinas-jember.csv");
        Files.writeString(daftar, csv, StandardCharsets.UTF_8);
        unggah(daftar);
        wait.until(d -> d.findElement(By.id("status-berkas")).getText().contains("diterima: 8 dinas"));
        wait.until(d -> d.findElement(By.id("teks-kemajuan")).getText().startsWith("8 dari 8 baris · Selesai"));
        assertThat(browser.findElement(By.id("ringkasan-massal")).getText()).isEqualTo("Dibuat 6 · Gagal 1 · Dilewati 1");
        assertThat(Double.parseDouble(browser.findElement(By.id("kemajuan-massal")).getDomProperty("value"))).isEqualTo(8.0);
        wait.until(d -> d.findElement(By.id("grid-masalah")).getText().contains("jenis: harus kabupaten, kota atau provinsi"));
        String tabel = browser.findElement(By.id("grid-masalah")).getText();
        assertThat(tabel).contains("dinas 'lumajang-diskopum' sudah ada", "Dilewati", "Gagal", "bondowoso-dinsos");
        assertThat(app.context().getBean(TenantRegistry.class).find("jember-dinas-6")).isPresent();
        assertThat(app.context().getBean(TenantRegistry.class).find("bondowoso-dinsos")).isEmpty();
        Path layar = Peramban.potret(browser, "60-pendaftaran-massal");
        assertThat(layar).exists();
    }

    /** Hands a file to the upload's own file input (in its shadow root). */
    private static void unggah(Path berkas) {
        WebElement upload = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unggah-daftar")));
        SearchContext bayangan = upload.getShadowRoot();
        WebElement input = bayangan.findElements(By.cssSelector("input[type=file]")).stream().findFirst()
                .orElseGet(() -> upload.findElement(By.cssSelector("input[type=file]")));
        input.sendKeys(berkas.toAbsolutePath().toString());
    }
}
