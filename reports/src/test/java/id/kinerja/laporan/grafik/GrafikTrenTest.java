package id.kinerja.laporan.grafik;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The trend chart's numbers are Indonesian and tell small values apart. */
class GrafikTrenTest {

    @Test
    void ticksOfSmallValuesDifferAndUseTheDecimalComma() {
        String svg = GrafikTren.svg(GrafikTren.buat("IKU kecil", "%", List.of(
                new GrafikTren.Titik(2024, new BigDecimal("0.01"), new BigDecimal("0.0075")),
                new GrafikTren.Titik(2025, new BigDecimal("0.01"), null))), 440, 260);
        List<String> teks = new ArrayList<>();
        Matcher m = Pattern.compile(">([0-9.,]+)</text").matcher(svg);
        while (m.find()) {
            teks.add(m.group(1));
        }
        assertThat(teks).contains("0,001", "0,0075", "0,01"); // a tick, the realisation's label, the targets' labels
        List<String> nol = teks.stream().filter(t -> t.equals("0")).toList();
        assertThat(nol).as("only the axis origin reads 0").hasSize(1);
        assertThat(teks).noneMatch(t -> t.contains("."));
    }

    @Test
    void largeValuesAreGroupedWithDots() {
        String svg = GrafikTren.svg(GrafikTren.buat(null, "juta rupiah", List.of(
                new GrafikTren.Titik(2025, new BigDecimal("1282684.4"), new BigDecimal("443900")))), 440, 260);
        assertThat(svg).contains(">1.282.684,4<", ">443.900<");
        String persen = GrafikTren.svg(GrafikTren.buat(null, "%", List.of(
                new GrafikTren.Titik(2025, new BigDecimal("40.71"), new BigDecimal("29.0366")))), 440, 260);
        assertThat(persen).as("a bar's label has two decimals, as the documents").contains(">29,04<").doesNotContain("29,0366");
    }
}
