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
 * beside the floor (a bare Jasper render of a trivial template, {@link Lantai}); then documents per second with two
 * threads: the floor, the IKU, the PK and the five PDFs round robin. Run it with the command in docs/benchmarks.md.
 * {@code -Dlaporan.bench=laporan-kinerja} (names of {@link JenisLaporan}, comma-separated) benches only those documents;
 * the Laporan Kinerja also gets its costs apart (single fill, without lampiran), the print filled afresh each time
 * ({@link Mesin#lupakanIsi}: what a print after a change costs; the other rows print unchanged data, whose fills the
 * engine keeps) and a locked quarter served again
 * from {@link SimpananLaporan}.
 */
public final class LaporanBench {

    static final int PEMANASAN = 10;
    static final int UKUR = 40;

    static double ms(long[] terurut, int persen) {
        return terurut[Math.min(terurut.length - 1, terurut.length * persen / 100)] / 1e6;
    }

    /** Two threads doing {@code kerja} over and over for 10 s: documents per second. */
    static void duaUtas(String apa, Runnable kerja) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            AtomicInteger n = new AtomicInteger();
            long mulai = System.nanoTime();
            long akhir = mulai + 10_000_000_000L;
            List<Future<?>> tugas = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                tugas.add(pool.submit(() -> {
                    while (System.nanoTime() < akhir) {
                        kerja.run();
                        n.incrementAndGet();
                    }
                }));
            }
            for (Future<?> f : tugas) {
                f.get();
            }
            double detik = (System.nanoTime() - mulai) / 1e9;
            System.out.printf("2 threads, %s: %d documents in %.1f s = %.1f documents/s%n", apa, n.get(), detik, n.get() / detik);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The floor: a bare Jasper render of a trivial template (one A4 page, a title and one text field, no sub-report, no
     * data, the same embedded font), compiled once, filled and exported to PDF with Jasper's own classes. What a
     * document costs above it is Kinerja's loading and the document's own size.
     */
    static final class Lantai {
        private final net.sf.jasperreports.engine.JasperReport templat;

        Lantai() throws Exception {
            String jrxml = """
                    <jasperReport name="lantai" language="java" pageWidth="595" pageHeight="842" columnWidth="515" leftMargin="40" rightMargin="40" topMargin="40" bottomMargin="40" whenNoDataType="AllSectionsNoDetail">
                    	<parameter name="JUDUL" class="java.lang.String"/>
                    	<title height="40">
                    		<element kind="staticText" x="0" y="0" width="515" height="20" fontName="Kinerja Sans" fontSize="12.0" bold="true" hTextAlign="Center">
                    			<text><![CDATA[LANTAI]]></text>
                    		</element>
                    		<element kind="textField" x="0" y="20" width="515" height="16" fontName="Kinerja Sans" fontSize="10.0" hTextAlign="Center">
                    			<expression><![CDATA[$P{JUDUL}]]></expression>
                    		</element>
                    	</title>
                    </jasperReport>
                    """;
            templat = net.sf.jasperreports.engine.JasperCompileManager.compileReport(
                    new java.io.ByteArrayInputStream(jrxml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }

        byte[] cetak() {
            try {
                java.util.Map<String, Object> p = new java.util.HashMap<>();
                p.put("JUDUL", "Kinerja 1.234.567,89");
                var hasil = net.sf.jasperreports.engine.JasperFillManager.fillReport(templat, p,
                        new net.sf.jasperreports.engine.JREmptyDataSource(1));
                return net.sf.jasperreports.engine.JasperExportManager.exportReportToPdf(hasil);
            } catch (net.sf.jasperreports.engine.JRException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        mainBench();
    }

    /** Renders {@code c} filling it afresh, as a print after a change does. */
    static byte[] afresh(Mesin mesin, Cetakan c) {
        mesin.lupakanIsi();
        return mesin.cetak(c, FormatBerkas.PDF);
    }

    /** The median wall time of {@code kerja} in ms, after warming it. */
    static double median(Runnable kerja) {
        return medianDua(kerja)[0];
    }

    /**
     * The median wall time and the median CPU time of this thread of {@code kerja}, in ms, after warming it. On a
     * loaded machine the CPU time is the steadier of the two (it leaves out the waiting for a core).
     */
    static double[] medianDua(Runnable kerja) {
        for (int i = 0; i < PEMANASAN; i++) {
            kerja.run();
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long[] t = new long[UKUR];
        long[] c = new long[UKUR];
        for (int i = 0; i < UKUR; i++) {
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            kerja.run();
            t[i] = System.nanoTime() - t0;
            c[i] = cpu.getCurrentThreadCpuTime() - c0;
        }
        Arrays.sort(t);
        Arrays.sort(c);
        return new double[]{ms(t, 50), ms(c, 50)};
    }

    static void mainBench() throws Exception {
        System.out.printf("java %s, %d cores%n", Runtime.version(), Runtime.getRuntime().availableProcessors());
        try (SeedDinas seed = new SeedDinas()) {
            String saring = System.getProperty("laporan.bench", "");
            List<String> hanya = saring.isBlank() || saring.startsWith("${") ? List.of() : List.of(saring.split(","));
            List<Permintaan> semua = new ArrayList<>();
            for (JenisLaporan j : JenisLaporan.values()) {
                if (hanya.isEmpty() ? j == JenisLaporan.LAPORAN_KINERJA : !hanya.contains(j.nama())) {
                    continue; // the Laporan Kinerja (some sixty pages) is timed on its own: -Dlaporan.bench=laporan-kinerja
                }
                for (FormatBerkas f : FormatBerkas.values()) {
                    semua.add(new Permintaan(j, 2025, j.pakaiTriwulan() ? 2 : null, null, f));
                }
            }
            Penyusun penyusun = seed.context.getBean(Penyusun.class);
            Mesin mesin = seed.context.getBean(Mesin.class);
            ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
            System.out.println("document             fmt  pages/size    whole (wall): median    p95 | load median | render median | whole, CPU of this thread: median | whole, filled afresh: median");
            Lantai lantai = new Lantai();
            byte[] l = null;
            for (int i = 0; i < PEMANASAN * 5; i++) {
                l = lantai.cetak();
            }
            long[] lUtuh = new long[UKUR];
            long[] lCpu = new long[UKUR];
            for (int i = 0; i < UKUR; i++) {
                long c0 = cpu.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                lantai.cetak();
                lUtuh[i] = System.nanoTime() - t0;
                lCpu[i] = cpu.getCurrentThreadCpuTime() - c0;
            }
            Arrays.sort(lUtuh);
            Arrays.sort(lCpu);
            System.out.printf("%-20s %-4s %3d p/%4d KB   %8.1f ms %6.1f ms | %8s    | %10.1f ms | %8.1f ms%n", "floor (bare Jasper)", "pdf",
                    SeedDinas.halaman(l), l.length / 1024, ms(lUtuh, 50), ms(lUtuh, 95), "-", ms(lUtuh, 50), ms(lCpu, 50));
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
                // what a print after a change costs: the kept fills forgotten first (the columns before print unchanged data)
                double segar = median(() -> {
                    Cetakan c = seed.sebagai(SeedDinas.LUMAJANG, () -> penyusun.susun(p));
                    mesin.lupakanIsi();
                    mesin.cetak(c, p.format());
                });
                System.out.printf("%-20s %-4s %3d p/%4d KB   %8.1f ms %6.1f ms | %8.1f ms | %10.1f ms | %8.1f ms | %8.1f ms%n", p.jenis().nama(),
                        p.format().ekstensi(), p.format() == FormatBerkas.PDF ? SeedDinas.halaman(b.isi()) : 0, b.isi().length / 1024,
                        ms(utuh, 50), ms(utuh, 95), ms(muat, 50), ms(cetak, 50), ms(cpuUtuh, 50), segar);
            }
            for (Permintaan p : semua) {
                if (p.jenis() != JenisLaporan.LAPORAN_KINERJA || p.format() != FormatBerkas.PDF) {
                    continue;
                }
                Cetakan c = seed.sebagai(SeedDinas.LUMAJANG, () -> penyusun.susun(p));
                java.util.Map<String, Object> tanpaLampiran = new java.util.HashMap<>(c.parameter());
                tanpaLampiran.put(Mesin.LAMPIRAN, List.of());
                Cetakan a = new Cetakan(c.templat(), c.judul(), c.pengarang(), c.berkas(), tanpaLampiran, c.baris(), c.subreport());
                double[] simpan = medianDua(() -> mesin.cetak(c, FormatBerkas.PDF));
                System.out.printf("laporan-kinerja PDF: render whole, kept fills (the export alone) %8.1f ms, CPU of this thread %8.1f ms%n",
                        simpan[0], simpan[1]);
                // the parts, each filled afresh (kept fills forgotten before each print); the report is filled once
                // (the lampiran are filled beside it on another thread: the CPU figure leaves them out)
                double[] utuhSegar = medianDua(() -> afresh(mesin, c));
                double[] tanpa = medianDua(() -> afresh(mesin, a));
                System.out.printf("laporan-kinerja PDF, filled afresh: render whole %8.1f ms | without lampiran %8.1f ms, CPU of this thread %8.1f ms%n",
                        utuhSegar[0], tanpa[0], tanpa[1]);
                // the whole print (load + fill + export) with nothing kept: what a print after a change costs
                long[] utuh = new long[UKUR];
                long[] cpuUtuh = new long[UKUR];
                var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
                long proses = 0;
                for (int i = -PEMANASAN; i < UKUR; i++) {
                    if (i == 0) {
                        proses = os.getProcessCpuTime();
                    }
                    mesin.lupakanIsi();
                    long c0 = cpu.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    seed.cetak(SeedDinas.LUMAJANG, p);
                    if (i >= 0) {
                        utuh[i] = System.nanoTime() - t0;
                        cpuUtuh[i] = cpu.getCurrentThreadCpuTime() - c0;
                    }
                }
                Arrays.sort(utuh);
                Arrays.sort(cpuUtuh);
                proses = os.getProcessCpuTime() - proses;
                System.out.printf("laporan-kinerja PDF, filled afresh (load + fill + export): median %8.1f ms, p95 %8.1f ms, CPU of this thread %8.1f ms, "
                        + "of the JVM (all threads: lampiran, GC, JIT) %8.1f ms per print%n", ms(utuh, 50), ms(utuh, 95), ms(cpuUtuh, 50), proses / 1e6 / UKUR);
                duaUtas("laporan-kinerja PDF, filled afresh each time", () -> {
                    mesin.lupakanIsi();
                    seed.cetak(SeedDinas.LUMAJANG, p);
                });
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
            duaUtas("floor (bare Jasper), PDF", lantai::cetak);
            for (JenisLaporan j : List.of(JenisLaporan.IKU, JenisLaporan.PERJANJIAN_KINERJA)) {
                Permintaan p = new Permintaan(j, 2025, null, null, FormatBerkas.PDF);
                duaUtas(j.nama() + ", PDF", () -> seed.cetak(SeedDinas.LUMAJANG, p));
            }
            AtomicInteger urut = new AtomicInteger();
            duaUtas("the " + pdf.size() + " PDFs round robin", () -> seed.cetak(SeedDinas.LUMAJANG, pdf.get(urut.getAndIncrement() % pdf.size())));
        }
    }
}
