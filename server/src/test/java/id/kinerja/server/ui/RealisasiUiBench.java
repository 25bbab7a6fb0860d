package id.kinerja.server.ui;

import id.kinerja.server.RunningKinerja;
import id.kinerja.tenant.TenantRef;
import id.kinerja.tenant.TenantRegistry;
import id.kinerja.tenant.TenantScope;
import id.kinerja.testing.Dinas;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.Arrays;

/**
 * Benchmark, not a test of the suite (run it by name, see docs/benchmarks.md): time from navigating to a dinas's
 * Realisasi page in Chromium until the grid shows its rows with their input cells and has finished loading — the
 * whole period read, every indicator's capaian computed, the first page of rows rendered — for the Lumajang seed and
 * for a dinas of 500 indicators.
 */
class RealisasiUiBench {

    @Test
    void realisasi() throws Exception {
        try (RunningKinerja app = RunningKinerja.start()) {
            Dinas.dariSeed(app.context(), "lumajang-diskopukmperindag");
            app.provision("dinas-besar");
            TenantRef besar = app.context().getBean(TenantRegistry.class).serving("dinas-besar");
            app.context().getBean(TenantScope.class).run(besar, () -> KerangkaUiBench.buat500(app));
            app.anggota("lumajang-diskopukmperindag", "bench.lmj", "EDITOR");
            app.put("/api/t/dinas-besar/anggota", "{\"username\":\"bench.lmj\",\"peran\":\"EDITOR\"}");
            ChromeDriver b = Peramban.buka();
            try {
                WebDriverWait wait = new WebDriverWait(b, Duration.ofSeconds(60));
                Peramban.masuk(b, wait, app, "bench.lmj");
                ukur(b, wait, app, "lumajang-diskopukmperindag", "Lumajang (119 simpul, 120 indikator)");
                ukur(b, wait, app, "dinas-besar", "500 simpul, 500 indikator");
            } finally {
                b.quit();
            }
        }
    }

    private static void ukur(ChromeDriver b, WebDriverWait wait, RunningKinerja app, String slug, String apa) {
        long[] ms = new long[15];
        for (int i = -5; i < ms.length; i++) {
            b.get(app.uri("/d/" + slug).toString());
            wait.until(d -> d.findElements(By.id("beranda-dinas")).size() > 0);
            long t0 = System.nanoTime();
            b.get(app.uri("/d/" + slug + "/realisasi/2025/3").toString());
            wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                    const g = document.getElementById('grid-realisasi');
                    return !!g && !g.hasAttribute('loading') && g.querySelectorAll('vaadin-text-field.sel-target').length > 5
                      && [...g.querySelectorAll('vaadin-grid-cell-content')].some(c => c.textContent.trim().length > 0);""")));
            long t = (System.nanoTime() - t0) / 1_000_000;
            if (i >= 0) {
                ms[i] = t;
            }
        }
        Arrays.sort(ms);
        System.out.printf("BENCH realisasi %s: median %d ms, min %d, max %d (%d runs, page load in Chromium to input rows shown)%n",
                apa, ms[ms.length / 2], ms[0], ms[ms.length - 1], ms.length);
    }
}
