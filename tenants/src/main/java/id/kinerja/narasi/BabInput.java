package id.kinerja.narasi;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Command: the text of a report chapter; empty text deletes it. */
@Serdeable
public record BabInput(
        @NotNull(message = "wajib diisi") Long periodeId,
        @NotBlank(message = "wajib diisi") @Pattern(regexp = "[a-z][a-z0-9_]{1,49}", message = "huruf kecil, angka dan garis bawah, misalnya kata_pengantar") String kunci,
        @NotNull(message = "wajib diisi") @Min(value = 1990, message = "paling awal 1990") @Max(value = 2100, message = "paling akhir 2100") Integer tahun,
        @Nullable @Min(value = 1, message = "triwulan 1–4") @Max(value = 4, message = "triwulan 1–4") Integer triwulan,
        @Nullable @Size(max = 100000, message = "paling banyak 100000 karakter") String teks,
        @Nullable Long version) {
}
