package id.kinerja.laporan.mesin;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfWriter;
import net.sf.jasperreports.engine.JRRuntimeException;
import net.sf.jasperreports.pdf.classic.ClassicChunk;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.classic.ClassicPhrase;
import net.sf.jasperreports.pdf.common.PdfChunk;
import net.sf.jasperreports.pdf.common.PdfPhrase;
import net.sf.jasperreports.pdf.common.PdfProducer;
import net.sf.jasperreports.pdf.common.PdfProducerContext;
import net.sf.jasperreports.pdf.common.PdfProducerFactory;
import net.sf.jasperreports.pdf.common.PdfTextAlignment;
import net.sf.jasperreports.pdf.common.TextDirection;

import java.text.Bidi;

/**
 * JasperReports' OpenPDF producer, with one change: a left-to-right text with no right-to-left character is laid out by
 * OpenPDF's {@code ColumnText} without the Unicode bidirectional algorithm ({@code RUN_DIRECTION_NO_BIDI}). Jasper
 * asks for {@code RUN_DIRECTION_LTR} for every text, and OpenPDF then runs {@link Bidi} over each text's characters
 * (about a tenth of the export's time in the profile) to reorder nothing: for such text the glyphs, their order and
 * their places are the same, so is the file. Text that needs the algorithm (Arabic, Hebrew…) still gets it. Registered
 * in {@link Mesin}'s context ({@code net.sf.jasperreports.export.pdf.producer.factory}).
 */
public final class ProdusenPdf implements PdfProducerFactory {

    @Override
    public PdfProducer createProducer(PdfProducerContext context) {
        return new Produsen(context);
    }

    private static final class Produsen extends ClassicPdfProducer {

        Produsen(PdfProducerContext context) {
            super(context);
        }

        @Override
        public PdfPhrase createPhrase() {
            return new Frasa(this, new Phrase());
        }

        @Override
        public PdfPhrase createPhrase(PdfChunk chunk) {
            return new Frasa(this, new Phrase(((ClassicChunk) chunk).getChunk()));
        }
    }

    /** {@link ClassicPhrase#go} with the run direction above (its own code otherwise, OpenPDF's constants). */
    private static final class Frasa extends ClassicPhrase {

        private final ClassicPdfProducer produsen;
        private final Phrase frasa;

        Frasa(ClassicPdfProducer produsen, Phrase frasa) {
            super(produsen, frasa);
            this.produsen = produsen;
            this.frasa = frasa;
        }

        @Override
        public float go(float llx, float lly, float urx, float ury, float fixedLeading, float multipliedLeading,
                        PdfTextAlignment alignment, TextDirection direction) {
            if (direction != TextDirection.LTR || perluBidi(frasa)) {
                return super.go(llx, lly, urx, ury, fixedLeading, multipliedLeading, alignment, direction);
            }
            ColumnText kolom = new ColumnText(produsen.getPdfContentByte());
            kolom.setSimpleColumn(frasa, llx, lly, urx, ury, fixedLeading, perataan(alignment));
            if (multipliedLeading != 0) {
                kolom.setLeading(fixedLeading, multipliedLeading);
            }
            kolom.setRunDirection(PdfWriter.RUN_DIRECTION_NO_BIDI);
            try {
                kolom.go();
            } catch (DocumentException e) {
                throw new JRRuntimeException(e);
            }
            return kolom.getYLine();
        }

        private static boolean perluBidi(Phrase frasa) {
            for (Element e : frasa) {
                if (e instanceof Chunk c) {
                    String isi = c.getContent();
                    if (Bidi.requiresBidi(isi.toCharArray(), 0, isi.length())) {
                        return true;
                    }
                } else {
                    return true; // not a plain chunk: leave it to Jasper's own way
                }
            }
            return false;
        }

        /** As {@code ClassicPdfUtils.toPdfAlignment}. */
        private static int perataan(PdfTextAlignment a) {
            return switch (a) {
                case LEFT -> Element.ALIGN_LEFT;
                case CENTER -> Element.ALIGN_CENTER;
                case RIGHT -> Element.ALIGN_RIGHT;
                case JUSTIFIED -> Element.ALIGN_JUSTIFIED;
                case JUSTIFIED_ALL -> Element.ALIGN_JUSTIFIED_ALL;
            };
        }
    }
}
