package id.kinerja.unitkerja;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * Command: change a unit — its name, its place in the struktur organisasi (the unit above it, none for the head, and
 * its order among its siblings), its tugas and fungsi. {@code version} is the one it was read with.
 */
@Serdeable
public record UnitKerjaUbah(
        @NotBlank(message = "wajib diisi") @Size(max = 200, message = "paling banyak 200 karakter") String nama,
        @Nullable Long parentId,
        @Min(value = 0, message = "paling kecil 0") @Max(value = 999, message = "paling besar 999") int urutan,
        @Nullable @Size(max = 4000, message = "paling banyak 4000 karakter") String tugas,
        @Nullable @Size(max = 40, message = "paling banyak 40 fungsi") List<@Size(max = 2000, message = "paling banyak 2000 karakter") String> fungsi,
        @NotNull(message = "wajib diisi: versi data yang diubah") Long version) {
}
