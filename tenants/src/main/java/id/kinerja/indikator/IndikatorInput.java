package id.kinerja.indikator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * Command: an indicator's whole definition (create, or replace with {@code version}). Absent polaritas,
 * agregasi and presisi mean positive, sum of quarters and 2 decimals.
 */
@Serdeable
public record IndikatorInput(
        @NotBlank(message = "wajib diisi") @Size(max = 60, message = "paling banyak 60 karakter") String kode,
        @NotBlank(message = "wajib diisi") @Size(max = 2000, message = "paling banyak 2000 karakter") String nama,
        @Nullable @Size(max = 100, message = "paling banyak 100 karakter") String satuan,
        @Nullable @Size(max = 4000, message = "paling banyak 4000 karakter") String formulaTeks,
        @Nullable @Size(max = 1000, message = "paling banyak 1000 karakter") String formula,
        @Nullable @Size(max = 20, message = "paling banyak 20 komponen") List<@Valid KomponenInput> komponen,
        @Nullable Polaritas polaritas,
        @Nullable Agregasi agregasi,
        @Nullable @Size(max = 1000, message = "paling banyak 1000 karakter") String sumberData,
        @Nullable @Size(max = 200, message = "paling banyak 200 karakter") String unitKerja,
        @Nullable Boolean iku,
        @Nullable @Min(value = 0, message = "paling sedikit 0") @Max(value = 6, message = "paling banyak 6") Integer presisi,
        @Nullable @Min(value = 0, message = "tidak boleh negatif") Integer urutan,
        @Nullable Long version) {
}
