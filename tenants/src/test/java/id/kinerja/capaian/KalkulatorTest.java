package id.kinerja.capaian;

import id.kinerja.anggaran.Anggaran;
import id.kinerja.anggaran.RealisasiAnggaran;
import id.kinerja.capaian.PohonCapaian.IndikatorCapaian;
import id.kinerja.indikator.Agregasi;
import id.kinerja.indikator.Indikator;
import id.kinerja.indikator.Komponen;
import id.kinerja.indikator.Polaritas;
import id.kinerja.realisasi.Realisasi;
import id.kinerja.realisasi.RealisasiKomponen;
import id.kinerja.realisasi.StatusRealisasi;
import id.kinerja.renstra.Periode;
import id.kinerja.renstra.Simpul;
import id.kinerja.renstra.Tingkat;
import id.kinerja.target.JenisTarget;
import id.kinerja.target.Target;
import id.kinerja.target.TargetTriwulan;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The calculator on small hand-made frameworks: precedence of the year's value, growth formulas, targets. */
class KalkulatorTest {

    final List<Indikator> indikator = new ArrayList<>();
    final List<Komponen> komponen = new ArrayList<>();
    final List<Target> target = new ArrayList<>();
    final List<TargetTriwulan> targetTw = new ArrayList<>();
    final List<Realisasi> realisasi = new ArrayList<>();
    final List<RealisasiKomponen> nilai = new ArrayList<>();
    final List<Anggaran> anggaran = new ArrayList<>();
    final List<RealisasiAnggaran> realisasiAnggaran = new ArrayList<>();
    long id = 100;

    @Test
    void growthFormulaReadsLastYearsFigure() {
        long i = indikator("(nilai[N] - nilai[N-1]) / nilai[N-1] * 100", Agregasi.AKHIR_TAHUN, Polaritas.POSITIF, "nilai");
        target(i, 2025, JenisTarget.PK, "3.63");
        real(i, 2024, null, null, StatusRealisasi.TERSEDIA, "nilai", "1000");
        real(i, 2025, 2, null, StatusRealisasi.TERSEDIA, "nilai", "1036.3");
        IndikatorCapaian c = hitung(2025, 2);
        assertThat(c.asalRealisasi()).isEqualTo(AsalRealisasi.RUMUS);
        assertThat(c.realisasi()).isEqualByComparingTo("3.63");
        assertThat(c.capaian()).isEqualByComparingTo("100");

        IndikatorCapaian tanpa = hitung(2026, 2);
        assertThat(tanpa.capaian()).isNull();
        assertThat(tanpa.keterangan()).startsWith("belum diketahui");
    }

    @Test
    void theYearsOwnFigureComesFirstAndCanBeNotAvailable() {
        long i = indikator(null, Agregasi.JUMLAH, Polaritas.POSITIF);
        target(i, 2025, JenisTarget.PK, "100");
        target(i, 2025, JenisTarget.PK_PERUBAHAN, "80");
        real(i, 2025, 1, "30", StatusRealisasi.TERSEDIA);
        real(i, 2025, 2, "30", StatusRealisasi.TERSEDIA);
        IndikatorCapaian sum = hitung(2025, 2);
        assertThat(sum.realisasi()).isEqualByComparingTo("60");
        assertThat(sum.targetAcuan()).isEqualTo(JenisTarget.PK_PERUBAHAN);
        assertThat(sum.capaian()).isEqualByComparingTo("75");
        assertThat(sum.kategori()).isEqualTo("Sedang");

        realisasi.add(new Realisasi(++id, i, 2025, null, null, StatusRealisasi.BELUM_TERSEDIA, "Menunggu data BPS", "BPS",
                null, null, 0L));
        IndikatorCapaian belum = hitung(2025, 2);
        assertThat(belum.capaian()).isNull();
        assertThat(belum.keterangan()).contains("Menunggu data BPS");
    }

