package id.kinerja.laporan;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormatIndonesiaTest {

    @Test
    void numbersUseDotsForThousandsAndACommaForDecimals() {
        assertThat(FormatIndonesia.angka(new BigDecimal("1234567.891"), 2)).isEqualTo("1.234.567,89");
        assertThat(FormatIndonesia.angka(new BigDecimal("5984.04"), 2)).isEqualTo("5.984,04");
        assertThat(FormatIndonesia.angka(new BigDecimal("-10"), 0)).isEqualTo("-10");
        assertThat(FormatIndonesia.angka(new BigDecimal("0.005"), 2)).isEqualTo("0,01");
        // money reaches 10^13 rupiah with cents: no floating point on the way
        assertThat(FormatIndonesia.angka(new BigDecimal("8604645491050.45"), 2)).isEqualTo("8.604.645.491.050,45");
    }

    @Test
    void moneyPercentagesDatesQuartersAndNip() {
        assertThat(FormatIndonesia.rupiah(new BigDecimal("27805047633"))).isEqualTo("Rp 27.805.047.633");
        assertThat(FormatIndonesia.rupiah(new BigDecimal("1175296332815.85"))).isEqualTo("Rp 1.175.296.332.815,85");
        assertThat(FormatIndonesia.persen(new BigDecimal("71.3278"), 2)).isEqualTo("71,33 %");
        assertThat(FormatIndonesia.tanggal(LocalDate.of(2025, 1, 10))).isEqualTo("10 Januari 2025");
        assertThat(FormatIndonesia.triwulan(2)).isEqualTo("Triwulan II");
        assertThat(FormatIndonesia.nip("197311181993031002")).isEqualTo("19731118 199303 1 002");
        assertThatThrownBy(() -> FormatIndonesia.nip("1973")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FormatIndonesia.triwulan(5)).isInstanceOf(IllegalArgumentException.class);
    }
}
