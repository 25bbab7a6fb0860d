package id.kinerja.laporan.mesin;

import id.kinerja.laporan.FormatBerkas;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRBoxContainer;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRLineBox;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JRTemplate;
import net.sf.jasperreports.engine.base.JRBoxPen;
import net.sf.jasperreports.engine.type.LineStyleEnum;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.fill.JRTemplatePrintText;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.xml.JRXmlTemplateLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The report engine: loads each compiled template once and keeps it, fills it from a {@link Cetakan} and exports
 * the result as PDF or XLSX. Pure computation on records: it never sees the database, so it runs after the data
 * is loaded and the connection returned. Thread-safe; templates are shared by all fills.
 * <p>
 * Every fill gets the shared styles ({@code gaya.jrtx}), the Indonesian locale and the Jakarta time zone, the
 * shared sub-reports as parameters {@code KEPALA} (title block with logo), {@code TANDATANGAN} (signature block)
 * and {@code KAKI} (page footer), and {@code XLSX} (true when the fill is for a workbook: no pagination, and a
 * template may show a sheet caption or hide what only paper needs).
 */
@Singleton
public final class Mesin {

    public static final Locale INDONESIA = Locale.of("id", "ID");
    public static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final String FOLDER = "/id/kinerja/laporan/templat/";

    /**
     * A parameter a document with a table of contents sets (to {@code true}): after its one fill the engine writes the
     * page of each anchor into the text fields that carry the property {@link #JANGKAR}.
     */
    public static final String HALAMAN = "HALAMAN";

    /**
     * A text field's property (its value: the name of an anchor) marking it as the page number of that anchor in the
     * contents. The template prints a one-line placeholder there; its text is replaced once the pages are known.
     */
    public static final String JANGKAR = "id.kinerja.halaman.jangkar";

    /** A parameter holding a list of further {@link Cetakan}: printed after the document, in the same PDF (appendices). */
    public static final String LAMPIRAN = "LAMPIRAN";

    private final SimpleJasperReportsContext konteks = new SimpleJasperReportsContext(DefaultJasperReportsContext.getInstance());
    private final Map<String, JasperReport> templat = new ConcurrentHashMap<>();
    private final List<JRTemplate> gaya;
    private final SimpananIsi simpanan = new SimpananIsi();

    /** Fills the lampiran beside their document; idle threads end after a minute. */
    private final ThreadPoolExecutor pembantu = new ThreadPoolExecutor(Runtime.getRuntime().availableProcessors(),
            Runtime.getRuntime().availableProcessors(), 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
            Thread.ofPlatform().name("mesin-lampiran-", 1).daemon().factory());

    private final java.util.concurrent.atomic.LongAdder jumlahIsi = new java.util.concurrent.atomic.LongAdder();

    public Mesin() {
        pembantu.allowCoreThreadTimeOut(true);
        konteks.setProperty("net.sf.jasperreports.awt.ignore.missing.font", "false");
        // Indonesian (Latin) text only: no Unicode block is sent to the glyph renderer (JasperReports lists Indic and
        // other complex scripts by default), so the PDF export no longer looks up the block of every character of every
        // text. The same renderer is chosen as before for Latin text: the same file.
        konteks.setProperty("net.sf.jasperreports.export.pdf.glyph.renderer.blocks.default", "");
        // OpenPDF lays out left-to-right text without the bidirectional algorithm when it needs none (same file)
        konteks.setProperty("net.sf.jasperreports.export.pdf.producer.factory", ProdusenPdf.class.getName());
        // our own element properties (JANGKAR) are copied onto the filled elements
        konteks.setProperty("net.sf.jasperreports.print.transfer.kinerja", "id.kinerja.");
        try (InputStream in = Mesin.class.getResourceAsStream(FOLDER + "gaya.jrtx")) {
            gaya = List.of(JRXmlTemplateLoader.getInstance(konteks).loadTemplate(in));
        } catch (IOException e) {
            throw new UncheckedIOException("gaya.jrtx tidak terbaca", e);
        }
    }

