package id.kinerja.laporan;

import io.micronaut.core.annotation.Nullable;

/**
 * One document asked for: which, for which year (and quarter, for the Rencana Aksi), of which Renstra period
 * (absent: the period measuring the year, or the latest), in which format.
 */
public record Permintaan(JenisLaporan jenis, @Nullable Integer tahun, @Nullable Integer triwulan, @Nullable Long periode,
                         FormatBerkas format) {
}
