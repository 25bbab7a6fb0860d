package id.kinerja.laporan.rencanaaksi;

import id.kinerja.laporan.mesin.Nilai;

import java.util.List;

/**
 * One node of the framework (tujuan … sub kegiatan) with its indicators; {@code uraian} is styled text (level
 * and code in bold, then the name).
 */
public record BarisRencanaAksi(String uraian, List<Indikator> indikator) {

    /** An indicator: the year's target, per quarter target and realisation, the realisation so far and capaian. */
    public record Indikator(String nama, String satuan, Nilai target, Nilai t1, Nilai r1, Nilai t2, Nilai r2, Nilai t3, Nilai r3,
                            Nilai t4, Nilai r4, Nilai realisasi, Nilai capaian, Nilai capaianKumulatif) {
    }
}
