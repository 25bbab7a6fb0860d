package id.kinerja.realisasi;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What was realised for an indicator in a quarter ({@code triwulan} 1–4) or a whole year ({@code triwulan}
 * null): the value as entered, and/or component values from which the formula computes it; or the reason it
 * is not available yet, who will deliver it and when.
 */
@Serdeable
@MappedEntity("realisasi")
public record Realisasi(
        @Id @GeneratedValue @Nullable Long id,
        long indikatorId,
        int tahun,
        @Nullable Integer triwulan,
        @Nullable BigDecimal nilai,
        StatusRealisasi status,
        @Nullable String alasan,
        @Nullable String sumber,
        @Nullable LocalDate perkiraanTanggal,
        @Nullable String catatan,
        @Version @Nullable Long version) {

    public boolean tersedia() {
        return status == StatusRealisasi.TERSEDIA;
    }
}