    /**
     * Fills {@code cetakan} and exports it. A document (or lampiran) equal in every value to one printed before is not
     * filled again: its kept pages are exported ({@link SimpananIsi}), which gives the same file.
     */
    public byte[] cetak(Cetakan cetakan, FormatBerkas format) {
        List<SimpananIsi.Kunci> kunci = new ArrayList<>();
        List<FutureTask<JasperPrint>> lampiran = new ArrayList<>();
        if (format == FormatBerkas.PDF && cetakan.parameter().get(LAMPIRAN) instanceof List<?> daftar) {
            // The appendices, each filled on its own and printed after the document, in the same PDF. One not kept is
            // filled beside the document on a spare core, or, when none is free by then, by this thread after it.
            kunci.add(null); // the document's own, below
            for (Object o : daftar) {
                Cetakan c = (Cetakan) o;
                SimpananIsi.Kunci k = SimpananIsi.kunci(c, FormatBerkas.PDF);
                kunci.add(k);
                JasperPrint ada = simpanan.pinjam(k);
                FutureTask<JasperPrint> tugas = new FutureTask<>(ada != null ? () -> ada : () -> isi(c, FormatBerkas.PDF));
                if (ada == null) {
                    pembantu.execute(tugas);
                }
                lampiran.add(tugas);
            }
        }
        List<JasperPrint> hasil = new ArrayList<>();
        SimpananIsi.Kunci k = SimpananIsi.kunci(cetakan, format);
        if (kunci.isEmpty()) {
            kunci.add(k);
        } else {
            kunci.set(0, k);
        }
        JasperPrint ada = simpanan.pinjam(k);
        hasil.add(ada != null ? ada : isi(cetakan, format));
        for (FutureTask<JasperPrint> tugas : lampiran) {
            tugas.run(); // does nothing when the spare thread has it already
            hasil.add(selesai(tugas));
        }
        byte[] berkas = switch (format) {
            case PDF -> pdf(hasil, cetakan);
            case XLSX -> xlsx(hasil.getFirst());
        };
        for (int i = 0; i < hasil.size(); i++) {
            simpanan.kembalikan(kunci.get(i), hasil.get(i));
        }
        return berkas;
    }

    /** How many fills this engine has done: for benches and tests. */
    public long jumlahIsi() {
        return jumlahIsi.sum();
    }

    /** Forgets every kept fill: the next print of each document fills it again (for benches and tests). */
    public void lupakanIsi() {
        simpanan.kosongkan();
    }

