package id.kinerja.narasi;

import id.kinerja.common.ConflictException;
import id.kinerja.common.InvalidInputException;
import id.kinerja.common.Versions;
import id.kinerja.renstra.PeriodeRepository;
import id.kinerja.renstra.SimpulRepository;
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
    private final SimpulRepository simpul;
    private final PeriodeRepository periode;

    NarasiService(NarasiRepository narasi, BabRepository bab, SimpulRepository simpul, PeriodeRepository periode) {
        this.narasi = narasi;
        this.bab = bab;
        this.simpul = simpul;
        this.periode = periode;
    }

    public List<Narasi> narasi(long periodeId) {
        return narasi.diPeriode(periodeId);
    }

    public List<Bab> bab(long periodeId) {
        return bab.findByPeriodeIdOrderByTahunAndKunci(periodeId);
    }

    /** Saves (or, with all texts empty, deletes) a narrative; returns it, or empty when deleted. */
    @Transactional
    public Optional<Narasi> simpan(@Valid NarasiInput in) {
        if (simpul.findById(in.simpulId()).isEmpty()) {
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
        if (periode.findById(in.periodeId()).isEmpty()) {
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
