package id.kinerja.profil;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The profile of a dinas as read and written through the API: identity, tugas and fungsi, visi and misi,
 * the head of the dinas and the superior who signs the Perjanjian Kinerja with them.
 */
@Serdeable
public record ProfilData(
        @Nullable @Size(max = 300, message = "paling banyak 300 karakter") String namaResmi,
        @Nullable @Size(max = 1000, message = "paling banyak 1000 karakter") String alamat,
        @Nullable @Size(max = 200, message = "paling banyak 200 karakter") String wilayah,
        @Nullable @Size(max = 4000, message = "paling banyak 4000 karakter") String tugas,
        @Nullable @Size(max = 30, message = "paling banyak 30 fungsi") List<@Size(max = 2000, message = "paling banyak 2000 karakter") String> fungsi,
        @Nullable @Size(max = 4000, message = "paling banyak 4000 karakter") String visi,
        @Nullable @Size(max = 30, message = "paling banyak 30 misi") List<@Size(max = 2000, message = "paling banyak 2000 karakter") String> misi,
        @Nullable @Valid Pejabat kepala,
        @Nullable @Valid Pejabat atasan,
        @Nullable Long version) {

    /**
     * An official: name, rank and NIP (18 digits). For the superior also the position ({@code jabatan}, e.g.
     * "Bupati Lumajang") and whether they act for someone ({@code plt}: Pj./Plt.).
     */
    @Serdeable
    public record Pejabat(
            @Nullable @Size(max = 200, message = "paling banyak 200 karakter") String nama,
            @Nullable @Size(max = 100, message = "paling banyak 100 karakter") String pangkat,
            @Nullable @Size(max = 20, message = "paling banyak 20 karakter") String golongan,
            @Nullable @Pattern(regexp = "\\d{18}", message = "NIP terdiri dari 18 angka") String nip,
            @Nullable @Size(max = 200, message = "paling banyak 200 karakter") String jabatan,
            @Nullable Boolean plt) {
    }
}
