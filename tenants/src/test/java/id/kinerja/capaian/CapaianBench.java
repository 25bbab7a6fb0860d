package id.kinerja.capaian;

import id.kinerja.anggaran.AnggaranInput;
import id.kinerja.anggaran.AnggaranService;
import id.kinerja.anggaran.RealisasiAnggaranInput;
import id.kinerja.indikator.Agregasi;
import id.kinerja.indikator.IndikatorInput;
import id.kinerja.indikator.IndikatorService;
import id.kinerja.indikator.KomponenInput;
import id.kinerja.realisasi.RealisasiInput;
import id.kinerja.realisasi.RealisasiService;
import id.kinerja.realisasi.StatusRealisasi;
import id.kinerja.renstra.Periode;
import id.kinerja.renstra.PeriodeInput;
import id.kinerja.renstra.RenstraService;
import id.kinerja.renstra.Simpul;
import id.kinerja.renstra.SimpulBaru;
import id.kinerja.renstra.Tingkat;
import id.kinerja.target.JenisTarget;
import id.kinerja.target.TargetInput;
import id.kinerja.target.TargetService;
import id.kinerja.tenant.TenantBaru;
import id.kinerja.tenant.TenantProvisioning;
import id.kinerja.tenant.TenantRef;
import id.kinerja.tenant.TenantScope;
import id.kinerja.testing.Dinas;
import id.kinerja.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bench command (not a test): the full capaian tree of a dinas with 500 indicators × 4 quarters, and of the
 * Lumajang 2025 framework (seed 002): pure calculation on loaded data, and load + calculation through
 * {@link CapaianService}. Run it with the command in docs/benchmarks.md.
 */
public final class CapaianBench {

    public static void main(String[] args) {
        System.out.printf("java %s, %d cores%n", Runtime.version(), Runtime.getRuntime().availableProcessors());
        try (ApplicationContext context = ApplicationContext.run(TestDatabase.freshDatabase())) {
            TenantScope scope = context.getBean(TenantScope.class);
            TenantRef besar = context.getBean(TenantProvisioning.class)
                    .provision(new TenantBaru("dinas-besar", "Dinas 500 indikator", null, null, "kota")).ref();
            int indikator = scope.call(besar, () -> buat500(context));
            ukur(context, scope, besar, "synthetic, " + indikator + " indicators x 4 quarters, TW IV 2025");
            TenantRef lumajang = Dinas.dariSeed(context, "lumajang-diskopukmperindag");
            ukur(context, scope, lumajang, "Lumajang 2025 framework (seed 002), TW II 2025");
        }
    }

    private static void ukur(ApplicationContext context, TenantScope scope, TenantRef tenant, String apa) {
        CapaianService service = context.getBean(CapaianService.class);
        int quarter = apa.contains("TW II") ? 2 : 4;
        DataKinerja data = scope.call(tenant, () -> service.muat(null, 2025));
        long[] hitung = new long[500];
        for (int warm = 0; warm < 500; warm++) {
            Kalkulator.hitung(data, 2025, quarter);
        }
        for (int i = 0; i < hitung.length; i++) {
            long t = System.nanoTime();
            Kalkulator.hitung(data, 2025, quarter);
            hitung[i] = System.nanoTime() - t;
        }
        long[] penuh = new long[200];
        for (int warm = 0; warm < 300; warm++) {
            scope.call(tenant, () -> service.pohon(null, 2025, quarter));
        }
        for (int i = 0; i < penuh.length; i++) {
            long t = System.nanoTime();
            scope.call(tenant, () -> service.pohon(null, 2025, quarter));
            penuh[i] = System.nanoTime() - t;
        }
        System.out.printf("%s: %d nodes, %d indicators, %d realisations%n", apa, data.simpul().size(), data.indikator().size(),
                data.realisasi().size());
        System.out.printf("  calculation only (Kalkulator):  median %.2f ms, p95 %.2f ms%n", pct(hitung, 50), pct(hitung, 95));
        System.out.printf("  load + calculation (service):   median %.2f ms, p95 %.2f ms%n", pct(penuh, 50), pct(penuh, 95));
    }

