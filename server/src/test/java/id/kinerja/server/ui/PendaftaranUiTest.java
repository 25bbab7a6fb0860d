package id.kinerja.server.ui;

import id.kinerja.pertukaran.Pertukaran;
import id.kinerja.server.RunningKinerja;
import id.kinerja.tenant.TenantRegistry;
import id.kinerja.testing.Dinas;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real Chromium, the provincial admin's day: the list of dinas, onboarding one dinas from the Lumajang template
 * and one from an uploaded workbook with an error (the row is shown, the fixed file goes through), its first admin,
 * who then signs in. Screenshots of each screen go to {@code target/layar/}.
 */
class PendaftaranUiTest {

    static RunningKinerja app;
    static ChromeDriver browser;
    static FluentWait<WebDriver> wait;

    @BeforeAll
    static void start() throws Exception {
        app = RunningKinerja.start();
        Dinas.dariSeed(app.context(), "lumajang-diskopum");
        Dinas.dariSeed(app.context(), "kota-diskopumdag");
        browser = Peramban.buka();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        Peramban.tutup(browser, app);
    }

    @Test
    void theProvinceOnboardsTwoDinasAndTheirAdminSignsIn() throws Exception {
        browser.get(app.uri("/").toString());
        Peramban.isiMasuk(browser, wait, RunningKinerja.ADMIN, RunningKinerja.ADMIN_SANDI);
        wait.until(d -> d.findElements(By.id("daftar-dinas")).size() > 0);
        wait.until(d -> teks("grid-dinas").contains("Lumajang"));
        Peramban.potret(browser, "10-daftar-dinas");

        // 1. from the Lumajang template
        klik("daftarkan-dinas");
        wait.until(d -> d.findElements(By.id("pendaftaran")).size() > 0);
        ketik("nama", "Dinas Koperasi dan Usaha Mikro Kabupaten Jember");
        ketik("wilayah", "Kabupaten Jember");
        wait.until(d -> "koperasi-usaha-mikro-kab-jember".equals(nilai("slug")));
        Peramban.potret(browser, "11-pendaftaran-identitas");
        klik("lanjut");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("langkah-pimpinan")));
        ketik("kepala-nama", "Drs. Kepala Jember");
        ketik("kepala-jabatan", "Kepala Dinas Koperasi dan Usaha Mikro");
        ketik("kepala-nip", "12345");
        klik("lanjut");
        wait.until(d -> teks("langkah-pimpinan").contains("NIP terdiri dari 18 angka"));
        Peramban.potret(browser, "12-pendaftaran-pimpinan-nip-salah");
        ketik("kepala-nip", "197001011990031001");
        ketik("atasan-nama", "Bupati Jember");
        ketik("atasan-jabatan", "Bupati Jember");
        klik("lanjut");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("langkah-awal")));
        radio("Salin kerangka");
        WebElement template = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#template input")));
        template.sendKeys("Lumajang");
        wait.until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .anyMatch(i -> i.getText().contains("lumajang-diskopum")));
        template.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        wait.until(d -> nilai("template").contains("lumajang-diskopum"));
        Peramban.potret(browser, "13-pendaftaran-awal-template");
        klik("lanjut");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("jumlah-isi")));
        assertThat(teks("ringkasan")).contains("Indikator").contains("Drs. Kepala Jember").contains("kerangka Dinas Koperasi");
        Peramban.potret(browser, "14-pendaftaran-tinjau");
        klik("buat-dinas");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("terdaftar")));
        ketik("admin-nama", "Admin Jember");
        ketik("admin-sandi", "sandi-admin-jember");
        klik("buat-admin");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("admin-dibuat")));
        Peramban.potret(browser, "15-pendaftaran-selesai");
        assertThat(app.context().getBean(TenantRegistry.class).find("koperasi-usaha-mikro-kab-jember")).isPresent();

        // 2. from an uploaded workbook: first with a word where a number belongs
        byte[] baik = app.context().getBean(Pertukaran.class).excel(Dinas.seed(app.context(), "lumajang-diskopum"));
        Path folder = Files.createTempDirectory("kinerja-unggah");
        Path rusak = Files.write(folder.resolve("lumajang-rusak.xlsx"), rusak(baik, 3));
        Path benar = Files.write(folder.resolve("lumajang.xlsx"), baik);
        browser.get(app.uri("/dinas/baru").toString());
        wait.until(d -> d.findElements(By.id("pendaftaran")).size() > 0);
        ketik("nama", "Dinas Koperasi Kabupaten Pasuruan Baru");
        ketik("slug", "pasuruan-baru");
        klik("lanjut");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("langkah-pimpinan")));
        klik("lanjut");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("langkah-awal")));
        radio("Unggah berkas");
        unggah(rusak);
        wait.until(d -> teks("status-berkas").contains("masalah"));
        Peramban.potret(browser, "16-pendaftaran-awal-berkas");
        klik("lanjut");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("grid-masalah")));
        wait.until(d -> teks("grid-masalah").contains("Nilai"));
        assertThat(teks("grid-masalah")).contains("Target").contains("3");
        Peramban.potret(browser, "17-pendaftaran-masalah-berkas");
        assertThat(browser.findElement(By.id("buat-dinas")).getDomAttribute("disabled")).isNotNull();
        klik("kembali");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("langkah-awal")));
        unggah(benar);
        wait.until(d -> teks("status-berkas").contains("terbaca"));
        klik("lanjut");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("jumlah-isi")));
        klik("buat-dinas");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("terdaftar")));
        ketik("admin-nama", "Admin Pasuruan Baru");
        ketik("admin-sandi", "sandi-admin-pasuruan");
        klik("buat-admin");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("admin-dibuat")));

        // the users, as the province sees them
        browser.get(app.uri("/pengguna").toString());
        wait.until(d -> teks("grid-pengguna").contains("admin.pasuruan-baru"));
        Peramban.potret(browser, "18-pengguna");
        browser.get(app.uri("/dinas").toString());
        wait.until(d -> teks("grid-dinas").contains("pasuruan-baru"));
        Peramban.potret(browser, "19-daftar-dinas-sesudah");

        // 3. the new admin signs in, lands in their dinas and manages its members
        klik("keluar");
        wait.until(ExpectedConditions.urlContains("/masuk"));
        Peramban.isiMasuk(browser, wait, "admin.pasuruan-baru", "sandi-admin-pasuruan");
        wait.until(d -> d.findElements(By.id("beranda-dinas")).size() > 0);
        assertThat(browser.getCurrentUrl()).endsWith("/d/pasuruan-baru");
        assertThat(teks("beranda-dinas")).contains("Dinas Koperasi Kabupaten Pasuruan Baru").contains("Admin dinas");
        Peramban.potret(browser, "20-admin-baru-beranda");
        browser.get(app.uri("/d/pasuruan-baru/anggota").toString());
        wait.until(d -> teks("grid-anggota").contains("admin.pasuruan-baru"));
        Peramban.potret(browser, "21-anggota-dinas");
    }

    private static void klik(String id) {
        WebElement e = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
        e.click();
    }

    /** Types into a Vaadin field's own input (replacing what it held) and leaves the field, so the value is sent. */
    private static void ketik(String id, String teks) {
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#" + id + " input")));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), teks, Keys.TAB);
    }

    private static String nilai(String id) {
        return browser.findElement(By.cssSelector("#" + id + " input")).getDomProperty("value");
    }

    private static String teks(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private static void radio(String label) {
        browser.findElements(By.cssSelector("#awal vaadin-radio-button")).stream().filter(r -> r.getText().contains(label))
                .findFirst().orElseThrow().findElement(By.cssSelector("input")).click();
    }

    /** Hands a file to the upload's own file input (in its shadow root). */
    private static void unggah(Path berkas) {
        WebElement upload = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unggah")));
        SearchContext bayangan = upload.getShadowRoot();
        WebElement input = bayangan.findElements(By.cssSelector("input[type=file]")).stream().findFirst()
                .orElseGet(() -> upload.findElement(By.cssSelector("input[type=file]")));
        input.sendKeys(berkas.toAbsolutePath().toString());
    }

    /** The workbook with a word in the Nilai column of the Target sheet's Excel row {@code baris}. */
    static byte[] rusak(byte[] xlsx, int baris) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = wb.getSheet("Target");
            int kolom = -1;
            for (Cell c : s.getRow(0)) {
                if ("Nilai".equals(c.getStringCellValue().strip())) {
                    kolom = c.getColumnIndex();
                }
            }
            s.getRow(baris - 1).getCell(kolom, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue("sepuluh");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }
}
