package id.kinerja.laporan.mesin;

import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRLineBox;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.type.LineStyleEnum;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;

import static org.assertj.core.api.Assertions.assertThat;

class GarisSendiriTest {

    /** A cell style with a pen for every side and a top side set apart, as a style may do. */
    private static final String JRXML = """
            <jasperReport name="garis" language="java" pageWidth="595" pageHeight="842" columnWidth="515" leftMargin="40" rightMargin="40" topMargin="40" bottomMargin="40" whenNoDataType="AllSectionsNoDetail">
            	<style name="Dasar" fontSize="10.0" forecolor="#000000"/>
            	<style name="Sel" style="Dasar">
            		<box topPadding="3" leftPadding="2" padding="5">
            			<pen lineWidth="0.5" lineColor="#000000"/>
            			<topPen lineWidth="2.0" lineStyle="Dashed" lineColor="#A02020"/>
            		</box>
            	</style>
            	<title height="40">
            		<element kind="staticText" x="0" y="0" width="200" height="20" style="Sel">
            			<text><![CDATA[sel]]></text>
            		</element>
            	</title>
            </jasperReport>
            """;

    @Test
    void resolvedBordersAndPaddingsBecomeTheBoxsOwnWithTheSameValues() throws Exception {
        var templat = JasperCompileManager.compileReport(new ByteArrayInputStream(JRXML.getBytes(StandardCharsets.UTF_8)));
        JasperPrint hasil = JasperFillManager.fillReport(templat, new HashMap<>(), new JREmptyDataSource(1));
        JRLineBox kotak = ((JRPrintText) hasil.getPages().getFirst().getElements().getFirst()).getLineBox();
        assertThat(kotak.getTopPen().getOwnLineWidth()).isNull(); // from the style before

        Mesin.garisSendiri(hasil);

        assertThat(kotak.getTopPen().getOwnLineWidth()).isEqualTo(2.0f);
        assertThat(kotak.getTopPen().getOwnLineStyle()).isEqualTo(LineStyleEnum.DASHED);
        assertThat(kotak.getTopPen().getOwnLineColor()).isEqualTo(new Color(0xA0, 0x20, 0x20));
        for (var sisi : new net.sf.jasperreports.engine.base.JRBoxPen[]{kotak.getLeftPen(), kotak.getBottomPen(), kotak.getRightPen()}) {
            assertThat(sisi.getOwnLineWidth()).isEqualTo(0.5f);
            assertThat(sisi.getOwnLineStyle()).isEqualTo(LineStyleEnum.SOLID);
            assertThat(sisi.getOwnLineColor()).isEqualTo(Color.BLACK);
        }
        assertThat(kotak.getOwnTopPadding()).isEqualTo(3);
        assertThat(kotak.getOwnLeftPadding()).isEqualTo(2);
        assertThat(kotak.getOwnBottomPadding()).isEqualTo(5);
        assertThat(kotak.getOwnRightPadding()).isEqualTo(5);
    }
}
