package id.kinerja.anggaran;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

/** Budget spent by a node up to the end of a quarter; {@code kumulatif} null deletes the entry. */
@Serdeable
public record RealisasiAnggaranInput(
        @NotNull(message = "wajib diisi") Long simpulId,
        @NotNull(message = "wajib diisi") @Min(value = 1990, message = "paling awal 1990") @Max(value = 2100, message = "paling akhir 2100") Integer tahun,
        @NotNull(message = "wajib diisi") @Min(value = 1, message = "triwulan 1–4") @Max(value = 4, message = "triwulan 1–4") Integer triwulan,
        @Nullable
        @DecimalMin(value = "0", message = "tidak boleh negatif")
        @DecimalMax(value = "1e16", inclusive = false, message = "terlalu besar")
        @Digits(integer = 16, fraction = 2, message = "rupiah dengan paling banyak 2 angka sen") BigDecimal kumulatif,
        @Nullable Long version) {
}
