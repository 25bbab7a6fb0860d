package id.kinerja.persetujuan;

import id.kinerja.realisasi.RealisasiService;
import id.kinerja.tenant.Tenant;
import id.kinerja.tenant.TenantBaru;
import id.kinerja.tenant.TenantProvisioning;
import id.kinerja.tenant.TenantRegistry;
import id.kinerja.tenant.TenantScope;
import id.kinerja.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Bench command (not a test): one page (50) of the province's list of dinas with 2,000 dinas in the registry — the
 * registry page (sorted, optionally searched) and the chosen quarter's state of the page's dinas in one query over
 * their schemas — against reading the same page one schema at a time. Run it with the command in docs/benchmarks.md.
 */
public final class DaftarDinasBench {

    public static void main(String[] args) {
        int jumlah = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        System.out.printf("java %s, %d cores%n", Runtime.version(), Runtime.getRuntime().availableProcessors());
        try (ApplicationContext context = ApplicationContext.run(TestDatabase.freshDatabase())) {
            TenantProvisioning provisioning = context.getBean(TenantProvisioning.class);
            TenantScope scope = context.getBean(TenantScope.class);
            AlurPersetujuan alur = context.getBean(AlurPersetujuan.class);
            long t0 = System.nanoTime();
            for (int i = 0; i < jumlah; i++) {
                Tenant t = provisioning.provision(new TenantBaru(String.format("dinas-%04d", i), "Dinas Contoh " + i,
                        "Kabupaten Contoh " + (i % 38), "Jawa Timur", i % 5 == 0 ? "kota" : "kabupaten"));
                if (i % 7 == 0) {
                    scope.run(t.ref(), () -> alur.ajukan(2025, 2));
                }
            }
            System.out.printf("provisioned %d tenants in %.1f s%n", jumlah, (System.nanoTime() - t0) / 1e9);
            TenantRegistry registry = context.getBean(TenantRegistry.class);
            PelaporanDinas pelaporan = context.getBean(PelaporanDinas.class);
            RealisasiService realisasi = context.getBean(RealisasiService.class);
            int halaman = jumlah / 50;
            for (int i = 0; i < 10; i++) {
                pelaporan.untuk(registry.halaman(null, Pageable.from(i % halaman, 50, Sort.of(Sort.Order.asc("name")))).getContent(), 2025, 2);
            }
            long[] daftar = new long[30];
            long[] status = new long[30];
            long[] cari = new long[30];
            long[] satuSatu = new long[30];
            long[] rekap = new long[30];
            for (int i = 0; i < daftar.length; i++) {
                int p = (i * 7) % halaman;
                long t = System.nanoTime();
                List<Tenant> isi = registry.halaman(null, Pageable.from(p, 50, Sort.of(Sort.Order.desc("region"), Sort.Order.asc("slug"))))
                        .getContent();
                daftar[i] = System.nanoTime() - t;
                t = System.nanoTime();
                Map<Long, PelaporanDinas.Pelaporan> s = pelaporan.untuk(isi, 2025, 2);
                status[i] = System.nanoTime() - t;
                if (s.size() != isi.size()) {
                    throw new IllegalStateException("page of " + isi.size() + " read " + s.size());
                }
                t = System.nanoTime();
                Map<Long, PelaporanDinas.Rekap> r = pelaporan.rekap(isi, 2025, 2);
                rekap[i] = System.nanoTime() - t;
                if (r.size() != isi.size()) {
                    throw new IllegalStateException("recap of " + isi.size() + " read " + r.size());
                }
                t = System.nanoTime();
                registry.halaman("contoh 1", Pageable.from(0, 50, Sort.of(Sort.Order.asc("name")))).getContent();
                cari[i] = System.nanoTime() - t;
                t = System.nanoTime();
                for (Tenant d : isi) {
                    scope.call(d.ref(), () -> realisasi.jumlah(2025, 2) + alur.status(2025).get(1).status().ordinal());
                }
                satuSatu[i] = System.nanoTime() - t;
            }
            System.out.printf("%d dinas; one page of 50: registry page %.1f ms, quarter state in one query %.1f ms, "
                    + "search page %.1f ms (medians of %d); the same quarter state one schema at a time: %.1f ms%n",
                    registry.counts().total(), median(daftar), median(status), median(cari), daftar.length, median(satuSatu));
            System.out.printf("the province's recap of the same page (state, lock's counts and absorption) in one query: %.1f ms%n",
                    median(rekap));
        }
    }

    private static double median(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return s[s.length / 2] / 1e6;
    }
}
