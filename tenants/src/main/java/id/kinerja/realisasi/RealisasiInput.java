package id.kinerja.realisasi;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * One realisation in a bulk upsert, for a quarter ({@code triwulan} 1–4) or the whole year ({@code triwulan}
 * absent). Available ones carry {@code nilai} and/or {@code komponen}; {@code BELUM_TERSEDIA} ones carry
 * {@code alasan} (and may name {@code sumber} and {@code perkiraanTanggal}). {@code hapus: true} deletes.
 */
@Serdeable
public record RealisasiInput(
        @NotNull(message = "wajib diisi") Long indikatorId,
        @NotNull(message = "wajib diisi") @Min(value = 1990, message = "paling awal 1990") @Max(value = 2100, message = "paling akhir 2100") Integer tahun,
        @Nullable @Min(value = 1, message = "triwulan 1–4") @Max(value = 4, message = "triwulan 1–4") Integer triwulan,
        @Nullable @Digits(integer = 18, fraction = 10, message = "paling banyak 18 angka di depan koma dan 10 di belakangnya")
        @DecimalMin(value = "-1e18", inclusive = false, message = "terlalu kecil")
        @DecimalMax(value = "1e18", inclusive = false, message = "terlalu besar") BigDecimal nilai,
        @Nullable @Size(max = 20, message = "paling banyak 20 komponen") Map<String,
                @NotNull(message = "wajib diisi")
                @Digits(integer = 18, fraction = 10, message = "paling banyak 18 angka di depan koma dan 10 di belakangnya") BigDecimal> komponen,
        @Nullable StatusRealisasi status,
        @Nullable @Size(max = 2000, message = "paling banyak 2000 karakter") String alasan,
        @Nullable @Size(max = 200, message = "paling banyak 200 karakter") String sumber,
        @Nullable LocalDate perkiraanTanggal,
        @Nullable @Size(max = 4000, message = "paling banyak 4000 karakter") String catatan,
        @Nullable Boolean hapus,
        @Nullable Long version) {
}
