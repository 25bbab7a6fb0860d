package id.kinerja.server.ui;

import id.kinerja.server.RunningKinerja;
import id.kinerja.testing.Dinas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real Chromium, the dinas admin keeps Bab I's organisation data on the Organisasi page: a unit's tugas edited in
 * its dialog, a staff row whose three sums disagree refused with the reason, then corrected and saved; both read back
 * through the API. Screenshots in target/layar/4x-organisasi*.png.
 */
class OrganisasiUiTest {

    static final String SLUG = "lumajang-diskopukmperindag";
    static RunningKinerja app;
    static RunningKinerja api;
    static ChromeDriver admin;

    @BeforeAll
    static void start() throws Exception {
        app = RunningKinerja.start();
        Dinas.dariSeed(app.context(), SLUG);
        String token = app.anggota(SLUG, "admin.org", "ADMIN_DINAS");
        api = app.sebagai(token);
        Map<String, Object> kepala = unit("KD", "Kepala Dinas");
        Map<String, Object> sekretariat = unit("SKR", "Sekretariat");
        Map<String, Object> bidang = unit("BKOP", "Bidang Koperasi");
        pindah(sekretariat, kepala, 0);
        pindah(bidang, kepala, 1);
        var p = api.put("/api/t/" + SLUG + "/pegawai?tahun=2025", """
                [{"jabatan":"Kepala Dinas","lakiLaki":1,"perempuan":0,"pns":1,"pppk":0,"kontrak":0,"sd":0,"smp":0,"sma":0,"diploma":0,"s1":0,"s2":1,"s3":0},
                 {"jabatan":"Pelaksana","lakiLaki":2,"perempuan":1,"pns":3,"pppk":0,"kontrak":0,"sd":0,"smp":0,"sma":0,"diploma":0,"s1":3,"s2":0,"s3":0}]""");
        assertThat(p.statusCode()).as(p.body()).isEqualTo(200);
        var s = api.put("/api/t/" + SLUG + "/sarana?tahun=2025", """
                [{"nama":"Kendaraan Dinas Roda 2","satuan":"unit","jumlah":12,"kondisi":"8 baik, 4 rusak ringan"},
                 {"nama":"Laptop","satuan":"unit","jumlah":20,"kondisi":"sebagian besar berusia lebih dari 10 tahun"}]""");
        assertThat(s.statusCode()).as(s.body()).isEqualTo(200);
        admin = Peramban.buka();
    }

    private static Map<String, Object> unit(String kode, String nama) {
        var r = api.post("/api/t/" + SLUG + "/unit-kerja", "{\"kode\":\"" + kode + "\",\"nama\":\"" + nama + "\"}");
        assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
        return app.object(r);
    }

    private static void pindah(Map<String, Object> u, Map<String, Object> induk, int urutan) {
        var r = api.put("/api/t/" + SLUG + "/unit-kerja/" + u.get("id"), "{\"nama\":\"" + u.get("nama") + "\",\"parentId\":"
                + induk.get("id") + ",\"urutan\":" + urutan + ",\"version\":" + u.get("version") + "}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        if (admin != null) {
            admin.quit();
        }
        app.close();
    }

