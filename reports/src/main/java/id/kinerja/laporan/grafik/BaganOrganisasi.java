package id.kinerja.laporan.grafik;

import id.kinerja.laporan.mesin.Berkunci;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.DimensionRenderable;
import net.sf.jasperreports.renderers.Graphics2DRenderable;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.Dimension2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The struktur organisasi of a dinas as a vector drawing (Java2D): the head on top, the units directly under it in a
 * row joined by an elbow connector, and the units under those stacked below each, joined by a spine on their left.
 * Boxes wrap their names to fit; the drawing is laid out at A4 text width (points) and scaled uniformly into the
 * rectangle it is given, so a Jasper image element draws it as vectors in a PDF ({@link #png} draws it for a screen).
 */
public final class BaganOrganisasi extends AbstractRenderer implements Graphics2DRenderable, DimensionRenderable, Berkunci {

    private static final long serialVersionUID = 1L;

    /** A unit: its name and the units under it, in order. */
    public record Unit(String nama, List<Unit> anak) implements Serializable {
        public Unit {
            anak = List.copyOf(anak);
        }
    }

    private static final double LEBAR = 515;
    private static final double JARAK = 8;
    private static final double TINGGI_BARIS = 9.6;
    private static final double PADDING = 5;
    private static final double JARAK_TINGKAT = 20;
    private static final double INDEN = 10;
    private static final Color GARIS = new Color(0x1F, 0x4E, 0x8C);
    private static final Color KEPALA = new Color(0xDC, 0xE6, 0xF2);
    private static final Color TINGKAT1 = new Color(0xEE, 0xF3, 0xF9);
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private final Unit akar;
    private transient Tata tata;

    public BaganOrganisasi(Unit akar) {
        this.akar = akar;
    }

    /** What is drawn: the tree of units (the layout follows from it alone). */
    @Override
    public Object kunci() {
        return akar;
    }

    /** The laid-out boxes and lines. */
    private record Kotak(double x, double y, double w, double h, List<String> baris, boolean tebal, Color isi) {
    }

    private record Tata(List<Kotak> kotak, List<Line2D> garis, double tinggi) {
    }

    private static Font huruf(boolean tebal) {
        return GrafikTren.HURUF.deriveFont(tebal ? Font.BOLD : Font.PLAIN, 8f);
    }

    private Tata tata() {
        if (tata == null) {
            tata = susun();
        }
        return tata;
    }

    private Tata susun() {
        List<Kotak> kotak = new ArrayList<>();
        List<Line2D> garis = new ArrayList<>();
        List<String> bKepala = bungkus(akar.nama(), 170 - 2 * PADDING, true);
        double hKepala = tinggi(bKepala);
        Kotak kepala = new Kotak((LEBAR - 170) / 2, 0, 170, hKepala, bKepala, true, KEPALA);
        kotak.add(kepala);
        int n = akar.anak().size();
        if (n == 0) {
            return new Tata(kotak, garis, hKepala + 1);
        }
        double w = Math.min(130, (LEBAR - JARAK * (n - 1)) / n);
        double kiri = (LEBAR - (w * n + JARAK * (n - 1))) / 2;
        double y1 = hKepala + 2 * JARAK_TINGKAT;
        double rel = hKepala + JARAK_TINGKAT;
        double cx = LEBAR / 2;
        garis.add(new Line2D.Double(cx, hKepala, cx, rel));
        // the level-1 boxes of a row share one height, so the row reads as a row
        List<List<String>> teks1 = new ArrayList<>();
        double h1 = 0;
        for (Unit u : akar.anak()) {
            List<String> b = bungkus(u.nama(), w - 2 * PADDING, true);
            teks1.add(b);
            h1 = Math.max(h1, tinggi(b));
        }
        double bawah = y1 + h1;
        double xAwal = kiri + w / 2;
        double xAkhir = kiri + (n - 1) * (w + JARAK) + w / 2;
        garis.add(new Line2D.Double(Math.min(xAwal, cx), rel, Math.max(xAkhir, cx), rel));
        for (int i = 0; i < n; i++) {
            Unit u = akar.anak().get(i);
            double x = kiri + i * (w + JARAK);
            garis.add(new Line2D.Double(x + w / 2, rel, x + w / 2, y1));
            kotak.add(new Kotak(x, y1, w, h1, teks1.get(i), true, TINGKAT1));
            double y = y1 + h1;
            y = tumpuk(u, x, y, w, 0, kotak, garis);
            bawah = Math.max(bawah, y);
        }
        return new Tata(kotak, garis, bawah + 1);
    }

    /** The units under {@code u} stacked below its box (left edge {@code x}, width {@code w}); returns the lowest y. */
    private static double tumpuk(Unit u, double x, double yInduk, double w, int dalam, List<Kotak> kotak, List<Line2D> garis) {
        if (u.anak().isEmpty()) {
            return yInduk;
        }
        double spine = x + INDEN / 2;
        double xa = x + INDEN;
        double wa = w - INDEN;
        double y = yInduk;
        double tengahTerakhir = yInduk;
        for (Unit a : u.anak()) {
            y += JARAK;
            List<String> b = bungkus(a.nama(), wa - 2 * PADDING, false);
            double h = tinggi(b);
            kotak.add(new Kotak(xa, y, wa, h, b, false, Color.WHITE));
            tengahTerakhir = y + h / 2;
            garis.add(new Line2D.Double(spine, tengahTerakhir, xa, tengahTerakhir));
            y = tumpuk(a, xa, y + h, wa, dalam + 1, kotak, garis);
        }
        garis.add(new Line2D.Double(spine, yInduk, spine, tengahTerakhir));
        return y;
    }

    private static double tinggi(List<String> baris) {
        return baris.size() * TINGGI_BARIS + 2 * PADDING;
    }

    /** {@code teks} broken at spaces into lines no wider than {@code lebar} (a longer word stands on its own line). */
    static List<String> bungkus(String teks, double lebar, boolean tebal) {
        Font f = huruf(tebal);
        List<String> out = new ArrayList<>();
        StringBuilder baris = new StringBuilder();
        for (String kata : teks.strip().split("\\s+")) {
            String coba = baris.isEmpty() ? kata : baris + " " + kata;
            if (baris.isEmpty() || f.getStringBounds(coba, FRC).getWidth() <= lebar) {
                baris.setLength(0);
                baris.append(coba);
            } else {
                out.add(baris.toString());
                baris.setLength(0);
                baris.append(kata);
            }
        }
        out.add(baris.toString());
        return out;
    }

    /** The natural size in points: A4 text width, and as tall as the units need. */
    @Override
    public Dimension2D getDimension(JasperReportsContext context) {
        return new java.awt.Dimension((int) LEBAR, (int) Math.ceil(tata().tinggi()));
    }

    @Override
    public void render(JasperReportsContext context, Graphics2D g, Rectangle2D area) {
        gambar(g, area);
    }

    private void gambar(Graphics2D g0, Rectangle2D area) {
        Tata t = tata();
        Graphics2D g = (Graphics2D) g0.create();
        try {
            double skala = Math.min(area.getWidth() / LEBAR, area.getHeight() / t.tinggi());
            g.translate(area.getX() + (area.getWidth() - LEBAR * skala) / 2, area.getY() + (area.getHeight() - t.tinggi() * skala) / 2);
            g.scale(skala, skala);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(GARIS);
            g.setStroke(new BasicStroke(0.8f));
            for (Line2D l : t.garis()) {
                g.draw(l);
            }
            for (Kotak k : t.kotak()) {
                Rectangle2D r = new Rectangle2D.Double(k.x(), k.y(), k.w(), k.h());
                g.setColor(k.isi());
                g.fill(r);
                g.setColor(GARIS);
                g.draw(r);
                g.setColor(Color.BLACK);
                Font f = huruf(k.tebal());
                g.setFont(f);
                double isiTinggi = k.baris().size() * TINGGI_BARIS;
                double y = k.y() + (k.h() - isiTinggi) / 2 + TINGGI_BARIS - 2.4;
                for (String b : k.baris()) {
                    double lebar = f.getStringBounds(b, FRC).getWidth();
                    g.drawString(b, (float) (k.x() + (k.w() - lebar) / 2), (float) y);
                    y += TINGGI_BARIS;
                }
            }
        } finally {
            g.dispose();
        }
    }

    /** The drawing as a PNG {@code lebar} points wide at {@code dpi}. */
    public byte[] png(int dpi) {
        double skala = dpi / 72.0;
        double tinggi = tata().tinggi();
        BufferedImage img = new BufferedImage((int) Math.round(LEBAR * skala), (int) Math.round(tinggi * skala), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            gambar(g, new Rectangle2D.Double(0, 0, img.getWidth(), img.getHeight()));
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
}
