package id.kinerja.indikator;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Command: a new indicator under node {@code simpulId}, in a bulk write. */
@Serdeable
public record IndikatorBaru(@NotNull(message = "wajib diisi") Long simpulId,
                            @NotNull(message = "wajib diisi") @Valid IndikatorInput indikator) {
}
