package id.kinerja.laporan;

import id.kinerja.tenant.TenantRef;
import id.kinerja.tenant.TenantScope;
import id.kinerja.testing.Dinas;
import id.kinerja.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** The four seed dinas in a fresh database, and helpers to print their documents and read them back. */
final class SeedDinas implements AutoCloseable {

    static final String LUMAJANG = "lumajang-diskopukmperindag";
    static final String DISKOPUM = "lumajang-diskopum";
    static final String PASURUAN = "pasuruan-diskopum";
    static final String KOTA = "kota-diskopumdag";
    /** Where the page images and files go, to be looked at. */
    static final Path KELUARAN = Path.of("target", "laporan");

    final ApplicationContext context;
    final Map<String, TenantRef> dinas = new LinkedHashMap<>();

    SeedDinas() {
        this(Map.of());
    }

    /** With extra settings, e.g. a tiny pool ({@code kinerja.database.pool-size}). */
    SeedDinas(Map<String, Object> tambahan) {
        Map<String, Object> properties = new java.util.HashMap<>(TestDatabase.freshDatabase());
        properties.putAll(tambahan);
        context = ApplicationContext.run(properties);
        for (String slug : new String[]{LUMAJANG, DISKOPUM, PASURUAN, KOTA}) {
            dinas.put(slug, Dinas.dariSeed(context, slug));
        }
    }

    <T> T sebagai(String slug, Supplier<T> kerja) {
        return context.getBean(TenantScope.class).call(dinas.get(slug), kerja);
    }

    /** Another dinas {@code slug} filled from the seed {@code dari}. */
    void salin(String dari, String slug) {
        dinas.put(slug, Dinas.dariSeed(context, dari, slug));
    }

    Berkas cetak(String slug, Permintaan p) {
        return sebagai(slug, () -> context.getBean(LaporanService.class).buat(p));
    }

    /** The PDF's text, whitespace (line ends of wrapped cells) folded to single spaces. */
    static String teks(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of page {@code n} (from 1) alone, whitespace folded as in {@link #teks}. */
    static String teks(byte[] pdf, int n) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(n);
            s.setEndPage(n);
            return s.getText(doc).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The smallest font size (pt) at which {@code teks} is printed, wherever it stands whole on one line; 0 when it
     * stands nowhere whole on a line (broken over two lines, or absent). A number squeezed into a narrow column by
     * textAdjust="ScaleFont" shows here as a smaller size.
     */
    static float ukuranHuruf(byte[] pdf, String teks) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            float[] kecil = {Float.MAX_VALUE};
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String baris, java.util.List<org.apache.pdfbox.text.TextPosition> posisi) throws IOException {
                    for (int i = baris.indexOf(teks); i >= 0; i = baris.indexOf(teks, i + 1)) {
                        if (baris.length() == posisi.size()) {
                            for (int k = i; k < i + teks.length(); k++) {
                                kecil[0] = Math.min(kecil[0], posisi.get(k).getFontSizeInPt());
                            }
                        }
                    }
                    super.writeString(baris, posisi);
                }
            };
            s.getText(doc);
            return kecil[0] == Float.MAX_VALUE ? 0 : kecil[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int halaman(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the file and an image of each of its first {@code n} pages into target/laporan, to look at. */
    static void simpan(Berkas b, int n) {
        simpan(b, n, KELUARAN);
    }

    static void simpan(Berkas b, int n, Path folder) {
        try {
            Files.createDirectories(folder);
            Files.write(folder.resolve(b.nama()), b.isi());
            if (!b.nama().endsWith(".pdf")) {
                return;
            }
            try (PDDocument doc = Loader.loadPDF(b.isi())) {
                PDFRenderer r = new PDFRenderer(doc);
                for (int i = 0; i < Math.min(n, doc.getNumberOfPages()); i++) {
                    ImageIO.write(r.renderImageWithDPI(i, 110, ImageType.RGB), "png",
                            folder.resolve(b.nama().replace(".pdf", "-" + (i + 1) + ".png")).toFile());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
