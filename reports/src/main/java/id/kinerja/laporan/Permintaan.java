package id.kinerja.laporan;

import io.micronaut.core.annotation.Nullable;

/**
 * One document asked for: which, for which year (and quarter, for the Rencana Aksi), of which Renstra period
 * (absent: the period measuring the year, or the latest), in which format; {@code perubahan}: the Perjanjian
 * Kinerja's PK Perubahan version (API {@code versi=perubahan}).
 */
public record Permintaan(JenisLaporan jenis, @Nullable Integer tahun, @Nullable Integer triwulan, @Nullable Long periode,
                         FormatBerkas format, boolean perubahan) {

    public Permintaan(JenisLaporan jenis, @Nullable Integer tahun, @Nullable Integer triwulan, @Nullable Long periode,
                      FormatBerkas format) {
        this(jenis, tahun, triwulan, periode, format, false);
    }
}
