package id.kinerja.laporan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bench command (not a test): every document of Lumajang (seed 002) printed through {@link LaporanService} (load
 * through the services, then fill and export), warm: median and p95 per document and format; then documents per
 * second with two threads printing the five PDFs round robin. Run it with the command in docs/benchmarks.md.
 */
public final class LaporanBench {

    static final int PEMANASAN = 30;
    static final int UKUR = 100;

    public static void main(String[] args) throws Exception {
        System.out.printf("java %s, %d cores%n", Runtime.version(), Runtime.getRuntime().availableProcessors());
        try (SeedDinas seed = new SeedDinas()) {
            List<Permintaan> semua = new ArrayList<>();
            for (JenisLaporan j : JenisLaporan.values()) {
                for (FormatBerkas f : FormatBerkas.values()) {
                    semua.add(new Permintaan(j, 2025, j.pakaiTriwulan() ? 2 : null, null, f));
                }
            }
            for (Permintaan p : semua) {
                Berkas b = null;
                for (int i = 0; i < PEMANASAN; i++) {
                    b = seed.cetak(SeedDinas.LUMAJANG, p);
                }
                long[] ns = new long[UKUR];
                for (int i = 0; i < UKUR; i++) {
                    long t = System.nanoTime();
                    seed.cetak(SeedDinas.LUMAJANG, p);
                    ns[i] = System.nanoTime() - t;
                }
                Arrays.sort(ns);
                System.out.printf("%-20s %-4s %3d pages/%4d KB: median %6.1f ms, p95 %6.1f ms%n", p.jenis().nama(),
                        p.format().ekstensi(), p.format() == FormatBerkas.PDF ? SeedDinas.halaman(b.isi()) : 0, b.isi().length / 1024,
                        ns[UKUR / 2] / 1e6, ns[UKUR * 95 / 100] / 1e6);
            }
            List<Permintaan> pdf = semua.stream().filter(p -> p.format() == FormatBerkas.PDF).toList();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                AtomicInteger n = new AtomicInteger();
                long akhir = System.nanoTime() + 20_000_000_000L;
                long mulai = System.nanoTime();
                List<Future<?>> kerja = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    kerja.add(pool.submit(() -> {
                        while (System.nanoTime() < akhir) {
                            seed.cetak(SeedDinas.LUMAJANG, pdf.get(n.getAndIncrement() % pdf.size()));
                        }
                    }));
                }
                for (Future<?> f : kerja) {
                    f.get();
                }
                double detik = (System.nanoTime() - mulai) / 1e9;
                System.out.printf("2 threads, the five PDFs round robin: %d documents in %.1f s = %.1f documents/s%n", n.get(),
                        detik, n.get() / detik);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
