package id.kinerja.laporan.mesin;

import id.kinerja.laporan.FormatBerkas;
import jakarta.inject.Singleton;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRTemplate;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.xml.JRXmlTemplateLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
     * A parameter a document with a table of contents sets (to an empty map): the engine then fills it twice, the
     * second time with the page number of each anchor ({@code anchorNameExpression}) under its name.
     */
    public static final String HALAMAN = "HALAMAN";

    /** A parameter holding a list of further {@link Cetakan}: printed after the document, in the same PDF (appendices). */
    public static final String LAMPIRAN = "LAMPIRAN";

    private final SimpleJasperReportsContext konteks = new SimpleJasperReportsContext(DefaultJasperReportsContext.getInstance());
    private final Map<String, JasperReport> templat = new ConcurrentHashMap<>();
    private final List<JRTemplate> gaya;

    public Mesin() {
        konteks.setProperty("net.sf.jasperreports.awt.ignore.missing.font", "false");
        try (InputStream in = Mesin.class.getResourceAsStream(FOLDER + "gaya.jrtx")) {
            gaya = List.of(JRXmlTemplateLoader.getInstance(konteks).loadTemplate(in));
        } catch (IOException e) {
            throw new UncheckedIOException("gaya.jrtx tidak terbaca", e);
        }
    }

    private final SimpananIsi simpanan = new SimpananIsi();
    private final java.util.concurrent.atomic.LongAdder jumlahIsi = new java.util.concurrent.atomic.LongAdder();

    /**
     * Fills {@code cetakan} and exports it. A document (or lampiran) equal in every value to one printed before is not
     * filled again: its kept pages are exported ({@link SimpananIsi}), which gives the same file.
     */
    public byte[] cetak(Cetakan cetakan, FormatBerkas format) {
        List<SimpananIsi.Kunci> kunci = new ArrayList<>();
        List<JasperPrint> hasil = new ArrayList<>();
        hasil.add(isiAtauSimpanan(cetakan, format, kunci));
        if (format == FormatBerkas.PDF && cetakan.parameter().get(LAMPIRAN) instanceof List<?> lampiran) {
            // the appendices, each filled on its own and printed after the document, in the same PDF
            lampiran.forEach(c -> hasil.add(isiAtauSimpanan((Cetakan) c, FormatBerkas.PDF, kunci)));
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

    /** How many fills this engine has done (a document with contents counts two): for benches and tests. */
    public long jumlahIsi() {
        return jumlahIsi.sum();
    }

    /** Forgets every kept fill: the next print of each document fills it again (for benches and tests). */
    public void lupakanIsi() {
        simpanan.kosongkan();
    }

    private JasperPrint isiAtauSimpanan(Cetakan cetakan, FormatBerkas format, List<SimpananIsi.Kunci> kunci) {
        SimpananIsi.Kunci k = SimpananIsi.kunci(cetakan, format);
        kunci.add(k);
        JasperPrint ada = simpanan.pinjam(k);
        return ada != null ? ada : isi(cetakan, format);
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
            if (p.containsKey(HALAMAN) && format == FormatBerkas.PDF) {
                // A document with a table of contents: fill again, now knowing on which page each anchor landed.
                p.put(HALAMAN, halamanJangkar(hasil));
                hasil = JasperFillManager.getInstance(konteks).fill(templat(cetakan.templat()), p, Rekaman.dari(cetakan.baris()));
                jumlahIsi.increment();
            }
            return hasil;
        } catch (JRException e) {
            throw new IllegalStateException("Laporan " + cetakan.templat() + " gagal diisi: " + e.getMessage(), e);
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

    private static final Pattern SUBSET = Pattern.compile("/(BaseFont|FontName)\\s*/([A-Z]{6})\\+");
    private static final Pattern TANGGAL = Pattern.compile("/(CreationDate|ModDate)\\s*\\([^)]*\\)");
    private static final Pattern ID = Pattern.compile("/ID\\s*\\[<([0-9a-fA-F]{32})>\\s*<([0-9a-fA-F]{32})>]");

    /**
     * Makes a PDF depend on its content only, apart from its creation date: OpenPDF tags each embedded font subset
     * with six random letters and derives the file id from the clock. The tags become {@code KAAAAA}, {@code KAAAAB}…
     * in order of appearance, and the id the MD5 of the file without dates and id. Same-length replacements, so the
     * cross-reference offsets stay right. A locked quarter's document is then the same bytes each time it is printed.
     */
    static byte[] tetap(byte[] pdf) {
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        Map<String, String> tag = new LinkedHashMap<>();
        Matcher m = SUBSET.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            String baru = tag.computeIfAbsent(m.group(2), k -> tag(tag.size()));
            m.appendReplacement(out, Matcher.quoteReplacement(m.group().substring(0, m.start(2) - m.start()) + baru + "+"));
        }
        m.appendTail(out);
        String tetap = out.toString();
        String isi = ID.matcher(TANGGAL.matcher(tetap).replaceAll("")).replaceAll("");
        try {
            String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(isi.getBytes(StandardCharsets.ISO_8859_1)));
            tetap = ID.matcher(tetap).replaceAll("/ID [<" + md5 + "><" + md5 + ">]");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] hasil = tetap.getBytes(StandardCharsets.ISO_8859_1);
        if (hasil.length != pdf.length) {
            throw new IllegalStateException("PDF berubah panjang saat dibakukan");
        }
        return hasil;
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
