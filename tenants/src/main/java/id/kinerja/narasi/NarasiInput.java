package id.kinerja.narasi;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Command: the narrative of a node for a year (and quarter); all three texts empty deletes it. */
@Serdeable
public record NarasiInput(
        @NotNull(message = "wajib diisi") Long simpulId,
        @NotNull(message = "wajib diisi") @Min(value = 1990, message = "paling awal 1990") @Max(value = 2100, message = "paling akhir 2100") Integer tahun,
        @Nullable @Min(value = 1, message = "triwulan 1–4") @Max(value = 4, message = "triwulan 1–4") Integer triwulan,
        @Nullable @Size(max = 20000, message = "paling banyak 20000 karakter") String faktorPendukung,
        @Nullable @Size(max = 20000, message = "paling banyak 20000 karakter") String faktorPenghambat,
        @Nullable @Size(max = 20000, message = "paling banyak 20000 karakter") String upayaSolusi,
        @Nullable Long version) {
}