    @Test
    void cumulativeTargetFollowsTheRollUpRule() {
        long i = indikator(null, Agregasi.JUMLAH, Polaritas.NEGATIF);
        target(i, 2025, JenisTarget.PK, "40");
        tw(i, 1, "10");
        tw(i, 2, "10");
        real(i, 2025, 1, "8", StatusRealisasi.TERSEDIA);
        real(i, 2025, 2, "12", StatusRealisasi.TERSEDIA);
        IndikatorCapaian c = hitung(2025, 2);
        assertThat(c.targetKumulatif()).isEqualByComparingTo("20");
        assertThat(c.capaianKumulatif()).isEqualByComparingTo("100"); // (20 − (20 − 20)) / 20
        assertThat(c.capaian()).isEqualByComparingTo("150"); // (40 − (20 − 40)) / 40, lower is better
    }

    @Test
    void zeroTargetGivesAWarningNotACrash() {
        long i = indikator(null, Agregasi.TERAKHIR, Polaritas.POSITIF);
        target(i, 2025, JenisTarget.PK, "0");
        real(i, 2025, 1, "5", StatusRealisasi.TERSEDIA);
        IndikatorCapaian c = hitung(2025, 1);
        assertThat(c.capaian()).isNull();
        assertThat(c.keterangan()).contains("target nol");
        assertThat(c.peringatan()).isNotEmpty();
    }

    @Test
    void anUnknownQuarterCountsOnNeitherSideOfTheCumulativeCapaian() {
        long i = indikator(null, Agregasi.JUMLAH, Polaritas.POSITIF);
        target(i, 2025, JenisTarget.PK, "120");
        tw(i, 1, "30");
        tw(i, 2, "30");
        real(i, 2025, 1, "28", StatusRealisasi.TERSEDIA);
        realisasi.add(new Realisasi(++id, i, 2025, 2, null, StatusRealisasi.BELUM_TERSEDIA, "menunggu rekap bidang", null,
                null, null, 0L));
        IndikatorCapaian c = hitung(2025, 2);
        assertThat(c.realisasi()).isEqualByComparingTo("28");
        assertThat(c.targetKumulatif()).isEqualByComparingTo("30"); // not 60: TW II is not known
        assertThat(c.capaianKumulatif()).isEqualByComparingTo("93.33333333333333333333333333333333");
        assertThat(c.kategoriKumulatif()).isEqualTo("Sangat Tinggi");
        assertThat(c.keteranganKumulatif()).isEqualTo("hanya triwulan yang realisasinya diketahui dibandingkan; "
                + "triwulan II belum tersedia: menunggu rekap bidang");

        long terakhir = indikator(null, Agregasi.TERAKHIR, Polaritas.POSITIF);
        tw(terakhir, 1, "40");
        tw(terakhir, 2, "50");
        real(terakhir, 2025, 1, "40", StatusRealisasi.TERSEDIA);
        IndikatorCapaian t = hitung(2025, 2, terakhir);
        assertThat(t.targetKumulatif()).isEqualByComparingTo("40"); // the target of the quarter the value is from
        assertThat(t.capaianKumulatif()).isEqualByComparingTo("100");
        assertThat(t.keteranganKumulatif()).contains("triwulan II belum ada realisasi");

        long tanpaTarget = indikator(null, Agregasi.JUMLAH, Polaritas.POSITIF);
        tw(tanpaTarget, 1, "10");
        real(tanpaTarget, 2025, 1, "10", StatusRealisasi.TERSEDIA);
        real(tanpaTarget, 2025, 2, "10", StatusRealisasi.TERSEDIA);
        IndikatorCapaian x = hitung(2025, 2, tanpaTarget);
        assertThat(x.capaianKumulatif()).isNull();
        assertThat(x.keteranganKumulatif()).isEqualTo("target triwulan II belum ditetapkan");
    }

