package id.kinerja.laporan.grafik;

import id.kinerja.laporan.mesin.Berkunci;
import io.micronaut.core.annotation.Nullable;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/**
 * The multi-year trend of one indicator: target and realisation per year as bars, in the documents' typeface and
 * Indonesian number format, drawn with JFreeChart. The chart is built once and drawn wherever it is needed: into
 * a PDF page as vectors ({@link #gambar}), as SVG ({@link #svg}) or as a PNG ({@link #png}) for a screen. Years without a value are left
 * without a bar (never drawn as 0). Plotting uses doubles; the numbers printed beside the chart stay exact.
 */
public final class GrafikTren {

    private static final Color TARGET = new Color(0x9E, 0xB7, 0xD6);
    private static final Color REALISASI = new Color(0x1F, 0x4E, 0x8C);
    static final Font HURUF = huruf();

    private GrafikTren() {
    }

    /** One year: its target and realisation, each null when not known. */
    public record Titik(int tahun, @Nullable BigDecimal target, @Nullable BigDecimal realisasi) {
    }

    /** The chart of {@code titik} (in year order); {@code satuan} labels the value axis. */
    public static JFreeChart buat(@Nullable String judul, @Nullable String satuan, List<Titik> titik) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Titik t : titik) {
            String tahun = String.valueOf(t.tahun());
            data.addValue(t.target() == null ? null : t.target(), "Target", tahun);
            data.addValue(t.realisasi() == null ? null : t.realisasi(), "Realisasi", tahun);
        }
        CategoryAxis sumbuTahun = new CategoryAxis(null);
        sumbuTahun.setTickLabelFont(HURUF.deriveFont(9f));
        sumbuTahun.setCategoryMargin(0.25);
        NumberAxis sumbuNilai = new NumberAxis(satuan);
        sumbuNilai.setLabelFont(HURUF.deriveFont(9f));
        sumbuNilai.setTickLabelFont(HURUF.deriveFont(8f));
        sumbuNilai.setNumberFormatOverride(formatAngka());
        sumbuNilai.setAutoRangeIncludesZero(true);
        BarRenderer batang = new BarRenderer();
        batang.setBarPainter(new StandardBarPainter());
        batang.setShadowVisible(false);
        batang.setSeriesPaint(0, TARGET);
        batang.setSeriesPaint(1, REALISASI);
        batang.setItemMargin(0.05);
        batang.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", formatLabel()));
        batang.setDefaultItemLabelsVisible(true);
        batang.setDefaultItemLabelFont(HURUF.deriveFont(7.5f));
        CategoryPlot plot = new CategoryPlot(data, sumbuTahun, sumbuNilai, batang);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xCC, 0xCC, 0xCC));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        JFreeChart grafik = new JFreeChart(null, HURUF.deriveFont(Font.BOLD, 10f), plot, true);
        if (judul != null) {
            grafik.setTitle(new TextTitle(judul, HURUF.deriveFont(Font.BOLD, 10f)));
        }
        grafik.setBackgroundPaint(Color.WHITE);
        grafik.setAntiAlias(true);
        LegendTitle legenda = grafik.getLegend();
        legenda.setItemFont(HURUF.deriveFont(8.5f));
        legenda.setFrame(BlockBorder.NONE);
        legenda.setPosition(RectangleEdge.BOTTOM);
        return grafik;
    }

    /** The chart as a picture a Jasper image element draws as vectors (no resolution of its own). */
    public static Object gambar(JFreeChart grafik) {
        return new net.sf.jasperreports.charts.util.DrawChartRendererImpl(grafik, null);
    }

    /**
     * The chart of {@link #buat}{@code (judul, satuan, titik)} as such a picture, knowing what it draws: a document
     * printed again with the same charts is recognised as unchanged ({@link Berkunci}).
     */
    public static Object gambar(@Nullable String judul, @Nullable String satuan, List<Titik> titik) {
        return new Gambar(judul, satuan, titik);
    }

    private static final class Gambar extends net.sf.jasperreports.charts.util.DrawChartRendererImpl implements Berkunci {

        private static final long serialVersionUID = 1L;

        private final List<Object> kunci;

        Gambar(@Nullable String judul, @Nullable String satuan, List<Titik> titik) {
            super(buat(judul, satuan, titik), null);
            kunci = java.util.Arrays.asList(judul, satuan, List.copyOf(titik));
        }

        @Override
        public Object kunci() {
            return kunci;
        }
    }

    /** The chart as a PNG of {@code lebar} × {@code tinggi} points at {@code dpi}. */
    public static byte[] png(JFreeChart grafik, int lebar, int tinggi, int dpi) {
        double skala = dpi / 72.0;
        BufferedImage img = new BufferedImage((int) Math.round(lebar * skala), (int) Math.round(tinggi * skala), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(skala, skala);
            grafik.draw(g, new Rectangle2D.Double(0, 0, lebar, tinggi));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The chart as an SVG document of {@code lebar} × {@code tinggi} (drawn by Batik's SVG graphics: vectors, text as
     * text), for a page that shows it inline. Starts at {@code <svg}, without an XML declaration.
     */
    public static String svg(JFreeChart grafik, int lebar, int tinggi) {
        org.w3c.dom.Document dok = org.apache.batik.dom.GenericDOMImplementation.getDOMImplementation()
                .createDocument("http://www.w3.org/2000/svg", "svg", null);
        org.apache.batik.svggen.SVGGraphics2D g = new org.apache.batik.svggen.SVGGraphics2D(dok);
        g.setSVGCanvasSize(new java.awt.Dimension(lebar, tinggi));
        grafik.draw(g, new Rectangle2D.Double(0, 0, lebar, tinggi));
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            g.stream(g.getRoot(), out, true, false);
        } catch (org.apache.batik.svggen.SVGGraphics2DIOException e) {
            throw new UncheckedIOException(new IOException(e));
        } finally {
            g.dispose();
        }
        String teks = out.toString();
        int awal = teks.indexOf("<svg");
        return awal < 0 ? teks : teks.substring(awal);
    }

    /**
     * The points of an indicator's trend up to {@code tahun}: the earlier years of its history, each measured to its
     * end, and {@code tahun} as {@code sekarang} stands (the quarter shown), in year order.
     */
    public static List<Titik> dariRiwayat(id.kinerja.capaian.CapaianService.Riwayat riwayat, int tahun,
                                          id.kinerja.capaian.PohonCapaian.IndikatorCapaian sekarang) {
        List<Titik> titik = new java.util.ArrayList<>();
        for (id.kinerja.capaian.CapaianService.Riwayat.Tahun t : riwayat.tahun()) {
            if (t.tahun() < tahun) {
                titik.add(new Titik(t.tahun(), t.capaian().targetTahunan(), t.capaian().realisasi()));
            }
        }
        titik.add(new Titik(tahun, sekarang.targetTahunan(), sekarang.realisasi()));
        return titik;
    }

    /**
     * The value axis: Indonesian digits with up to four decimals, so an indicator of small values (0,0025 …) gets ticks
     * that differ, not a column of "0,01 0,01 0 0" (the doubles plotted lose nothing visible at four decimals).
     */
    private static DecimalFormat formatAngka() {
        return formatAngka("#,##0.####");
    }

    private static DecimalFormat formatAngka(String pola) {
        DecimalFormatSymbols simbol = new DecimalFormatSymbols(Locale.ROOT);
        simbol.setGroupingSeparator('.');
        simbol.setDecimalSeparator(',');
        return new DecimalFormat(pola, simbol);
    }

    /** A bar's label: two decimals as the documents print them, four below 1 (so 0,0075 is not shown as 0,01). */
    private static java.text.NumberFormat formatLabel() {
        DecimalFormat dua = formatAngka("#,##0.##");
        DecimalFormat empat = formatAngka();
        return new java.text.NumberFormat() {
            @Override
            public StringBuffer format(double v, StringBuffer ke, java.text.FieldPosition pos) {
                return (Math.abs(v) >= 1 ? dua : empat).format(v, ke, pos);
            }

            @Override
            public StringBuffer format(long v, StringBuffer ke, java.text.FieldPosition pos) {
                return dua.format(v, ke, pos);
            }

            @Override
            public Number parse(String teks, java.text.ParsePosition pos) {
                return dua.parse(teks, pos);
            }
        };
    }

    /** The documents' typeface (DejaVu Sans Condensed from jasperreports-fonts), so no system font is needed. */
    private static Font huruf() {
        try (InputStream in = GrafikTren.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/DejaVuSansCondensed.ttf")) {
            if (in == null) {
                return new Font(Font.SANS_SERIF, Font.PLAIN, 10);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(10f);
        } catch (IOException | FontFormatException e) {
            return new Font(Font.SANS_SERIF, Font.PLAIN, 10);
        }
    }
}
