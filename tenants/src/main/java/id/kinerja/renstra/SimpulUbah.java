package id.kinerja.renstra;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Command: change what a node says (its place in the tree changes with {@link Pindah}). */
@Serdeable
public record SimpulUbah(
        @NotBlank(message = "wajib diisi") @Size(max = 60, message = "paling banyak 60 karakter") String kode,
        @NotBlank(message = "wajib diisi") @Size(max = 2000, message = "paling banyak 2000 karakter") String nama,
        @Nullable @Size(max = 200, message = "paling banyak 200 karakter") String unitKerja,
        @Nullable @Size(max = 4000, message = "paling banyak 4000 karakter") String outcome,
        @Nullable @Size(max = 2000, message = "paling banyak 2000 karakter") String lokasi,
        @NotNull(message = "wajib diisi") Long version) {
}
