package id.kinerja.realisasi;

import id.kinerja.anggaran.AnggaranService;
import id.kinerja.common.InvalidInputException;
import id.kinerja.narasi.NarasiInput;
import id.kinerja.narasi.NarasiService;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;

/**
 * Saves an {@link IsianTriwulan} in one transaction: all of it or nothing. Each part goes through its own service
 * (the rules of {@link RealisasiService#simpan}, {@link NarasiService#simpan(NarasiInput)} and
 * {@link AnggaranService#simpanRealisasi} are not repeated here); a refused item is named under its part
 * ({@code realisasi[3].nilai}, {@code narasi[0].faktorPendukung}, {@code anggaran[1].kumulatif}).
 */
@Singleton
public class PengisianTriwulan {

    private final RealisasiService realisasi;
    private final NarasiService narasi;
    private final AnggaranService anggaran;

    PengisianTriwulan(RealisasiService realisasi, NarasiService narasi, AnggaranService anggaran) {
        this.realisasi = realisasi;
        this.narasi = narasi;
        this.anggaran = anggaran;
    }

    @Transactional
    public Hasil simpan(@Valid IsianTriwulan isian) {
        int disimpan = 0;
        int dihapus = 0;
        try {
            var h = realisasi.simpan(isian.realisasi());
            disimpan += h.disimpan();
            dihapus += h.dihapus();
        } catch (InvalidInputException e) {
            throw e.under("realisasi");
        }
        int narasiDisimpan = 0;
        for (int n = 0; n < isian.narasi().size(); n++) {
            try {
                narasi.simpan(isian.narasi().get(n));
                narasiDisimpan++;
            } catch (InvalidInputException e) {
                throw e.under("narasi[" + n + "]");
            }
        }
        int anggaranDisimpan;
        try {
            var h = anggaran.simpanRealisasi(isian.anggaran());
            anggaranDisimpan = h.disimpan() + h.dihapus();
        } catch (InvalidInputException e) {
            throw e.under("anggaran");
        }
        return new Hasil(disimpan, dihapus, narasiDisimpan, anggaranDisimpan);
    }

    /** How many realisations were saved and deleted, and how many narratives and budget figures written. */
    @Serdeable
    public record Hasil(int realisasi, int realisasiDihapus, int narasi, int anggaran) {
    }
}
