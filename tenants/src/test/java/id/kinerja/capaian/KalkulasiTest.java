package id.kinerja.capaian;

import id.kinerja.indikator.Agregasi;
import id.kinerja.indikator.Polaritas;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class KalkulasiTest {

    @Test
    void capaianByPolarity() {
        // DOMAIN.md worked examples
        assertThat(Kalkulasi.capaian(bd("29.04"), bd("40.71"), Polaritas.POSITIF).setScale(1, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo("71.3");
        assertThat(Kalkulasi.capaian(bd("100"), bd("80"), Polaritas.POSITIF)).isEqualByComparingTo("125");
        // negative: (target − (realisasi − target)) / target × 100; lower is better
        assertThat(Kalkulasi.capaian(bd("8"), bd("10"), Polaritas.NEGATIF)).isEqualByComparingTo("120");
        assertThat(Kalkulasi.capaian(bd("12"), bd("10"), Polaritas.NEGATIF)).isEqualByComparingTo("80");
        assertThat(Kalkulasi.capaian(bd("10"), bd("10"), Polaritas.NEGATIF)).isEqualByComparingTo("100");
    }

    @Test
    void noCapaianIsNotZero() {
        assertThat(Kalkulasi.capaian(null, bd("10"), Polaritas.POSITIF)).isNull();
        assertThat(Kalkulasi.capaian(bd("5"), null, Polaritas.POSITIF)).isNull();
        assertThat(Kalkulasi.capaian(bd("5"), BigDecimal.ZERO, Polaritas.POSITIF)).isNull();
        assertThat(Kalkulasi.capaian(BigDecimal.ZERO, bd("10"), Polaritas.POSITIF)).isEqualByComparingTo("0");
        assertThat(Kalkulasi.persen(bd("1"), BigDecimal.ZERO)).isNull();
        assertThat(Kalkulasi.efisiensi(null, bd("25"))).isNull();
        assertThat(Kalkulasi.efisiensi(bd("15"), bd("25"))).isEqualByComparingTo("-10");
    }

    @Test
    void moneyScaleIsExact() {
        // 1.507.730.516.560 / 8.604.645.491.050 × 100 = 17,52 % (DOMAIN.md)
        BigDecimal p = Kalkulasi.persen(bd("1507730516560"), bd("8604645491050"));
        assertThat(p.setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("17.52");
        assertThat(p.precision()).isEqualTo(34);
    }

    @Test
    void rollUpRules() {
        TreeMap<Integer, BigDecimal> q = new TreeMap<>();
        q.put(1, bd("25"));
        q.put(2, bd("4"));
        assertThat(Kalkulasi.agregasi(Agregasi.JUMLAH, q, 2)).isEqualByComparingTo("29");
        assertThat(Kalkulasi.agregasi(Agregasi.JUMLAH, q, 1)).isEqualByComparingTo("25");
        assertThat(Kalkulasi.agregasi(Agregasi.TERAKHIR, q, 2)).isEqualByComparingTo("4");
        assertThat(Kalkulasi.agregasi(Agregasi.RATA_RATA, q, 2)).isEqualByComparingTo("14.5");
        assertThat(Kalkulasi.agregasi(Agregasi.AKHIR_TAHUN, q, 2)).isNull();
        q.put(4, bd("30"));
        assertThat(Kalkulasi.agregasi(Agregasi.AKHIR_TAHUN, q, 4)).isEqualByComparingTo("30");
        assertThat(Kalkulasi.agregasi(Agregasi.TERAKHIR, q, 3)).isEqualByComparingTo("4"); // TW III missing: latest known
        assertThat(Kalkulasi.agregasi(Agregasi.JUMLAH, new TreeMap<>(), 4)).isNull();
    }

    @Test
    void ordinalScaleOfTabel31() {
        Skala s = Skala.BAKU;
        assertThat(s.kategori(bd("90.01"))).isEqualTo("Sangat Tinggi");
        assertThat(s.kategori(bd("90"))).isEqualTo("Tinggi");
        assertThat(s.kategori(bd("75"))).isEqualTo("Sedang");
        assertThat(s.kategori(bd("71.33"))).isEqualTo("Sedang");
        assertThat(s.kategori(bd("65"))).isEqualTo("Rendah");
        assertThat(s.kategori(bd("50.0001"))).isEqualTo("Rendah");
        assertThat(s.kategori(bd("50"))).isEqualTo("Sangat Rendah");
        assertThat(s.kategori(bd("-10"))).isEqualTo("Sangat Rendah");
        assertThat(s.kategori(null)).isNull();
    }

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }
}
