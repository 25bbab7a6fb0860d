package id.kinerja.target;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

/**
 * One target in a bulk upsert: annual ({@code jenis} set, {@code triwulan} absent) or quarterly ({@code triwulan}
 * 1–4, {@code jenis} absent). {@code nilai} null deletes it. {@code version}, when given, must be current (a target
 * deleted meanwhile is stale too); {@code baru: true} says the writer saw no target there, so one that exists now is
 * stale. Neither: written whatever is there.
 */
@Serdeable
public record TargetInput(
        @NotNull(message = "wajib diisi") Long indikatorId,
        @NotNull(message = "wajib diisi") @Min(value = 1990, message = "paling awal 1990") @Max(value = 2100, message = "paling akhir 2100") Integer tahun,
        @Nullable JenisTarget jenis,
        @Nullable @Min(value = 1, message = "triwulan 1–4") @Max(value = 4, message = "triwulan 1–4") Integer triwulan,
        @Nullable @Digits(integer = 18, fraction = 10, message = "paling banyak 18 angka di depan koma dan 10 di belakangnya")
        @DecimalMin(value = "-1e18", inclusive = false, message = "terlalu kecil")
        @DecimalMax(value = "1e18", inclusive = false, message = "terlalu besar") BigDecimal nilai,
        @Nullable Long version,
        @Nullable Boolean baru) {

    @Creator
    public TargetInput {
    }

    /** Without the "expect none" check. */
    public TargetInput(Long indikatorId, Integer tahun, @Nullable JenisTarget jenis, @Nullable Integer triwulan,
                       @Nullable BigDecimal nilai, @Nullable Long version) {
        this(indikatorId, tahun, jenis, triwulan, nilai, version, null);
    }
}
