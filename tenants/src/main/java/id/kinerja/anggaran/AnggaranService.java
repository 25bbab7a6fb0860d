package id.kinerja.anggaran;

import id.kinerja.common.HasilSimpan;
import id.kinerja.common.InvalidInputException;
import id.kinerja.common.Versions;
import id.kinerja.renstra.Simpul;
import id.kinerja.renstra.SimpulRepository;
import id.kinerja.renstra.Tingkat;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static id.kinerja.common.Teks.rapi;

/** Budgets (anggaran) of programs, kegiatan and sub kegiatan, and what was spent of them per quarter. */
@Singleton
public class AnggaranService {

    private static final Set<Tingkat> BERANGGARAN = Set.of(Tingkat.PROGRAM, Tingkat.KEGIATAN, Tingkat.SUB_KEGIATAN);

    private final AnggaranRepository anggaran;
    private final RealisasiAnggaranRepository realisasi;
    private final SimpulRepository simpul;

    AnggaranService(AnggaranRepository anggaran, RealisasiAnggaranRepository realisasi, SimpulRepository simpul) {
        this.anggaran = anggaran;
        this.realisasi = realisasi;
        this.simpul = simpul;
    }

    public List<Anggaran> anggaran(long simpulId) {
        return anggaran.findBySimpulIdOrderByTahunAndId(simpulId);
    }

    public List<RealisasiAnggaran> realisasi(long simpulId) {
        return realisasi.findBySimpulIdOrderByTahunAndTriwulan(simpulId);
    }

    /** Replaces the budget lines of each (node, year) given; all or nothing. */
    @Transactional
    public HasilSimpan simpanAnggaran(List<@Valid AnggaranInput> items) {
        kunci(items.stream().map(AnggaranInput::simpulId).toList());
        int disimpan = 0;
        int dihapus = 0;
        List<Long> dibuat = new java.util.ArrayList<>();
        Set<String> dilihat = new HashSet<>();
        for (int n = 0; n < items.size(); n++) {
            AnggaranInput in = items.get(n);
            String di = "[" + n + "]";
            periksaSimpul(in.simpulId(), di);
            if (!dilihat.add(in.simpulId() + "/" + in.tahun())) {
                throw new InvalidInputException(di, "anggaran simpul dan tahun yang sama muncul dua kali");
            }
            dihapus += anggaran.deleteBySimpulIdAndTahun(in.simpulId(), in.tahun());
            for (AnggaranInput.Baris b : in.baris()) {
                dibuat.add(anggaran.save(new Anggaran(null, in.simpulId(), in.tahun(), b.jumlah(), rapi(b.sumberDana()), null)).id());
                disimpan++;
            }
        }
        return new HasilSimpan(disimpan, dihapus, dibuat);
    }

    @Transactional
    public HasilSimpan simpanRealisasi(List<@Valid RealisasiAnggaranInput> items) {
        kunci(items.stream().map(RealisasiAnggaranInput::simpulId).toList());
        int disimpan = 0;
        int dihapus = 0;
        List<Long> dibuat = new java.util.ArrayList<>();
        Set<String> dilihat = new HashSet<>();
        for (int n = 0; n < items.size(); n++) {
            RealisasiAnggaranInput in = items.get(n);
            String di = "[" + n + "]";
            periksaSimpul(in.simpulId(), di);
            if (!dilihat.add(in.simpulId() + "/" + in.tahun() + "/" + in.triwulan())) {
                throw new InvalidInputException(di, "realisasi anggaran yang sama muncul dua kali");
            }
            Optional<RealisasiAnggaran> lama = realisasi.findBySimpulIdAndTahunAndTriwulan(in.simpulId(), in.tahun(), in.triwulan());
            if (lama.isPresent() && in.version() != null) {
                Versions.check(in.version(), lama.get().version(), "Realisasi anggaran " + di);
            }
            if (in.kumulatif() == null) {
                if (lama.isPresent()) {
                    realisasi.delete(lama.get());
                    dihapus++;
                }
            } else if (lama.isEmpty()) {
                dibuat.add(realisasi.save(new RealisasiAnggaran(null, in.simpulId(), in.tahun(), in.triwulan(), in.kumulatif(), null)).id());
                disimpan++;
            } else if (lama.get().kumulatif().compareTo(in.kumulatif()) != 0) {
                RealisasiAnggaran r = lama.get();
                realisasi.update(new RealisasiAnggaran(r.id(), r.simpulId(), r.tahun(), r.triwulan(), in.kumulatif(), r.version()));
                disimpan++;
            }
        }
        return new HasilSimpan(disimpan, dihapus, dibuat);
    }

    /**
     * Racing writers of the same nodes take turns: two replacements of a node's budget never leave both sets of
     * lines, two first spendings of a quarter never collide on its key.
     */
    private void kunci(List<Long> simpulIds) {
        Set<Long> ids = new HashSet<>(simpulIds);
        ids.remove(null);
        if (!ids.isEmpty()) {
            anggaran.kunciSimpul(ids);
        }
    }

    private void periksaSimpul(long simpulId, String di) {
        Simpul s = simpul.findById(simpulId)
                .orElseThrow(() -> new InvalidInputException(di + ".simpulId", "simpul " + simpulId + " tidak ditemukan"));
        if (!BERANGGARAN.contains(s.tingkat())) {
            throw new InvalidInputException(di + ".simpulId", "anggaran dicatat pada program, kegiatan atau sub kegiatan, bukan "
                    + s.tingkat().label().toLowerCase());
        }
    }

}