    @Test
    void theAdminEditsAUnitsTugasAndAStaffRow() {
        WebDriverWait wait = new WebDriverWait(admin, Duration.ofSeconds(40));
        admin.get(app.uri("/masuk").toString());
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']"))).sendKeys("admin.org");
        admin.findElement(By.cssSelector("input[name='password']")).sendKeys("sandi-admin.org-123", Keys.ENTER);
        wait.until(d -> d.findElements(By.id("beranda-dinas")).size() > 0);

        admin.get(app.uri("/d/" + SLUG + "/organisasi/2025").toString());
        wait.until(ExpectedConditions.elementToBeClickable(By.id("ubah-unit-BKOP")));
        // the tree shows the units under the head, and the year's staff rows
        assertThat(admin.findElement(By.id("pohon-unit")).getText()).contains("KD \u2013 Kepala Dinas", "BKOP \u2013 Bidang Koperasi");
        assertThat(admin.findElement(By.cssSelector("#pegawai-1-jabatan input")).getDomProperty("value")).isEqualTo("Pelaksana");
        Peramban.potret(admin, "40-organisasi");

        // a unit's tugas, edited in its dialog and saved
        admin.findElement(By.id("ubah-unit-BKOP")).click();
        WebElement tugas = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#unit-tugas textarea")));
        String teks = "merencanakan, melaksanakan dan mengevaluasi pembinaan koperasi";
        tugas.sendKeys(Keys.chord(Keys.CONTROL, "a"), teks, Keys.TAB);
        Peramban.potret(admin, "41-organisasi-unit");
        admin.findElement(By.id("simpan-dialog")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("dialog-unit")));
        List<Map<String, Object>> units = app.list(api.get("/api/t/" + SLUG + "/unit-kerja"));
        assertThat(units).filteredOn(u -> "BKOP".equals(u.get("kode"))).singleElement()
                .satisfies(u -> assertThat(u.get("tugas")).isEqualTo(teks));
        wait.until(d -> d.findElement(By.id("pohon-unit")).getText().contains(teks));

        // a staff row: more men only (the status and education sums no longer agree) is refused with the reason
        ketik(admin, "pegawai-1-lakiLaki", "4");
        wait.until(d -> d.findElement(By.id("pegawai-1-jumlah")).getText().equals("5")); // the row's Jumlah follows
        klik(admin, "simpan-pegawai");
        wait.until(d -> d.findElement(By.id("organisasi")).getText().contains("Baris 2, PNS: Pelaksana: PNS + PPPK + kontrak = 3, "
                + "tidak sama dengan laki-laki + perempuan = 5"));
        assertThat(admin.findElement(By.id("pegawai-1-pns")).getDomAttribute("invalid")).isNotNull();
        Peramban.potret(admin, "42-organisasi-pegawai-ditolak");
        // corrected: PNS and S1 follow, saved
        ketik(admin, "pegawai-1-pns", "5");
        ketik(admin, "pegawai-1-s1", "5");
        klik(admin, "simpan-pegawai");
        wait.until(d -> !d.findElement(By.id("organisasi")).getText().contains("tidak sama dengan"));
        wait.until(d -> d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                .anyMatch(c -> c.getText().contains("Komposisi pegawai tahun 2025 tersimpan")));
        List<Map<String, Object>> pegawai = app.list(api.get("/api/t/" + SLUG + "/pegawai?tahun=2025"));
        assertThat(pegawai).filteredOn(p -> "Pelaksana".equals(p.get("jabatan"))).singleElement().satisfies(p -> {
            assertThat(((Number) p.get("lakiLaki")).intValue()).isEqualTo(4);
            assertThat(((Number) p.get("pns")).intValue()).isEqualTo(5);
            assertThat(((Number) p.get("s1")).intValue()).isEqualTo(5);
        });
        admin.executeScript("document.getElementById('grid-sarana').scrollIntoView()");
        assertThat(admin.findElement(By.cssSelector("#sarana-1-nama input")).getDomProperty("value")).isEqualTo("Laptop");
        Peramban.potret(admin, "43-organisasi-tersimpan");

        // after a reload the page shows what was saved
        admin.navigate().refresh();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("ubah-unit-BKOP")));
        assertThat(admin.findElement(By.cssSelector("#pegawai-1-lakiLaki input")).getDomProperty("value")).isEqualTo("4");
    }

    /** A click on a button that may lie below the fold (or under a notification card at the bottom). */
    private static void klik(ChromeDriver b, String id) {
        WebElement e = b.findElement(By.id(id));
        b.executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
        e.click();
    }

    private static void ketik(ChromeDriver b, String id, String nilai) {
        WebElement input = b.findElement(By.cssSelector("#" + id + " input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), nilai, Keys.TAB);
    }
}
