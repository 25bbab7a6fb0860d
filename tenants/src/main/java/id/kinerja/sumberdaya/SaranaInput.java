package id.kinerja.sumberdaya;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A row of the sarana dan prasarana, as written through the API (the rows of a year are replaced together). */
@Serdeable
public record SaranaInput(
        @NotBlank(message = "wajib diisi") @Size(max = 200, message = "paling banyak 200 karakter") String nama,
        @NotBlank(message = "wajib diisi") @Size(max = 50, message = "paling banyak 50 karakter") String satuan,
        @Min(value = 0, message = "tidak boleh negatif") @Max(value = 10000000, message = "terlalu besar") int jumlah,
        @Nullable @Size(max = 500, message = "paling banyak 500 karakter") String kondisi) {
}
