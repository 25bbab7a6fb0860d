package id.kinerja.capaian;

import id.kinerja.indikator.Agregasi;
import id.kinerja.indikator.Polaritas;
import id.kinerja.realisasi.StatusRealisasi;
import id.kinerja.renstra.Tingkat;
import id.kinerja.target.JenisTarget;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The framework of a period with targets, realisations, capaian, budgets and efficiency for a year up to a
 * quarter: what the UI shows and the reports print. Numbers are exact; where a value is not known it is null
 * and {@code keterangan} says why.
 */
@Serdeable
public record PohonCapaian(
        long periodeId,
        String periode,
        int tahun,
        int triwulan,
        List<KategoriSkala> skala,
        List<SimpulCapaian> tujuan,
        Map<Tingkat, Ringkasan> ringkasan,
        AnggaranCapaian anggaran) {

    /** The indicator with id {@code id} wherever it sits in the tree, without walking it by hand. */
    public java.util.Optional<IndikatorCapaian> indikator(long id) {
        java.util.Deque<SimpulCapaian> antre = new java.util.ArrayDeque<>(tujuan);
        while (!antre.isEmpty()) {
            SimpulCapaian s = antre.poll();
            for (IndikatorCapaian i : s.indikator()) {
                if (i.id() == id) {
                    return java.util.Optional.of(i);
                }
            }
            antre.addAll(s.anak());
        }
        return java.util.Optional.empty();
    }

    /** A node with its indicators, budget and (for tujuan and sasaran) efficiency, and its children. */
    @Serdeable
    public record SimpulCapaian(
            long id,
            Tingkat tingkat,
            String kode,
            String nama,
            @Nullable String outcome,
            @Nullable String unitKerja,
            List<IndikatorCapaian> indikator,
            AnggaranCapaian anggaran,
            List<Efisiensi> efisiensi,
            List<SimpulCapaian> anak) {
    }

    /**
     * One indicator for the year up to the quarter.
     *
     * @param target          the year's targets by version
     * @param targetAcuan     the version capaian is measured against (PK Perubahan, else PK, else the latest plan)
     * @param realisasi       the year's value so far (from the year's own figure, the formula, or the roll-up)
     * @param asalRealisasi   the year's own figure, the formula, or the roll-up of the quarters
     * @param capaian         against the annual target, percent
     * @param targetKumulatif the quarterly targets of the quarters whose realisation is known, rolled up by the
     *                        indicator's rule (an unknown quarter counts on neither side)
     * @param capaianKumulatif against that cumulative target, percent
     * @param keteranganKumulatif which quarters the cumulative comparison left out, or why there is none
     * @param keterangan      why there is no capaian, when there is none
     */
    @Serdeable
    public record IndikatorCapaian(
            long id,
            String kode,
            String nama,
            @Nullable String satuan,
            Polaritas polaritas,
            Agregasi agregasi,
            boolean iku,
            int presisi,
            @Nullable String formula,
            Map<JenisTarget, BigDecimal> target,
            @Nullable JenisTarget targetAcuan,
            @Nullable BigDecimal targetTahunan,
            List<TriwulanCapaian> triwulan,
            @Nullable BigDecimal realisasi,
            @Nullable AsalRealisasi asalRealisasi,
            @Nullable BigDecimal capaian,
            @Nullable String kategori,
            @Nullable BigDecimal targetKumulatif,
            @Nullable BigDecimal capaianKumulatif,
            @Nullable String kategoriKumulatif,
            @Nullable String keteranganKumulatif,
            @Nullable String keterangan,
            List<String> peringatan) {

        public boolean terukur() {
            return capaian != null;
        }
    }

    /** A quarter: its target, its value (entered, or computed from its components), or why there is none. */
    @Serdeable
    public record TriwulanCapaian(
            int triwulan,
            @Nullable BigDecimal target,
            @Nullable BigDecimal realisasi,
            @Nullable StatusRealisasi status,
            @Nullable String alasan,
            Map<String, BigDecimal> komponen) {
    }

    /** Budget of a node for the year and what was spent of it up to the quarter. */
    @Serdeable
    public record AnggaranCapaian(
            @Nullable BigDecimal anggaran,
            @Nullable BigDecimal realisasi,
            @Nullable BigDecimal penyerapan,
            List<String> sumberDana) {
    }

    /** Tabel 3.3: capaian of an indicator minus the absorption of the node's budget. */
    @Serdeable
    public record Efisiensi(
            long indikatorId,
            @Nullable BigDecimal capaian,
            @Nullable BigDecimal penyerapan,
            @Nullable BigDecimal efisiensi) {
    }

    /** Summary lines of the report per level: reached ≥ 100 %, below 100 %, not measurable. */
    @Serdeable
    public record Ringkasan(int mencapai, int belumMencapai, int tidakTerukur) {
    }
}
