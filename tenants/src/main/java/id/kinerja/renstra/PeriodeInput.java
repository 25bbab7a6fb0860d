package id.kinerja.renstra;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Command: create or change a Renstra period ({@code version} is required when changing). */
@Serdeable
public record PeriodeInput(
        @NotBlank(message = "wajib diisi") @Size(max = 200, message = "paling banyak 200 karakter") String nama,
        @NotNull(message = "wajib diisi") @Min(value = 1990, message = "paling awal 1990") @Max(value = 2100, message = "paling akhir 2100") Integer tahunAwal,
        @Nullable @Min(value = 1990, message = "paling awal 1990") @Max(value = 2100, message = "paling akhir 2100") Integer tahunAkhir,
        @Nullable Long version) {
}
