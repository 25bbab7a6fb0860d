package id.kinerja.realisasi;

import id.kinerja.anggaran.RealisasiAnggaranInput;
import id.kinerja.narasi.NarasiInput;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/**
 * Command: what an editor changed in one quarter, saved together — realisations of indicators, the narratives
 * (faktor pendukung, penghambat, upaya) of sasaran, and the cumulative budget spending of program, kegiatan and sub
 * kegiatan. Each part has the same form as the API's bulk write of it.
 */
@Serdeable
public record IsianTriwulan(
        @NotNull(message = "wajib diisi") List<@Valid RealisasiInput> realisasi,
        @NotNull(message = "wajib diisi") List<@Valid NarasiInput> narasi,
        @NotNull(message = "wajib diisi") List<@Valid RealisasiAnggaranInput> anggaran) {
}
