package id.kinerja.narasi;

import id.kinerja.common.ConflictException;
import id.kinerja.common.InvalidInputException;
import id.kinerja.common.Versions;
import id.kinerja.common.Pemeriksaan;
import id.kinerja.renstra.RenstraService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;

import java.util.List;
import java.util.Optional;

import static id.kinerja.common.Teks.rapi;

/** Narratives of tujuan and sasaran, and free chapter texts, used by the reports. */
@Singleton
public class NarasiService {

    private final NarasiRepository narasi;
    private final BabRepository bab;
    private final RenstraService renstra;

    NarasiService(NarasiRepository narasi, BabRepository bab, RenstraService renstra) {
        this.narasi = narasi;
        this.bab = bab;
        this.renstra = renstra;
    }

    public List<Narasi> narasi(long periodeId) {
        return narasi.diPeriode(periodeId);
    }

    public List<Bab> bab(long periodeId) {
        return bab.findByPeriodeIdOrderByTahunAndKunci(periodeId);
    }

    /**
     * Adds narratives and chapters in one batch (an imported period), as given, where none exist yet for the same
     * node or chapter, year and quarter. Every problem is reported at once, at {@code narasi[n]} and {@code bab[n]}.
     */
    @Transactional
    public int tambahSemua(List<@Valid NarasiInput> daftarNarasi, List<@Valid BabInput> daftarBab) {
        Pemeriksaan p = new Pemeriksaan();
        var ada = renstra.tingkat(daftarNarasi.stream().map(NarasiInput::simpulId).toList());
        for (int n = 0; n < daftarNarasi.size(); n++) {
            if (!ada.containsKey(daftarNarasi.get(n).simpulId())) {
                p.tambah("narasi[" + n + "].simpulId", "simpul " + daftarNarasi.get(n).simpulId() + " tidak ditemukan");
            }
        }
        daftarBab.stream().map(BabInput::periodeId).distinct().filter(id -> !renstra.adaPeriode(id))
                .forEach(id -> p.tambah("bab", "periode " + id + " tidak ditemukan"));
        AturanNarasi.periksaNarasi(daftarNarasi, p.di("narasi"));
        AturanNarasi.periksaBab(daftarBab, p.di("bab"));
        p.lempar();
        if (!daftarNarasi.isEmpty()) {
            narasi.saveAll(daftarNarasi.stream().map(in -> new Narasi(null, in.simpulId(), in.tahun(), in.triwulan(),
                    rapi(in.faktorPendukung()), rapi(in.faktorPenghambat()), rapi(in.upayaSolusi()), null)).toList());
        }
        if (!daftarBab.isEmpty()) {
            bab.saveAll(daftarBab.stream().map(in -> new Bab(null, in.periodeId(), in.kunci(), in.tahun(), in.triwulan(),
                    rapi(in.teks()), null)).toList());
        }
        return daftarNarasi.size();
    }

    /** Saves (or, with all texts empty, deletes) a narrative; returns it, or empty when deleted. */
    @Transactional
    public Optional<Narasi> simpan(@Valid NarasiInput in) {
        if (renstra.tingkat(List.of(in.simpulId())).isEmpty()) {
            throw new InvalidInputException("simpulId", "simpul " + in.simpulId() + " tidak ditemukan");
        }
        narasi.kunciSimpul(List.of(in.simpulId())); // racing writers of the same new narrative take turns
        Optional<Narasi> lama = narasi.cari(in.simpulId(), in.tahun(), in.triwulan()).stream().findFirst();
        if (lama.isPresent()) {
            sudahAda(in.version(), "Narasi");
            Versions.check(in.version(), lama.get().version(), "Narasi");
        }
        if (rapi(in.faktorPendukung()) == null && rapi(in.faktorPenghambat()) == null && rapi(in.upayaSolusi()) == null) {
            lama.ifPresent(narasi::delete);
            return Optional.empty();
        }
        Narasi n = new Narasi(lama.map(Narasi::id).orElse(null), in.simpulId(), in.tahun(), in.triwulan(),
                rapi(in.faktorPendukung()), rapi(in.faktorPenghambat()), rapi(in.upayaSolusi()),
                lama.map(Narasi::version).orElse(null));
        return Optional.of(lama.isPresent() ? narasi.update(n) : narasi.save(n));
    }

    /** Written as new (no version) while it exists: somebody else saved it first, or the client's view is stale. */
    private static void sudahAda(@Nullable Long version, String apa) {
        if (version == null) {
            throw new ConflictException("version", apa + " ini sudah ada (mungkin baru disimpan orang lain); muat ulang, "
                    + "lalu ulangi perubahan dengan version-nya");
        }
    }

    @Transactional
    public Optional<Bab> simpan(@Valid BabInput in) {
        if (!renstra.adaPeriode(in.periodeId())) {
            throw new InvalidInputException("periodeId", "periode " + in.periodeId() + " tidak ditemukan");
        }
        bab.kunciPeriode(List.of(in.periodeId())); // racing writers of the same new chapter take turns
        Optional<Bab> lama = bab.cari(in.periodeId(), in.kunci(), in.tahun(), in.triwulan()).stream().findFirst();
        if (lama.isPresent()) {
            sudahAda(in.version(), "Bab");
            Versions.check(in.version(), lama.get().version(), "Bab");
        }
        if (rapi(in.teks()) == null) {
            lama.ifPresent(bab::delete);
            return Optional.empty();
        }
        Bab b = new Bab(lama.map(Bab::id).orElse(null), in.periodeId(), in.kunci(), in.tahun(), in.triwulan(), in.teks().strip(),
                lama.map(Bab::version).orElse(null));
        return Optional.of(lama.isPresent() ? bab.update(b) : bab.save(b));
    }

}
