package id.kinerja.server.ui;

import id.kinerja.indikator.IndikatorInput;
import id.kinerja.indikator.IndikatorService;
import id.kinerja.renstra.Periode;
import id.kinerja.renstra.PeriodeInput;
import id.kinerja.renstra.RenstraService;
import id.kinerja.renstra.Simpul;
import id.kinerja.renstra.SimpulBaru;
import id.kinerja.renstra.Tingkat;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Benchmark, not a test of the suite (its name does not end in Test; run it by name, see docs/benchmarks.md): time
 * from navigating to a dinas's Kerangka page in Chromium until its tree shows rows and the grid has finished loading,
 * for the Lumajang seed and for a dinas of 500 indicators.
 */
class KerangkaUiBench {

    @Test
    void kerangka() throws Exception {
        try (RunningKinerja app = RunningKinerja.start()) {
            Dinas.dariSeed(app.context(), "lumajang-diskopukmperindag");
            app.provision("dinas-besar");
            TenantRef besar = app.context().getBean(TenantRegistry.class).serving("dinas-besar");
            app.context().getBean(TenantScope.class).run(besar, () -> buat500(app));
            app.anggota("lumajang-diskopukmperindag", "bench.lmj", "ADMIN_DINAS");
            app.put("/api/t/dinas-besar/anggota", "{\"username\":\"bench.lmj\",\"peran\":\"ADMIN_DINAS\"}");
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
            b.get(app.uri("/d/" + slug + "/kerangka").toString());
            wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                    const g = document.getElementById('pohon-kerangka');
                    return !!g && !g.hasAttribute('loading') && g.querySelectorAll('vaadin-grid-cell-content').length > 20
                      && [...g.querySelectorAll('vaadin-grid-cell-content')].some(c => c.textContent.trim().length > 0);""")));
            long t = (System.nanoTime() - t0) / 1_000_000;
            if (i >= 0) {
                ms[i] = t;
            }
        }
        Arrays.sort(ms);
        System.out.printf("BENCH kerangka %s: median %d ms, min %d, max %d (%d runs, page load in Chromium to rows shown)%n",
                apa, ms[ms.length / 2], ms[0], ms[ms.length - 1], ms.length);
    }

    /** 5 tujuan → 10 sasaran → 50 programs → 135 kegiatan → 300 sub kegiatan, one indicator each (every tenth with a formula). */
    static void buat500(RunningKinerja app) {
        RenstraService renstra = app.context().getBean(RenstraService.class);
        IndikatorService indikator = app.context().getBean(IndikatorService.class);
        Periode periode = renstra.buatPeriode(new PeriodeInput("Renstra 2025-2029", 2025, 2029, null));
        int[] anak = {10, 50, 135, 300};
        List<Simpul> level = new ArrayList<>();
        for (int t = 0; t < 5; t++) {
            level.add(renstra.tambah(new SimpulBaru(periode.id(), null, Tingkat.TUJUAN, "T" + t, "Tujuan " + t, null, null, null, null)));
        }
        List<Simpul> semua = new ArrayList<>(level);
        for (int d = 0; d < anak.length; d++) {
            List<Simpul> next = new ArrayList<>();
            for (int i = 0; i < anak[d]; i++) {
                Tingkat tingkat = Tingkat.values()[d + 1];
                next.add(renstra.tambah(new SimpulBaru(periode.id(), level.get(i % level.size()).id(), tingkat,
                        tingkat.name().charAt(0) + "" + i, tingkat.label() + " " + i, null, null, null, null)));
            }
            semua.addAll(next);
            level = next;
        }
        int k = 0;
        for (Simpul s : semua) {
            k++;
            boolean rumus = k % 10 == 0;
            indikator.tambah(s.id(), new IndikatorInput("I" + k, "Indikator " + k, "%", null, rumus ? "a / b * 100" : null,
                    rumus ? List.of(new id.kinerja.indikator.KomponenInput("a", "A", null),
                            new id.kinerja.indikator.KomponenInput("b", "B", null)) : null,
                    null, null, null, null, s.tingkat() == Tingkat.SASARAN, 2, null, null));
        }
    }
}
