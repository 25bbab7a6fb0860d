package id.kinerja.tenant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Command: onboard a new dinas. */
@Serdeable
public record TenantBaru(
        @NotBlank(message = "wajib diisi")
        @Size(min = 3, max = 40, message = "panjangnya 3–40 karakter")
        @Pattern(regexp = TenantSchemas.SLUG_PATTERN,
                message = "hanya huruf kecil, angka dan tanda hubung tunggal, diawali huruf (contoh: lumajang-diskopum)")
        String slug,
        @NotBlank(message = "wajib diisi") @Size(max = 300, message = "paling banyak 300 karakter") String name,
        @Nullable @Size(max = 200, message = "paling banyak 200 karakter") String region,
        @Nullable @Size(max = 200, message = "paling banyak 200 karakter") String province,
        @NotBlank(message = "wajib diisi")
        @Pattern(regexp = "kabupaten|kota|provinsi", message = "harus kabupaten, kota atau provinsi")
        String kind) {
}
