package id.kinerja.renstra;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Command: move a node under another parent of the level above (or reorder among its siblings). */
@Serdeable
public record Pindah(
        @Nullable Long parentId,
        @Nullable @Min(value = 0, message = "tidak boleh negatif") Integer urutan,
        @NotNull(message = "wajib diisi") Long version) {
}
