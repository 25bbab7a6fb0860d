package id.kinerja.anggaran;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/** The budget of a node for a year: its lines replace the ones it had (an empty list removes them). */
@Serdeable
public record AnggaranInput(
        @NotNull(message = "wajib diisi") Long simpulId,
        @NotNull(message = "wajib diisi") @Min(value = 1990, message = "paling awal 1990") @Max(value = 2100, message = "paling akhir 2100") Integer tahun,
        @NotNull(message = "wajib diisi") @Size(max = 20, message = "paling banyak 20 baris") List<@Valid Baris> baris) {

    /** One line: the amount in rupiah and its funding source. */
    @Serdeable
    public record Baris(
            @NotNull(message = "wajib diisi")
            @DecimalMin(value = "0", message = "tidak boleh negatif")
            @DecimalMax(value = "1e16", inclusive = false, message = "terlalu besar")
            @Digits(integer = 16, fraction = 2, message = "rupiah dengan paling banyak 2 angka sen") BigDecimal jumlah,
            @Nullable @Size(max = 200, message = "paling banyak 200 karakter") String sumberDana) {
    }
}
