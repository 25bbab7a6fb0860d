package id.kinerja.capaian;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One step of a tenant's scale: capaian above {@code batasBawah} earns {@code label}; the last step has no bound. */
@Serdeable
public record SkalaInput(
        @Nullable @DecimalMin(value = "-1000", message = "terlalu kecil") @DecimalMax(value = "1000", message = "terlalu besar") java.math.BigDecimal batasBawah,
        @NotBlank(message = "wajib diisi") @Size(max = 50, message = "paling banyak 50 karakter") String label) {
}