    /** 5 tujuan → 10 sasaran → 50 programs → 135 kegiatan → 300 sub kegiatan, one indicator each (500). */
    private static int buat500(ApplicationContext c) {
        RenstraService renstra = c.getBean(RenstraService.class);
        IndikatorService indikator = c.getBean(IndikatorService.class);
        Periode periode = renstra.buatPeriode(new PeriodeInput("Renstra 2025-2029", 2025, 2029, null));
        List<TargetInput> targets = new ArrayList<>();
        List<RealisasiInput> realisasi = new ArrayList<>();
        List<AnggaranInput> anggaran = new ArrayList<>();
        List<RealisasiAnggaranInput> serapan = new ArrayList<>();
        AtomicInteger n = new AtomicInteger();
        int[] anak = {10, 50, 135, 300};
        List<Simpul> level = new ArrayList<>();
        for (int t = 0; t < 5; t++) {
            level.add(renstra.tambah(new SimpulBaru(periode.id(), null, Tingkat.TUJUAN, "T" + t, "Tujuan " + t, null, null, null, null)));
        }
        List<Simpul> semua = new ArrayList<>(level);
        for (int d = 0; d < anak.length; d++) {
            List<Simpul> next = new ArrayList<>();
            for (int i = 0; i < anak[d]; i++) {
                Simpul induk = level.get(i % level.size());
                Tingkat tingkat = Tingkat.values()[d + 1];
                next.add(renstra.tambah(new SimpulBaru(periode.id(), induk.id(), tingkat, tingkat.name().charAt(0) + "" + i,
                        tingkat.label() + " " + i, null, null, null, null)));
            }
            semua.addAll(next);
            level = next;
        }
        for (Simpul s : semua) {
            int k = n.incrementAndGet();
            boolean rumus = k % 10 == 0;
            long id = indikator.tambah(s.id(), new IndikatorInput("I" + k, "Indikator " + k, "%", null,
                    rumus ? "a / b * 100" : null,
                    rumus ? List.of(new KomponenInput("a", "A", null), new KomponenInput("b", "B", null)) : null,
                    null, k % 3 == 0 ? Agregasi.TERAKHIR : Agregasi.JUMLAH, null, null, s.tingkat() == Tingkat.SASARAN, 2, null,
                    null)).indikator().id();
            targets.add(new TargetInput(id, 2025, JenisTarget.PK, null, new BigDecimal("100"), null));
            for (int q = 1; q <= 4; q++) {
                targets.add(new TargetInput(id, 2025, null, q, new BigDecimal("25"), null));
                realisasi.add(new RealisasiInput(id, 2025, q, new BigDecimal(20 + (k + q) % 10),
                        rumus ? Map.of("a", new BigDecimal(k % 50 + q), "b", new BigDecimal("60")) : null,
                        StatusRealisasi.TERSEDIA, null, null, null, null, null, null));
            }
            if (s.tingkat().ordinal() >= Tingkat.PROGRAM.ordinal()) {
                anggaran.add(new AnggaranInput(s.id(), 2025, List.of(new AnggaranInput.Baris(new BigDecimal("1000000000"), "DAU"))));
                for (int q = 1; q <= 4; q++) {
                    serapan.add(new RealisasiAnggaranInput(s.id(), 2025, q, new BigDecimal(200000000L * q), null));
                }
            }
        }
        c.getBean(TargetService.class).simpan(targets);
        c.getBean(RealisasiService.class).simpan(realisasi);
        c.getBean(AnggaranService.class).simpanAnggaran(anggaran);
        c.getBean(AnggaranService.class).simpanRealisasi(serapan);
        return n.get();
    }

    private static double pct(long[] nanos, int p) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, s.length * p / 100)] / 1e6;
    }
}