    @Test
    void aFormulaThatDividesByZeroGivesNoValueWithItsReasonAndSparesItsNeighbours() {
        long rasio = indikator("x / y * 100", Agregasi.TERAKHIR, Polaritas.POSITIF, "x", "y");
        target(rasio, 2025, JenisTarget.PK, "50");
        real(rasio, 2025, 1, null, StatusRealisasi.TERSEDIA, "x", "0E-10", "y", "0E-10");
        long tumbuh = indikator("(g[N] - g[N-1]) / g[N-1] * 100", Agregasi.AKHIR_TAHUN, Polaritas.POSITIF, "g");
        target(tumbuh, 2025, JenisTarget.PK, "5");
        real(tumbuh, 2024, null, null, StatusRealisasi.TERSEDIA, "g", "0.0000000000");
        real(tumbuh, 2025, 4, null, StatusRealisasi.TERSEDIA, "g", "12");
        long tetangga = indikator(null, Agregasi.JUMLAH, Polaritas.POSITIF);
        target(tetangga, 2025, JenisTarget.PK, "10");
        real(tetangga, 2025, 1, "5", StatusRealisasi.TERSEDIA);

        IndikatorCapaian r = hitung(2025, 1, rasio);
        assertThat(r.realisasi()).isNull();
        assertThat(r.capaian()).isNull();
        assertThat(r.keterangan()).isEqualTo("belum diketahui: pembagian dengan nol");
        assertThat(r.triwulan().getFirst().alasan()).isEqualTo("pembagian dengan nol");
        assertThat(hitung(2025, 4, tumbuh).keterangan()).isEqualTo("belum diketahui: pembagian dengan nol");
        assertThat(hitung(2025, 1, tetangga).capaian()).isEqualByComparingTo("50");
    }

    private IndikatorCapaian hitung(int tahun, int tw, long indikatorId) {
        Periode periode = new Periode(1L, "Renstra 2025–2029", 2025, 2029, 0L);
        List<Simpul> simpul = List.of(new Simpul(10L, 1L, null, Tingkat.TUJUAN, "T1", "Tujuan", 0, null, null, null, 0L));
        DataKinerja data = new DataKinerja(periode, simpul, indikator, komponen, target, targetTw, realisasi, nilai, anggaran,
                realisasiAnggaran, Skala.BAKU);
        return Kalkulator.hitung(data, tahun, tw).tujuan().getFirst().indikator().stream()
                .filter(c -> c.id() == indikatorId).findFirst().orElseThrow();
    }

    private IndikatorCapaian hitung(int tahun, int tw) {
        Periode periode = new Periode(1L, "Renstra 2025–2029", 2025, 2029, 0L);
        List<Simpul> simpul = List.of(new Simpul(10L, 1L, null, Tingkat.TUJUAN, "T1", "Tujuan", 0, null, null, null, 0L));
        DataKinerja data = new DataKinerja(periode, simpul, indikator, komponen, target, targetTw, realisasi, nilai, anggaran,
                realisasiAnggaran, Skala.BAKU);
        return Kalkulator.hitung(data, tahun, tw).tujuan().getFirst().indikator().getFirst();
    }

    private long indikator(String formula, Agregasi agregasi, Polaritas polaritas, String... komponenNama) {
        long i = ++id;
        indikator.add(new Indikator(i, 10L, "I" + i, "Indikator", "%", null, formula, polaritas, agregasi, null, null, true, 2, 0, 0L));
        for (String k : komponenNama) {
            komponen.add(new Komponen(++id, i, k, k, null, 0));
        }
        return i;
    }

    private void target(long i, int tahun, JenisTarget jenis, String v) {
        target.add(new Target(++id, i, tahun, jenis, new BigDecimal(v), 0L));
    }

    private void tw(long i, int q, String v) {
        targetTw.add(new TargetTriwulan(++id, i, 2025, q, new BigDecimal(v), 0L));
    }

    private void real(long i, int tahun, Integer q, String v, StatusRealisasi status, String... komponenNilai) {
        long r = ++id;
        realisasi.add(new Realisasi(r, i, tahun, q, v == null ? null : new BigDecimal(v), status, null, null, null, null, 0L));
        for (int k = 0; k < komponenNilai.length; k += 2) {
            nilai.add(new RealisasiKomponen(++id, r, komponenNilai[k], new BigDecimal(komponenNilai[k + 1])));
        }
    }
}
