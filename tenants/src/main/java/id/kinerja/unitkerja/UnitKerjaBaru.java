package id.kinerja.unitkerja;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Command: add a unit. */
@Serdeable
public record UnitKerjaBaru(
        @NotBlank(message = "wajib diisi") @Size(max = 20, message = "paling banyak 20 karakter") String kode,
        @NotBlank(message = "wajib diisi") @Size(max = 200, message = "paling banyak 200 karakter") String nama) {
}
