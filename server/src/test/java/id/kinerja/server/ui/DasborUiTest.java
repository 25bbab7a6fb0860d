package id.kinerja.server.ui;

import id.kinerja.persetujuan.AlurPersetujuan;
import id.kinerja.server.RunningKinerja;
import id.kinerja.tenant.TenantRef;
import id.kinerja.tenant.TenantScope;
import id.kinerja.testing.Dinas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real Chromium: the Lumajang reader opens the Dasbor of TW II 2025 (locked beforehand through the services):
 * counts, the grid coloured by the scale, the IKU trends as inline SVG; then the provincial admin opens the Rekap
 * for TW II 2025, sees Lumajang locked with its counts, and drills down into its Dasbor. Screenshots
 * target/layar/4x-*.png.
 */
class DasborUiTest {

    static final String SLUG = "lumajang-diskopukmperindag";
    static RunningKinerja app;
    static ChromeDriver browser;
    static FluentWait<WebDriver> wait;

    @BeforeAll
    static void start() throws Exception {
        app = RunningKinerja.start();
        TenantRef lumajang = Dinas.dariSeed(app.context(), SLUG);
        app.anggota(SLUG, "baca.dsb", "PEMBACA");
        AlurPersetujuan alur = app.context().getBean(AlurPersetujuan.class);
        app.context().getBean(TenantScope.class).run(lumajang, () -> {
            alur.ajukan(2025, 2);
            alur.verifikasi(2025, 2);
            alur.kunci(2025, 2);
        });
        browser = Peramban.buka();
        wait = Peramban.tunggu(browser);
    }

    @AfterAll
    static void stop() {
        Peramban.tutup(browser, app);
    }

    @Test
    void theDashboardOfALockedQuarterAndTheProvincesRecapWithItsDrillDown() {
        Peramban.masuk(browser, wait, app, "baca.dsb");
        browser.get(app.uri("/d/" + SLUG + "/dasbor/2025/2").toString());
        wait.until(d -> d.findElements(By.cssSelector("#dasbor-grafik svg")).size() > 0);
        assertThat(teks("dasbor-status")).startsWith("Final");
        assertThat(teks("jumlah-mencapai")).contains("Capaian ≥ 100 %");
        assertThat(browser.findElements(By.cssSelector("#grid-dasbor .capaian")).size()).isPositive();
        assertThat(browser.findElement(By.cssSelector("#dasbor-grafik svg")).getText()).contains("Realisasi");
        Peramban.potret(browser, "40-dasbor");
        browser.executeScript("document.getElementById('dasbor-grafik').scrollIntoView()");
        Peramban.potret(browser, "41-dasbor-tren");

        Peramban.masuk(browser, wait, app, RunningKinerja.ADMIN, RunningKinerja.ADMIN_SANDI);
        browser.get(app.uri("/rekap").toString());
        wait.until(d -> d.findElements(By.id("grid-rekap")).size() > 0);
        Peramban.pilih(browser, wait, "rekap-tahun", "2025");
        Peramban.pilih(browser, wait, "rekap-triwulan", "TW II");
        wait.until(d -> teks("grid-rekap").contains("Dikunci"));
        Peramban.potret(browser, "42-rekap");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("dasbor-" + SLUG))).click();
        wait.until(d -> d.findElements(By.cssSelector("#dasbor-grafik svg")).size() > 0);
        assertThat(browser.getCurrentUrl()).endsWith("/d/" + SLUG + "/dasbor/2025/2");
        assertThat(teks("dasbor-status")).startsWith("Final");
        Peramban.potret(browser, "43-rekap-dasbor");
    }

    private static String teks(String id) {
        return browser.findElement(By.id(id)).getText().strip();
    }
}
