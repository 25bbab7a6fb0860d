package id.kinerja.rumus;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RumusTest {

    @Test
    void ratioOfComponentsIsExact() {
        Rumus rumus = Rumus.parse("jumlah_koperasi_rat / jumlah_koperasi * 100", List.of("jumlah_koperasi_rat", "jumlah_koperasi"));
        HasilRumus hasil = rumus.hitung(2025, (k, t) -> Map.of("jumlah_koperasi_rat", new BigDecimal("214"),
                "jumlah_koperasi", new BigDecimal("737")).get(k));
        // 214/737×100 = 29.0366350067842605156… (DOMAIN.md), 34 significant digits
        assertThat(hasil.nilai()).isEqualByComparingTo("29.03663500678426051560379918588874");
        assertThat(rumus.butuhTahunLalu()).isFalse();
    }

    @Test
    void growthReadsLastYearsComponent() {
        Rumus rumus = Rumus.parse("(nilai_produksi[N] - nilai_produksi[N-1]) / nilai_produksi[N-1] * 100", List.of("nilai_produksi"));
        Map<Integer, BigDecimal> perTahun = Map.of(2024, new BigDecimal("1000"), 2025, new BigDecimal("1036.3"));
        HasilRumus hasil = rumus.hitung(2025, (k, t) -> perTahun.get(t));
        assertThat(hasil.nilai()).isEqualByComparingTo("3.63");
        assertThat(rumus.butuhTahunLalu()).isTrue();

        HasilRumus tanpaTahunLalu = rumus.hitung(2026, (k, t) -> perTahun.get(t));
        assertThat(tanpaTahunLalu.diketahui()).isFalse();
        assertThat(tanpaTahunLalu.alasan()).contains("nilai_produksi");
    }

    @Test
    void missingComponentsAndZeroDivisionGiveNoValueButAReason() {
        Rumus rumus = Rumus.parse("a / b * 100", List.of("a", "b"));
        assertThat(rumus.hitung(2025, (k, t) -> k.equals("a") ? BigDecimal.ONE : null).alasan()).contains("b");
        assertThat(rumus.hitung(2025, (k, t) -> k.equals("a") ? BigDecimal.ONE : BigDecimal.ZERO).alasan())
                .isEqualTo("pembagian dengan nol");
    }

    @Test
    void zeroInAnyScaleIsADivisionByZeroNotACrash() {
        // numeric(28,10) gives zero back as 0E-10, which BigDecimal.equals(ZERO) does not recognise
        Rumus rasio = Rumus.parse("x / y * 100", List.of("x", "y"));
        for (String nol : List.of("0E-10", "0.0000000000", "0", "-0.00", "0E+5")) {
            HasilRumus h = rasio.hitung(2025, (k, t) -> new BigDecimal(nol));
            assertThat(h.diketahui()).as(nol).isFalse();
            assertThat(h.alasan()).as(nol).isEqualTo("pembagian dengan nol");
        }
        Rumus tumbuh = Rumus.parse("(g[N] - g[N-1]) / g[N-1] * 100", List.of("g"));
        HasilRumus h = tumbuh.hitung(2025, (k, t) -> t == 2025 ? new BigDecimal("5") : new BigDecimal("0E-10"));
        assertThat(h.alasan()).isEqualTo("pembagian dengan nol");
        assertThat(Rumus.parse("x % y", List.of("x", "y")).hitung(2025, (k, t) -> new BigDecimal("0E-10")).alasan())
                .isEqualTo("pembagian dengan nol");
        assertThat(Rumus.parse("x ^ -2", List.of("x")).hitung(2025, (k, t) -> new BigDecimal("0E-10")).alasan())
                .isEqualTo("pembagian dengan nol");
        // the branch not taken is not computed
        assertThat(Rumus.parse("IF(y == 0, 0, x / y)", List.of("x", "y")).hitung(2025, (k, t) -> new BigDecimal("0E-10"))
                .nilai()).isEqualByComparingTo("0");
    }

    @Test
    void whatAFormulaMayComputeIsBounded() {
        assertThatThrownBy(() -> Rumus.parse("a^99999999", List.of("a")))
                .hasMessage("karakter ke-2 ('^'): pangkat harus bilangan bulat tetap antara -100 dan 100 (misalnya x^2)");
        assertThatThrownBy(() -> Rumus.parse("a^b", List.of("a", "b"))).hasMessageContaining("bukan komponen");
        assertThatThrownBy(() -> Rumus.parse("a^0.5", List.of("a"))).hasMessageContaining("bilangan bulat");
        assertThatThrownBy(() -> Rumus.parse("a * 1e400", List.of("a"))).hasMessageContaining("di luar jangkauan");
        assertThatThrownBy(() -> Rumus.parse("FACT(a)", List.of("a")))
                .hasMessage("karakter ke-1 ('F'): fungsi 'FACT' tidak tersedia; yang tersedia: ABS, AVERAGE, CEILING, FLOOR, IF,"
                        + " MAX, MIN, ROUND, SQRT, SUM");
        assertThatThrownBy(() -> Rumus.parse("STR_MATCHES(\"aaa\", \"(a+)+b\")", List.of("a")))
                .hasMessageContaining("tidak tersedia");
        assertThatThrownBy(() -> Rumus.parse("\"teks\"", List.of("a"))).hasMessageContaining("tanda kutip");

        Rumus pangkat = Rumus.parse("a^100 * a^100", List.of("a"));
        assertThat(pangkat.hitung(2025, (k, t) -> BigDecimal.TEN).alasan()).contains("di luar jangkauan");
        Rumus besar = Rumus.parse("a * a", List.of("a"));
        assertThat(besar.hitung(2025, (k, t) -> new BigDecimal("1e12")).alasan()).contains("melebihi 18 angka");
        assertThat(besar.hitung(2025, (k, t) -> new BigDecimal("1e8")).nilai()).isEqualByComparingTo("1e16");
        assertThat(Rumus.parse("a^-3", List.of("a")).hitung(2025, (k, t) -> new BigDecimal("2")).nilai())
                .isEqualByComparingTo("0.125");
        assertThat(Rumus.parse("SQRT(a)", List.of("a")).hitung(2025, (k, t) -> new BigDecimal("-4")).alasan())
                .isEqualTo("akar dari bilangan negatif");
        assertThat(Rumus.parse("ROUND(a / 3, 2) + MAX(a, 1, 2) + ABS(-a)", List.of("a"))
                .hitung(2025, (k, t) -> BigDecimal.ONE).nilai()).isEqualByComparingTo("3.33");
    }

    @Test
    void syntaxErrorsAreIndonesianAndPointAtTheCharacter() {
        assertThatThrownBy(() -> Rumus.parse("a / (b * 100", List.of("a", "b")))
                .hasMessage("karakter ke-5 ('('): kurung '(' tidak ditutup");
        assertThatThrownBy(() -> Rumus.parse("a / b) * 100", List.of("a", "b")))
                .hasMessage("karakter ke-6 (')'): kurung tutup tanpa kurung buka '('");
        assertThatThrownBy(() -> Rumus.parse("a + * b", List.of("a", "b")))
                .hasMessage("karakter ke-5 ('*'): operator '*' kekurangan nilai di sebelahnya");
        assertThatThrownBy(() -> Rumus.parse("a b", List.of("a", "b")))
                .hasMessage("karakter ke-3 ('b'): dua nilai berurutan tanpa operator di antaranya (tambahkan + - * atau /)");
        assertThatThrownBy(() -> Rumus.parse("a * 0,5", List.of("a")))
                .hasMessageStartingWith("karakter ke-6 (','): koma hanya memisahkan nilai di dalam fungsi");
        assertThatThrownBy(() -> Rumus.parse("a $ b", List.of("a", "b")))
                .hasMessageStartingWith("karakter ke-3 ('$'): tanda '$' bukan operator");
        assertThatThrownBy(() -> Rumus.parse("MAX()", List.of("a")))
                .hasMessage("karakter ke-1 ('M'): fungsi MAX kekurangan nilai di dalam kurungnya");
        assertThatThrownBy(() -> Rumus.parse("a.b", List.of("a", "b"))).hasMessageContaining("titik");
        assertThatThrownBy(() -> Rumus.parse("a * 1.2.3", List.of("a"))).hasMessageContaining("lebih dari satu titik");
    }

    @Test
    void invalidFormulasAreRejectedWithPositionOrName() {
        assertThatThrownBy(() -> Rumus.parse("a / (b * 100", List.of("a", "b")))
                .isInstanceOf(RumusTidakValidException.class);
        assertThatThrownBy(() -> Rumus.parse("a / c * 100", List.of("a", "b")))
                .hasMessageContaining("'c' tidak dikenal").hasMessageContaining("a, b");
        assertThatThrownBy(() -> Rumus.parse("a + * b", List.of("a", "b")))
                .hasMessageContaining("karakter ke-5");
        assertThatThrownBy(() -> Rumus.parse("a[N] - a", List.of("a")))
                .hasMessageContaining("dengan dan tanpa [N]");
        assertThatThrownBy(() -> Rumus.parse("a[N-9]", List.of("a")))
                .hasMessageContaining("paling jauh");
        assertThatThrownBy(() -> Rumus.parse("a[2]", List.of("a")))
                .hasMessageContaining("indeks tahun");
        assertThatThrownBy(() -> Rumus.parse("a * N", List.of("a")))
                .hasMessageContaining("N hanya boleh");
        assertThatThrownBy(() -> Rumus.parse(" ", List.of("a"))).hasMessageContaining("kosong");
        assertThatThrownBy(() -> Rumus.periksaNamaKomponen("Jumlah Koperasi")).isInstanceOf(RumusTidakValidException.class);
        assertThatThrownBy(() -> Rumus.periksaNamaKomponen("n")).isInstanceOf(RumusTidakValidException.class);
    }
}
