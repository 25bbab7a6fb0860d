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
    void invalidFormulasAreRejectedWithPositionOrName() {
        assertThatThrownBy(() -> Rumus.parse("a / (b * 100", List.of("a", "b")))
                .isInstanceOf(RumusTidakValidException.class);
        assertThatThrownBy(() -> Rumus.parse("a / c * 100", List.of("a", "b")))
                .hasMessageContaining("'c' tidak dikenal").hasMessageContaining("a, b");
        assertThatThrownBy(() -> Rumus.parse("a + * b", List.of("a", "b")))
                .hasMessageContaining("posisi");
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
