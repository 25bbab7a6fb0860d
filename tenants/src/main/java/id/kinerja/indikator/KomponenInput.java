package id.kinerja.indikator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A component of a formula: its name in the formula, its label for people, its unit. */
@Serdeable
public record KomponenInput(
        @NotBlank(message = "wajib diisi") @Size(max = 60, message = "paling banyak 60 karakter") String nama,
        @NotBlank(message = "wajib diisi") @Size(max = 1000, message = "paling banyak 1000 karakter") String label,
        @Nullable @Size(max = 100, message = "paling banyak 100 karakter") String satuan) {
}
