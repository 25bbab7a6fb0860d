package id.kinerja.laporan;

import id.kinerja.laporan.mesin.Cetakan;
import id.kinerja.laporan.mesin.Mesin;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Bench command (not a test): every document of Lumajang (seed 002) printed as {@link LaporanService} does it (load
 * through the services, then fill and export), warm: median and p95 per document and format, the two phases apart, and
 * the CPU time of the printing thread (what the wall time is on an idle machine, minus the database's own work);
 * then documents per second with two threads printing the PDFs round robin. Run it with the command in docs/benchmarks.md.
 * {@code -Dlaporan.bench=laporan-kinerja} (names of {@link JenisLaporan}, comma-separated) benches only those documents;
 * the Laporan Kinerja also gets its costs apart (single fill, without lampiran), a floor (a bare one-page render in
 * the same run, to compare machines and loads) and a locked quarter served again from {@link SimpananLaporan}.
 */
public final class LaporanBench {

    static final int PEMANASAN = 20;
    static final int UKUR = 60;

    static double ms(long[] terurut, int persen) {
        return terurut[Math.min(terurut.length - 1, terurut.length * persen / 100)] / 1e6;
    }

    public static void main(String[] args) throws Exception {
        mainBench();
    }

    /** The median wall time of {@code kerja} in ms, after warming it. */
    static double median(Runnable kerja) {
        for (int i = 0; i < PEMANASAN; i++) {
            kerja.run();
        }
        long[] t = new long[UKUR];
        for (int i = 0; i < UKUR; i++) {
            long t0 = System.nanoTime();
            kerja.run();
            t[i] = System.nanoTime() - t0;
        }
        Arrays.sort(t);
        return ms(t, 50);
    }

    static void mainBench() throws Exception {
        System.out.printf("java %s, %d cores%n", Runtime.version(), Runtime.getRuntime().availableProcessors());
        try (SeedDinas seed = new SeedDinas()) {
            String saring = System.getProperty("laporan.bench", "");
            List<String> hanya = saring.isBlank() || saring.startsWith("${") ? List.of() : List.of(saring.split(","));
            List<Permintaan> semua = new ArrayList<>();
            for (JenisLaporan j : JenisLaporan.values()) {
                if (!hanya.isEmpty() && !hanya.contains(j.nama())) {
                    continue;
                }
                for (FormatBerkas f : FormatBerkas.values()) {
                    semua.add(new Permintaan(j, 2025, j.pakaiTriwulan() ? 2 : null, null, f));
                }
            }
            Penyusun penyusun = seed.context.getBean(Penyusun.class);
            Mesin mesin = seed.context.getBean(Mesin.class);
            ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
            System.out.println("document             fmt  pages/size    whole (wall): median    p95 | load median | render median | whole, CPU of this thread: median");
            for (Permintaan p : semua) {
                Berkas b = null;
                for (int i = 0; i < PEMANASAN; i++) {
                    b = seed.cetak(SeedDinas.LUMAJANG, p);
                }
                long[] utuh = new long[UKUR];
                long[] muat = new long[UKUR];
                long[] cetak = new long[UKUR];
                long[] cpuUtuh = new long[UKUR];
                for (int i = 0; i < UKUR; i++) {
                    long c0 = cpu.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    Cetakan c = seed.sebagai(SeedDinas.LUMAJANG, () -> penyusun.susun(p));
                    long t1 = System.nanoTime();
                    mesin.cetak(c, p.format());
                    long t2 = System.nanoTime();
                    cpuUtuh[i] = cpu.getCurrentThreadCpuTime() - c0;
                    muat[i] = t1 - t0;
                    cetak[i] = t2 - t1;
                    utuh[i] = t2 - t0;
                }
                Stream.of(utuh, muat, cetak, cpuUtuh).forEach(Arrays::sort);
                System.out.printf("%-20s %-4s %3d p/%4d KB   %8.1f ms %6.1f ms | %8.1f ms | %10.1f ms | %8.1f ms%n", p.jenis().nama(),
                        p.format().ekstensi(), p.format() == FormatBerkas.PDF ? SeedDinas.halaman(b.isi()) : 0, b.isi().length / 1024,
                        ms(utuh, 50), ms(utuh, 95), ms(muat, 50), ms(cetak, 50), ms(cpuUtuh, 50));
            }
            // The floor: a bare render (one page, a table header) through the same engine, in the same run
            Cetakan lantai = new Cetakan("lkjip-tabel-skala", "lantai", "lantai", "lantai", java.util.Map.of("TAHUN", "2025", "TW", "II"),
                    List.of(), List.of());
            System.out.printf("floor: bare one-page render (fill + PDF)       %8.1f ms%n", median(() -> mesin.cetak(lantai, FormatBerkas.PDF)));
            for (Permintaan p : semua) {
                if (p.jenis() != JenisLaporan.LAPORAN_KINERJA || p.format() != FormatBerkas.PDF) {
                    continue;
                }
                Cetakan c = seed.sebagai(SeedDinas.LUMAJANG, () -> penyusun.susun(p));
                java.util.Map<String, Object> tanpaLampiran = new java.util.HashMap<>(c.parameter());
                tanpaLampiran.put(Mesin.LAMPIRAN, List.of());
                java.util.Map<String, Object> satuIsi = new java.util.HashMap<>(tanpaLampiran);
                satuIsi.remove(Mesin.HALAMAN);
                Cetakan a = new Cetakan(c.templat(), c.judul(), c.pengarang(), c.berkas(), tanpaLampiran, c.baris(), c.subreport());
                Cetakan b = new Cetakan(c.templat(), c.judul(), c.pengarang(), c.berkas(), satuIsi, c.baris(), c.subreport());
                System.out.printf("laporan-kinerja PDF: render whole %8.1f ms | without lampiran %8.1f ms | without lampiran, one fill %8.1f ms%n",
                        median(() -> mesin.cetak(c, FormatBerkas.PDF)), median(() -> mesin.cetak(a, FormatBerkas.PDF)),
                        median(() -> mesin.cetak(b, FormatBerkas.PDF)));
                // A locked quarter: printed once, then served again
                seed.salin(SeedDinas.LUMAJANG, "lumajang-bench-kunci");
                var alur = seed.context.getBean(id.kinerja.persetujuan.AlurPersetujuan.class);
                seed.sebagai("lumajang-bench-kunci", () -> {
                    for (int tw = 1; tw <= 2; tw++) {
                        alur.ajukan(2025, tw);
                        alur.verifikasi(2025, tw);
                        alur.kunci(2025, tw);
                    }
                    return null;
                });
                System.out.printf("laporan-kinerja PDF, TW II locked, served again: %8.2f ms%n",
                        median(() -> seed.cetak("lumajang-bench-kunci", p)));
            }
            List<Permintaan> pdf = semua.stream().filter(p -> p.format() == FormatBerkas.PDF).toList();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                AtomicInteger n = new AtomicInteger();
                long akhir = System.nanoTime() + 15_000_000_000L;
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
                System.out.printf("2 threads, the PDFs round robin: %d documents in %.1f s = %.1f documents/s%n", n.get(),
                        detik, n.get() / detik);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
