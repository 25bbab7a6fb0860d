package id.kinerja.pengguna;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Command: a new user. */
@Serdeable
public record PenggunaBaru(
        @NotBlank(message = "wajib diisi")
        @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,59}", message = "3–60 huruf kecil, angka, titik, garis bawah atau tanda hubung")
        String username,
        @NotBlank(message = "wajib diisi") @Size(max = 200, message = "paling banyak 200 karakter") String nama,
        @NotBlank(message = "wajib diisi") @Size(min = 10, max = 200, message = "10–200 karakter") String password,
        @Nullable Boolean provinsi) {
}
