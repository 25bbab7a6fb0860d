package id.kinerja.laporan.mesin;

import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperReport;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Mesin#tetap}, which works on the bytes, gives what the earlier regular-expression version gave. */
class TetapTest {

    @Test
    void samaDenganVersiPolaDanTetapAntarCetak() throws Exception {
        String jrxml = """
                <jasperReport name="tetap" language="java" pageWidth="595" pageHeight="842" columnWidth="515" leftMargin="40" rightMargin="40" topMargin="40" bottomMargin="40" whenNoDataType="AllSectionsNoDetail">
                	<title height="40">
                		<element kind="staticText" x="0" y="0" width="515" height="20" fontName="Kinerja Sans" fontSize="12.0" bold="true">
                			<text><![CDATA[Laporan Kinerja 1.234.567,89]]></text>
                		</element>
                		<element kind="staticText" x="0" y="20" width="515" height="16" fontName="Kinerja Sans" fontSize="10.0">
                			<text><![CDATA[Triwulan II]]></text>
                		</element>
                	</title>
                </jasperReport>
                """;
        JasperReport r = JasperCompileManager.compileReport(new ByteArrayInputStream(jrxml.getBytes(StandardCharsets.UTF_8)));
        byte[] satu = JasperExportManager.exportReportToPdf(JasperFillManager.fillReport(r, new java.util.HashMap<>(), new JREmptyDataSource(1)));
        Thread.sleep(1100); // another second: another creation date and, before tetap, another id
        byte[] dua = JasperExportManager.exportReportToPdf(JasperFillManager.fillReport(r, new java.util.HashMap<>(), new JREmptyDataSource(1)));
        String mentah = new String(satu, StandardCharsets.ISO_8859_1);
        assertThat(SUBSET.matcher(mentah).find()).as("the file has a font subset tag").isTrue();
        assertThat(ID.matcher(mentah).find()).as("the file has an id").isTrue();
        assertThat(TANGGAL.matcher(mentah).find()).as("the file has a date").isTrue();

        assertThat(Mesin.tetap(satu)).isEqualTo(lama(satu));
        assertThat(Mesin.tetap(dua)).isEqualTo(lama(dua));
        assertThat(tanpaTanggal(Mesin.tetap(satu))).isEqualTo(tanpaTanggal(Mesin.tetap(dua)));
        assertThat(tanpaTanggal(satu)).isNotEqualTo(tanpaTanggal(dua)); // the random tags: what tetap is for
    }

    private static String tanpaTanggal(byte[] pdf) {
        return TANGGAL.matcher(new String(pdf, StandardCharsets.ISO_8859_1)).replaceAll("");
    }

    private static final Pattern SUBSET = Pattern.compile("/(BaseFont|FontName)\\s*/([A-Z]{6})\\+");
    private static final Pattern TANGGAL = Pattern.compile("/(CreationDate|ModDate)\\s*\\([^)]*\\)");
    private static final Pattern ID = Pattern.compile("/ID\\s*\\[<([0-9a-fA-F]{32})>\\s*<([0-9a-fA-F]{32})>]");

    /** The earlier version of {@link Mesin#tetap}, on a string, with regular expressions. */
    private static byte[] lama(byte[] pdf) throws Exception {
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
        String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(isi.getBytes(StandardCharsets.ISO_8859_1)));
        tetap = ID.matcher(tetap).replaceAll("/ID [<" + md5 + "><" + md5 + ">]");
        return tetap.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String tag(int n) {
        char[] c = "KAAAAA".toCharArray();
        for (int i = 5; i > 0 && n > 0; i--, n /= 26) {
            c[i] = (char) ('A' + n % 26);
        }
        return new String(c);
    }
}
