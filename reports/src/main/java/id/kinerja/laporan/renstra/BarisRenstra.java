package id.kinerja.laporan.renstra;

import id.kinerja.laporan.mesin.Nilai;

import java.util.List;

/**
 * One node of the Renstra matrix within a block of at most five years ({@code th1}…{@code th5} label the block's
 * year columns; a period of more years prints further blocks). {@code uraian} is styled text.
 */
public record BarisRenstra(int blok, String th1, String th2, String th3, String th4, String th5, String uraian,
                           List<Indikator> indikator, Nilai dana1, Nilai dana2, Nilai dana3, Nilai dana4, Nilai dana5) {

    /**
     * An indicator: baseline, target ({@code t1}…{@code t5}) and realisation ({@code r1}…{@code r5}, empty where not
     * known; printed on its own line below the target so that neither number ever breaks) per year, and the
     * end-of-period target.
     */
    public record Indikator(String nama, String satuan, Nilai awal, Nilai t1, Nilai t2, Nilai t3, Nilai t4, Nilai t5,
                            Nilai r1, Nilai r2, Nilai r3, Nilai r4, Nilai r5, Nilai akhir) {
    }
}
