package id.kinerja.anggaran;

import id.kinerja.common.HasilSimpan;
import id.kinerja.common.Pemeriksaan;
import id.kinerja.common.Versions;
import id.kinerja.renstra.RenstraService;
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

    private final AnggaranRepository anggaran;
    private final RealisasiAnggaranRepository realisasi;
    private final RenstraService renstra;

    AnggaranService(AnggaranRepository anggaran, RealisasiAnggaranRepository realisasi, RenstraService renstra) {
        this.anggaran = anggaran;
        this.realisasi = realisasi;
        this.renstra = renstra;
    }

    public List<Anggaran> anggaran(long simpulId) {
        return anggaran.findBySimpulIdOrderByTahunAndId(simpulId);
    }

    /** The budget lines of a period's nodes. */
    public List<Anggaran> diPeriode(long periodeId) {
        return anggaran.diPeriode(periodeId);
    }

    /** What a period's nodes spent, per quarter. */
    public List<RealisasiAnggaran> realisasiDiPeriode(long periodeId) {
        return realisasi.diPeriode(periodeId);
    }

    public List<RealisasiAnggaran> realisasi(long simpulId) {
        return realisasi.findBySimpulIdOrderByTahunAndTriwulan(simpulId);
    }

    /**
     * Adds budgets and spending in one batch (an imported framework), for nodes that have none yet for the same
     * year and quarter. Every problem is reported at once, at {@code anggaran[n].field} and {@code realisasi[n].field}.
     */
    @Transactional
    public HasilSimpan tambahSemua(List<@Valid AnggaranInput> items, List<@Valid RealisasiAnggaranInput> spent) {
        if (items.isEmpty() && spent.isEmpty()) {
            return new HasilSimpan(0, 0, List.of());
        }
        List<Long> ids = new java.util.ArrayList<>(items.stream().map(AnggaranInput::simpulId).toList());
        spent.forEach(r -> ids.add(r.simpulId()));
        var tingkat = renstra.tingkat(ids);
        Pemeriksaan p = new Pemeriksaan();
        AturanAnggaran.periksaAnggaran(items, tingkat::get, p.di("anggaran"));
        AturanAnggaran.periksaRealisasi(spent, tingkat::get, p.di("realisasi"));
        p.lempar();
        List<Anggaran> lines = items.stream().flatMap(in -> in.baris().stream()
                .map(b -> new Anggaran(null, in.simpulId(), in.tahun(), b.jumlah(), rapi(b.sumberDana()), null))).toList();
        List<RealisasiAnggaran> rows = spent.stream().filter(r -> r.kumulatif() != null)
                .map(r -> new RealisasiAnggaran(null, r.simpulId(), r.tahun(), r.triwulan(), r.kumulatif(), null)).toList();
        List<Long> dibuat = new java.util.ArrayList<>();
        if (!lines.isEmpty()) {
            anggaran.saveAll(lines).forEach(a -> dibuat.add(a.id()));
        }
        if (!rows.isEmpty()) {
            realisasi.saveAll(rows).forEach(r -> dibuat.add(r.id()));
        }
        return new HasilSimpan(dibuat.size(), 0, dibuat);
    }

    /** Replaces the budget lines of each (node, year) given; all or nothing. */
    @Transactional
    public HasilSimpan simpanAnggaran(List<@Valid AnggaranInput> items) {
        List<Long> ids = items.stream().map(AnggaranInput::simpulId).toList();
        kunci(ids);
        Pemeriksaan p = new Pemeriksaan();
        AturanAnggaran.periksaAnggaran(items, renstra.tingkat(ids)::get, p);
        p.lempar();
        int disimpan = 0;
        int dihapus = 0;
        List<Long> dibuat = new java.util.ArrayList<>();
        for (AnggaranInput in : items) {
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
        List<Long> ids = items.stream().map(RealisasiAnggaranInput::simpulId).toList();
        kunci(ids);
        Pemeriksaan p = new Pemeriksaan();
        AturanAnggaran.periksaRealisasi(items, renstra.tingkat(ids)::get, p);
        p.lempar();
        int disimpan = 0;
        int dihapus = 0;
        List<Long> dibuat = new java.util.ArrayList<>();
        for (int n = 0; n < items.size(); n++) {
            RealisasiAnggaranInput in = items.get(n);
            String di = "[" + n + "]";
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


}
