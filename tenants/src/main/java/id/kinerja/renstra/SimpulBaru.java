package id.kinerja.renstra;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Command: add a node under {@code parentId} (none for a tujuan), at position {@code urutan} (0-based;
 * at the end when absent).
 */
@Serdeable
public record SimpulBaru(
        @NotNull(message = "wajib diisi") Long periodeId,
        @Nullable Long parentId,
        @NotNull(message = "wajib diisi") Tingkat tingkat,
        @NotBlank(message = "wajib diisi") @Size(max = 60, message = "paling banyak 60 karakter") String kode,
        @NotBlank(message = "wajib diisi") @Size(max = 2000, message = "paling banyak 2000 karakter") String nama,
        @Nullable @Min(value = 0, message = "tidak boleh negatif") Integer urutan,
        @Nullable @Size(max = 200, message = "paling banyak 200 karakter") String unitKerja,
        @Nullable @Size(max = 4000, message = "paling banyak 4000 karakter") String outcome,
        @Nullable @Size(max = 2000, message = "paling banyak 2000 karakter") String lokasi) {
}
