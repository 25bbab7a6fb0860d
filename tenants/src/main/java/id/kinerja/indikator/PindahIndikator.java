package id.kinerja.indikator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Command: move an indicator to another node of the same level and period (its targets and realisations go with it),
 * or to another position among the indicators of its node ({@code urutan} from 0; absent = last).
 */
@Serdeable
public record PindahIndikator(
        @NotNull(message = "wajib diisi") Long simpulId,
        @Nullable @Min(value = 0, message = "tidak boleh negatif") Integer urutan,
        @NotNull(message = "wajib diisi") Long version) {
}
