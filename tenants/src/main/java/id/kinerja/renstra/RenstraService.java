package id.kinerja.renstra;

import id.kinerja.common.ConflictException;
import id.kinerja.common.InvalidInputException;
import id.kinerja.common.Pemeriksaan;
import id.kinerja.common.NotFoundException;
import id.kinerja.common.Versions;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;

import java.util.ArrayList;
import java.util.List;

import static id.kinerja.common.Teks.rapi;

/** Renstra periods and their framework tree: add, change, move and delete nodes, keeping sibling order dense. */
@Singleton
public class RenstraService {

    private final PeriodeRepository periodes;
    private final SimpulRepository nodes;

    RenstraService(PeriodeRepository periodes, SimpulRepository nodes) {
        this.periodes = periodes;
        this.nodes = nodes;
    }

    public List<Periode> daftarPeriode() {
        return periodes.listOrderByTahunAwalAndId();
    }

    public boolean adaPeriode(long id) {
        return periodes.findById(id).isPresent();
    }

    public Periode periode(long id) {
        return periodes.findById(id).orElseThrow(() -> new NotFoundException("Periode " + id + " tidak ditemukan"));
    }

    /**
     * The period measuring {@code tahun}: the latest one whose years include it. A period without an end year
     * includes only its start year: which later years it measures is not known, so it never answers for them
     * silently (name the period explicitly, or give it its end year).
     */
    public Periode periodeUntuk(int tahun) {
        List<Periode> semua = daftarPeriode();
        return semua.reversed().stream()
                .filter(p -> p.tahunAwal() != null && p.tahunAwal() <= tahun
                        && tahun <= (p.tahunAkhir() == null ? p.tahunAwal() : p.tahunAkhir()))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Tidak ada periode Renstra yang mencakup tahun " + tahun
                        + (semua.isEmpty() ? "" : " (" + String.join("; ", semua.stream().map(RenstraService::tahunnya).toList())
                        + "); tetapkan tahun akhir periodenya atau pilih periode dengan parameter periode")));
    }

    /** Every year some period covers, by the rule of {@link #periodeUntuk} (a period without an end year: its start year). */
    public java.util.SortedSet<Integer> tahunTercakup() {
        java.util.SortedSet<Integer> tahun = new java.util.TreeSet<>();
        for (Periode p : daftarPeriode()) {
            if (p.tahunAwal() != null) {
                for (int t = p.tahunAwal(); t <= (p.tahunAkhir() == null ? p.tahunAwal() : p.tahunAkhir()); t++) {
                    tahun.add(t);
                }
            }
        }
        return tahun;
    }

    /** "'Renstra' 2025–2029", "'IKU 2022' 2022, tanpa tahun akhir", "'IKU' tanpa tahun". */
    static String tahunnya(Periode p) {
        String nama = "'" + p.nama() + "' ";
        if (p.tahunAwal() == null) {
            return nama + "tanpa tahun";
        }
        return nama + p.tahunAwal() + (p.tahunAkhir() == null ? ", tanpa tahun akhir"
                : p.tahunAkhir().equals(p.tahunAwal()) ? "" : "–" + p.tahunAkhir());
    }

    @Transactional
    public Periode buatPeriode(@Valid PeriodeInput input) {
        periksaTahun(input);
        return periodes.save(new Periode(null, input.nama().strip(), input.tahunAwal(), input.tahunAkhir(), null));
    }

    /**
     * A period as an exchange document or a backup carries it: its years may be unknown (a list of IKU without
     * years), which the API's command requires.
     */
    @Transactional
    public Periode salinPeriode(PeriodeInput input) {
        periksaTahun(input);
        return periodes.save(new Periode(null, input.nama().strip(), input.tahunAwal(), input.tahunAkhir(), null));
    }

    @Transactional
    public Periode ubahPeriode(long id, @Valid PeriodeInput input) {
        Periode lama = periode(id);
        Versions.check(input.version(), lama.version(), "Periode");
        periksaTahun(input);
        return periodes.update(new Periode(id, input.nama().strip(), input.tahunAwal(), input.tahunAkhir(), lama.version()));
    }

    @Transactional
    public void hapusPeriode(long id, boolean cascade) {
        periode(id);
        long isi = nodes.countByPeriodeId(id);
        if (isi > 0 && !cascade) {
            throw new ConflictException(null, "Periode masih berisi " + isi + " simpul; hapus dengan cascade=true"
                    + " untuk menghapus semuanya");
        }
        periodes.deleteById(id);
    }

    /** Every node of the period in tree order: each node before the nodes under it, siblings by {@code urutan}. */
    public List<Simpul> pohon(long periodeId) {
        periode(periodeId);
        return urutanPohon(nodes.findByPeriodeIdOrderByUrutanAndId(periodeId));
    }

    /** Depth first from the roots; {@code terurut} is in sibling order already, and that order is kept. */
    static List<Simpul> urutanPohon(List<Simpul> terurut) {
        java.util.Map<Long, List<Simpul>> anak = new java.util.HashMap<>();
        java.util.Set<Long> ada = new java.util.HashSet<>();
        terurut.forEach(s -> ada.add(s.id()));
        List<Simpul> akar = new java.util.ArrayList<>();
        for (Simpul s : terurut) {
            if (s.parentId() == null || !ada.contains(s.parentId())) {
                akar.add(s);
            } else {
                anak.computeIfAbsent(s.parentId(), k -> new java.util.ArrayList<>()).add(s);
            }
        }
        List<Simpul> hasil = new java.util.ArrayList<>(terurut.size());
        java.util.Deque<Simpul> tumpuk = new java.util.ArrayDeque<>();
        for (int i = akar.size() - 1; i >= 0; i--) {
            tumpuk.push(akar.get(i));
        }
        while (!tumpuk.isEmpty()) {
            Simpul s = tumpuk.pop();
            hasil.add(s);
            List<Simpul> bawah = anak.getOrDefault(s.id(), List.of());
            for (int i = bawah.size() - 1; i >= 0; i--) {
                tumpuk.push(bawah.get(i));
            }
        }
        return hasil;
    }

    /** The level of each node that exists among {@code ids}. */
    public java.util.Map<Long, Tingkat> tingkat(java.util.Collection<Long> ids) {
        java.util.Map<Long, Tingkat> hasil = new java.util.HashMap<>();
        java.util.Set<Long> ada = new java.util.HashSet<>(ids);
        ada.remove(null);
        if (!ada.isEmpty()) {
            nodes.findByIdInList(ada).forEach(s -> hasil.put(s.id(), s.tingkat()));
        }
        return hasil;
    }

    public Simpul simpul(long id) {
        return nodes.findById(id).orElseThrow(() -> new NotFoundException("Simpul " + id + " tidak ditemukan"));
    }

    @Transactional
    public Simpul tambah(@Valid SimpulBaru input) {
        periodes.findById(input.periodeId())
                .orElseThrow(() -> new InvalidInputException("periodeId", "periode " + input.periodeId() + " tidak ditemukan"));
        periksaInduk(input.periodeId(), input.parentId(), input.tingkat());
        List<Simpul> saudara = nodes.saudara(input.periodeId(), input.parentId());
        int posisi = input.urutan() == null ? saudara.size() : Math.min(input.urutan(), saudara.size());
        Simpul baru = nodes.save(new Simpul(null, input.periodeId(), input.parentId(), input.tingkat(), input.kode().strip(),
                input.nama().strip(), posisi, rapi(input.unitKerja()), rapi(input.outcome()), rapi(input.lokasi()), null));
        List<Simpul> urut = new ArrayList<>(saudara);
        urut.add(posisi, baru);
        nomori(urut);
        return simpul(baru.id());
    }

    /**
     * Adds many nodes in one batch (a level of an imported tree): each under a parent that exists already, appended
     * after its siblings in the order given ({@code urutan} is not read). Every problem is reported at once, at
     * {@code [n].field}; returns the new nodes in order.
     */
    @Transactional
    public List<Simpul> tambahSemua(List<@Valid SimpulBaru> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, Long> periodeInduk = new java.util.HashMap<>();
        java.util.Map<Long, Tingkat> tingkatInduk = new java.util.HashMap<>();
        java.util.Map<String, Integer> jumlahAnak = new java.util.HashMap<>();
        java.util.Set<Long> periodeAda = new java.util.HashSet<>();
        for (Long periodeId : items.stream().map(SimpulBaru::periodeId).distinct().toList()) {
            if (periodes.findById(periodeId).isPresent()) {
                periodeAda.add(periodeId);
                for (Simpul s : nodes.findByPeriodeIdOrderByUrutanAndId(periodeId)) {
                    periodeInduk.put(s.id(), s.periodeId());
                    tingkatInduk.put(s.id(), s.tingkat());
                    jumlahAnak.merge(periodeId + "/" + s.parentId(), 1, Integer::sum);
                }
            }
        }
        Pemeriksaan p = new Pemeriksaan();
        List<Simpul> rows = new ArrayList<>();
        for (int n = 0; n < items.size(); n++) {
            SimpulBaru in = items.get(n);
            Pemeriksaan di = p.di("[" + n + "]");
            if (!periodeAda.contains(in.periodeId())) {
                di.tambah("periodeId", "periode " + in.periodeId() + " tidak ditemukan");
                continue;
            }
            if (in.parentId() != null && !in.periodeId().equals(periodeInduk.get(in.parentId()))) {
                di.tambah("parentId", "simpul induk " + in.parentId() + " tidak ditemukan di periode ini");
                continue;
            }
            AturanRenstra.induk(in.tingkat(), in.parentId() == null ? null : tingkatInduk.get(in.parentId()), di);
            int urutan = jumlahAnak.merge(in.periodeId() + "/" + in.parentId(), 1, Integer::sum) - 1;
            rows.add(new Simpul(null, in.periodeId(), in.parentId(), in.tingkat(), in.kode().strip(), in.nama().strip(), urutan,
                    rapi(in.unitKerja()), rapi(in.outcome()), rapi(in.lokasi()), null));
        }
        p.lempar();
        List<Simpul> saved = new ArrayList<>();
        nodes.saveAll(rows).forEach(saved::add);
        return saved;
    }

    @Transactional
    public Simpul ubah(long id, @Valid SimpulUbah input) {
        Simpul lama = simpul(id);
        Versions.check(input.version(), lama.version(), "Simpul");
        if (nodes.ubahIsi(id, input.kode().strip(), input.nama().strip(), rapi(input.unitKerja()), rapi(input.outcome()),
                rapi(input.lokasi()), input.version()) == 0) {
            Versions.check(input.version(), simpul(id).version(), "Simpul");
        }
        return simpul(id);
    }

    @Transactional
    public Simpul pindah(long id, @Valid Pindah input) {
        Simpul node = simpul(id);
        Versions.check(input.version(), node.version(), "Simpul");
        periksaInduk(node.periodeId(), input.parentId(), node.tingkat());
        List<Simpul> asal = new ArrayList<>(nodes.saudara(node.periodeId(), node.parentId()));
        asal.removeIf(s -> s.id().equals(id));
        nomori(asal);
        List<Simpul> tujuan = new ArrayList<>(nodes.saudara(node.periodeId(), input.parentId()));
        tujuan.removeIf(s -> s.id().equals(id));
        int posisi = input.urutan() == null ? tujuan.size() : Math.min(input.urutan(), tujuan.size());
        if (nodes.pindahkan(id, input.parentId(), posisi, input.version()) == 0) {
            Versions.check(input.version(), simpul(id).version(), "Simpul");
        }
        tujuan.add(posisi, node.withParent(input.parentId(), posisi));
        nomori(tujuan);
        return simpul(id);
    }

    /** Deletes a node; one with data under it only when {@code cascade} says so (then all of it goes). */
    @Transactional
    public void hapus(long id, boolean cascade) {
        Simpul node = simpul(id);
        IsiSimpul isi = nodes.isi(id);
        if (!isi.kosong() && !cascade) {
            throw new ConflictException(null, node.tingkat().label() + " '" + node.kode() + "' masih berisi " + isi.uraian()
                    + "; hapus dengan cascade=true untuk menghapus semuanya");
        }
        nodes.deleteById(id);
        nomori(nodes.saudara(node.periodeId(), node.parentId()));
    }

    private void periksaInduk(long periodeId, @Nullable Long parentId, Tingkat tingkat) {
        Simpul induk = parentId == null ? null : nodes.findById(parentId)
                .orElseThrow(() -> new InvalidInputException("parentId", "simpul induk " + parentId + " tidak ditemukan"));
        if (induk != null && induk.periodeId() != periodeId) {
            throw new InvalidInputException("parentId", "simpul induk berada di periode lain");
        }
        Pemeriksaan p = new Pemeriksaan();
        AturanRenstra.induk(tingkat, induk == null ? null : induk.tingkat(), p);
        p.lempar();
    }

    /** Positions 0..n-1 in list order; writes only the ones that change. */
    private void nomori(List<Simpul> urut) {
        for (int i = 0; i < urut.size(); i++) {
            if (urut.get(i).urutan() != i) {
                nodes.setUrutan(urut.get(i).id(), i);
            }
        }
    }

    private static void periksaTahun(PeriodeInput input) {
        Pemeriksaan p = new Pemeriksaan();
        AturanRenstra.periksa(input, p);
        p.lempar();
    }

}