    private static JasperPrint selesai(FutureTask<JasperPrint> tugas) {
        try {
            return tugas.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Pengisian lampiran terputus", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @PreDestroy
    void tutup() {
        pembantu.shutdownNow();
    }

    /** The compiled template {@code nama} (from {@code templat/nama.jasper}), loaded on first use and kept. */
    public JasperReport templat(String nama) {
        return templat.computeIfAbsent(nama, n -> {
            try (InputStream in = Mesin.class.getResourceAsStream(FOLDER + n + ".jasper")) {
                if (in == null) {
                    throw new IllegalArgumentException("Templat " + n + " tidak ada (dikompilasi saat build?)");
                }
                return (JasperReport) JRLoader.loadObject(konteks, in);
            } catch (IOException | JRException e) {
                throw new IllegalStateException("Templat " + n + " tidak dapat dimuat", e);
            }
        });
    }

    JasperPrint isi(Cetakan cetakan, FormatBerkas format) {
        Map<String, Object> p = new HashMap<>(cetakan.parameter());
        p.put(JRParameter.REPORT_LOCALE, INDONESIA);
        p.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone(JAKARTA));
        p.put(JRParameter.REPORT_TEMPLATES, gaya);
        p.put("KEPALA", templat("kepala"));
        p.put("TANDATANGAN", templat("tandatangan"));
        p.put("KAKI", templat("kaki"));
        p.put("XLSX", format == FormatBerkas.XLSX);
        cetakan.subreport().forEach(n -> p.put(n.toUpperCase(Locale.ROOT).replace('-', '_'), templat(n)));
        if (format == FormatBerkas.XLSX) {
            p.put(JRParameter.IS_IGNORE_PAGINATION, Boolean.TRUE);
        }
        try {
            JasperPrint hasil = JasperFillManager.getInstance(konteks).fill(templat(cetakan.templat()), p, Rekaman.dari(cetakan.baris()));
            jumlahIsi.increment();
            garisSendiri(hasil);
            if (p.containsKey(HALAMAN) && format == FormatBerkas.PDF) {
                // A document with a table of contents: the pages of its anchors are known now; the number fields
                // hold a one-line placeholder of the same font, so writing the numbers in changes no layout.
                tulisHalaman(hasil);
            }
            return hasil;
        } catch (JRException e) {
            throw new IllegalStateException("Laporan " + cetakan.templat() + " gagal diisi: " + e.getMessage(), e);
        }
    }

    /**
     * Gives every box of a filled document (cell borders and paddings) its resolved values as its own: the PDF export
     * asks each border of each cell for its width, style and colour, and every such question walked the style chain
     * ({@code Sel} → {@code Dasar}) again, some 7 % of an export in the profile. The values are the ones the styles
     * give, so the file is the same. A box is shared by the elements of one template; each is done once.
     */
    static void garisSendiri(JasperPrint hasil) {
        Set<JRLineBox> sudah = Collections.newSetFromMap(new IdentityHashMap<>());
        for (JRPrintPage page : hasil.getPages()) {
            garisSendiri(page.getElements(), sudah);
        }
    }

    private static void garisSendiri(List<JRPrintElement> elemen, Set<JRLineBox> sudah) {
        for (JRPrintElement e : elemen) {
            if (e instanceof JRBoxContainer kotak && kotak.getLineBox() != null && sudah.add(kotak.getLineBox())) {
                garisSendiri(kotak.getLineBox());
            }
            if (e instanceof JRPrintFrame bingkai) {
                garisSendiri(bingkai.getElements(), sudah);
            }
        }
    }

    /** Every value resolved first, then set: no resolution in this pass sees a value set by it. */
    private static void garisSendiri(JRLineBox kotak) {
        JRBoxPen[] pena = {kotak.getPen(), kotak.getTopPen(), kotak.getLeftPen(), kotak.getBottomPen(), kotak.getRightPen()};
        Float[] tebal = new Float[pena.length];
        LineStyleEnum[] gaya = new LineStyleEnum[pena.length];
        Color[] warna = new Color[pena.length];
        for (int i = 0; i < pena.length; i++) {
            tebal[i] = pena[i].getLineWidth();
            gaya[i] = pena[i].getLineStyle();
            warna[i] = pena[i].getLineColor();
        }
        Integer[] jarak = {kotak.getPadding(), kotak.getTopPadding(), kotak.getLeftPadding(), kotak.getBottomPadding(),
                kotak.getRightPadding()};
        for (int i = 0; i < pena.length; i++) {
            pena[i].setLineWidth(tebal[i]);
            pena[i].setLineStyle(gaya[i]);
            pena[i].setLineColor(warna[i]);
        }
        kotak.setPadding(jarak[0]);
        kotak.setTopPadding(jarak[1]);
        kotak.setLeftPadding(jarak[2]);
        kotak.setBottomPadding(jarak[3]);
        kotak.setRightPadding(jarak[4]);
    }

    /** Writes into every text field marked {@link #JANGKAR} the page of its anchor (nothing when there is none). */
    static void tulisHalaman(JasperPrint hasil) {
        Map<String, Integer> halaman = halamanJangkar(hasil);
        for (JRPrintPage page : hasil.getPages()) {
            tulisHalaman(page.getElements(), halaman);
        }
    }

    private static void tulisHalaman(List<JRPrintElement> elemen, Map<String, Integer> halaman) {
        for (JRPrintElement e : elemen) {
            if (e instanceof JRPrintFrame bingkai) {
                tulisHalaman(bingkai.getElements(), halaman);
            } else if (e instanceof JRPrintText teks && e.hasProperties() && e.getPropertiesMap().getProperty(JANGKAR) != null) {
                Integer h = halaman.get(e.getPropertiesMap().getProperty(JANGKAR));
                String nomor = h == null ? "" : String.valueOf(h);
                teks.setText(nomor);
                if (teks instanceof JRTemplatePrintText t) {
                    t.setValue(nomor);
                }
            }
        }
    }

    /** The page (from 1) of every anchor of a filled document. */
    static Map<String, Integer> halamanJangkar(JasperPrint hasil) {
        Map<String, Integer> halaman = new HashMap<>();
        hasil.getAnchorIndexes().forEach((nama, indeks) -> halaman.put(nama, indeks.getPageIndex() + 1));
        return halaman;
    }

    private byte[] pdf(List<JasperPrint> hasil, Cetakan cetakan) {
        JRPdfExporter exporter = new JRPdfExporter(konteks);
        SimplePdfExporterConfiguration conf = new SimplePdfExporterConfiguration();
        conf.setMetadataTitle(cetakan.judul());
        conf.setMetadataAuthor(cetakan.pengarang());
        conf.setMetadataCreator("Kinerja");
        // page content and fonts are compressed anyway; full compression would also pack the font dictionaries into
        // object streams, where tetap() cannot reach their random subset names
        conf.setCompressed(false);
        exporter.setConfiguration(conf);
        return tetap(ekspor(exporter, SimpleExporterInput.getInstance(hasil)));
    }

    private static final byte[][] NAMA_HURUF = {bita("/BaseFont"), bita("/FontName")};
    private static final byte[][] NAMA_TANGGAL = {bita("/CreationDate"), bita("/ModDate")};
    private static final byte[] NAMA_ID = bita("/ID");

    /**
     * Makes a PDF depend on its content only, apart from its creation date: OpenPDF tags each embedded font subset
     * with six random letters and derives the file id from the clock. The tags become {@code KAAAAA}, {@code KAAAAB}…
     * in order of appearance, and the id the MD5 of the file without dates and id. Same-length replacements, so the
     * cross-reference offsets stay right. A locked quarter's document is then the same bytes each time it is printed.
     * Works on the bytes in one pass each (the file is some hundreds of KB, mostly compressed streams).
     */
    static byte[] tetap(byte[] pdf) {
        byte[] out = pdf.clone();
        Map<String, String> tag = new LinkedHashMap<>();
        List<int[]> tanpa = new ArrayList<>(); // [from, to) left out of the MD5: dates and id
        List<int[]> id = new ArrayList<>();
        for (int i = 0; i < out.length; i++) {
            if (out[i] != '/') {
                continue;
            }
            int akhir;
            if ((akhir = subset(out, i)) > 0) {
                String lama = new String(out, akhir - 7, 6, StandardCharsets.ISO_8859_1);
                byte[] baru = tag.computeIfAbsent(lama, k -> tag(tag.size())).getBytes(StandardCharsets.ISO_8859_1);
                System.arraycopy(baru, 0, out, akhir - 7, 6);
                i = akhir - 1;
            } else if ((akhir = tanggal(out, i)) > 0) {
                tanpa.add(new int[]{i, akhir});
                i = akhir - 1;
            } else if ((akhir = idBerkas(out, i)) > 0) {
                tanpa.add(new int[]{i, akhir});
                id.add(new int[]{i, akhir});
                i = akhir - 1;
            }
        }
        try {
            MessageDigest md = MessageDigest.getInstance("MD5");
            int dari = 0;
            for (int[] r : tanpa) {
                md.update(out, dari, r[0] - dari);
                dari = r[1];
            }
            md.update(out, dari, out.length - dari);
            String md5 = HexFormat.of().formatHex(md.digest());
            byte[] baru = ("/ID [<" + md5 + "><" + md5 + ">]").getBytes(StandardCharsets.ISO_8859_1);
            for (int[] r : id) {
                if (r[1] - r[0] != baru.length) {
                    throw new IllegalStateException("PDF berubah panjang saat dibakukan");
                }
                System.arraycopy(baru, 0, out, r[0], baru.length);
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static byte[] bita(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static boolean di(byte[] b, int i, byte[] kata) {
        if (i + kata.length > b.length) {
            return false;
        }
        for (int k = 0; k < kata.length; k++) {
            if (b[i + k] != kata[k]) {
                return false;
            }
        }
        return true;
    }

    /** Regex {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static int lewatiSpasi(byte[] b, int i) {
        while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == 0x0B || b[i] == '\f' || b[i] == '\r')) {
            i++;
        }
        return i;
    }

    /** {@code /BaseFont /ABCDEF+} or {@code /FontName /ABCDEF+} at {@code i}: the index after the {@code +}, else -1. */
    private static int subset(byte[] b, int i) {
        for (byte[] nama : NAMA_HURUF) {
            if (di(b, i, nama)) {
                int j = lewatiSpasi(b, i + nama.length);
                if (j + 8 <= b.length && b[j] == '/') {
                    for (int k = 1; k <= 6; k++) {
                        if (b[j + k] < 'A' || b[j + k] > 'Z') {
                            return -1;
                        }
                    }
                    return b[j + 7] == '+' ? j + 8 : -1;
                }
                return -1;
            }
        }
        return -1;
    }

    /** {@code /CreationDate (…)} or {@code /ModDate (…)} at {@code i}: the index after the {@code )}, else -1. */
    private static int tanggal(byte[] b, int i) {
        for (byte[] nama : NAMA_TANGGAL) {
            if (di(b, i, nama)) {
                int j = lewatiSpasi(b, i + nama.length);
                if (j < b.length && b[j] == '(') {
                    for (int k = j + 1; k < b.length; k++) {
                        if (b[k] == ')') {
                            return k + 1;
                        }
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    /** {@code /ID [<32 hex><32 hex>]} (spaces allowed where the pattern allowed them) at {@code i}: the index after it, else -1. */
    private static int idBerkas(byte[] b, int i) {
        if (!di(b, i, NAMA_ID)) {
            return -1;
        }
        int j = lewatiSpasi(b, i + NAMA_ID.length);
        if (j >= b.length || b[j] != '[') {
            return -1;
        }
        j = heks(b, j + 1);
        if (j < 0) {
            return -1;
        }
        j = heks(b, lewatiSpasi(b, j));
        return j >= 0 && j < b.length && b[j] == ']' ? j + 1 : -1;
    }

    /** {@code <32 hex>} at {@code i}: the index after it, else -1. */
    private static int heks(byte[] b, int i) {
        if (i + 34 > b.length || b[i] != '<' || b[i + 33] != '>') {
            return -1;
        }
        for (int k = i + 1; k <= i + 32; k++) {
            if (Character.digit(b[k], 16) < 0) {
                return -1;
            }
        }
        return i + 34;
    }

    private static String tag(int n) {
        char[] c = "KAAAAA".toCharArray();
        for (int i = 5; i > 0 && n > 0; i--, n /= 26) {
            c[i] = (char) ('A' + n % 26);
        }
        return new String(c);
    }

    private byte[] xlsx(JasperPrint hasil) {
        JRXlsxExporter exporter = new JRXlsxExporter(konteks);
        SimpleXlsxReportConfiguration conf = new SimpleXlsxReportConfiguration();
        conf.setDetectCellType(true);
        conf.setRemoveEmptySpaceBetweenRows(true);
        conf.setRemoveEmptySpaceBetweenColumns(true);
        conf.setWhitePageBackground(false);
        conf.setCollapseRowSpan(false);
        conf.setOnePagePerSheet(false);
        conf.setWrapText(true);
        exporter.setConfiguration(conf);
        return ekspor(exporter, new SimpleExporterInput(hasil));
    }

    private static byte[] ekspor(net.sf.jasperreports.export.Exporter<net.sf.jasperreports.export.ExporterInput, ?, ?,
            net.sf.jasperreports.export.OutputStreamExporterOutput> exporter, SimpleExporterInput masukan) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        exporter.setExporterInput(masukan);
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        try {
            exporter.exportReport();
        } catch (JRException e) {
            throw new IllegalStateException("Ekspor laporan gagal: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
