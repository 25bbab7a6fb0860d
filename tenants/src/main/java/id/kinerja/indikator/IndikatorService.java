package id.kinerja.indikator;

import id.kinerja.common.InvalidInputException;
import id.kinerja.common.Pemeriksaan;
import id.kinerja.common.NotFoundException;
import id.kinerja.common.Versions;
import id.kinerja.renstra.RenstraService;
import id.kinerja.renstra.Simpul;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static id.kinerja.common.Teks.rapi;

/** Indicators of the nodes, with their components; a computable formula is checked when it is saved. */
@Singleton
public class IndikatorService {

    private final IndikatorRepository indikator;
    private final KomponenRepository komponen;
    private final RenstraService renstra;

    IndikatorService(IndikatorRepository indikator, KomponenRepository komponen, RenstraService renstra) {
        this.indikator = indikator;
        this.komponen = komponen;
        this.renstra = renstra;
    }

    public IndikatorLengkap baca(long id) {
        Indikator i = indikator.findById(id).orElseThrow(() -> new NotFoundException("Indikator " + id + " tidak ditemukan"));
        return new IndikatorLengkap(i, komponen.findByIndikatorIdOrderByUrutan(id));
    }

    public List<IndikatorLengkap> milik(long simpulId) {
        renstra.simpul(simpulId);
        List<Indikator> daftar = indikator.findBySimpulIdOrderByUrutanAndId(simpulId);
        Map<Long, List<Komponen>> komponenNya = daftar.isEmpty() ? Map.of()
                : komponen.findByIndikatorIdInListOrderByUrutan(daftar.stream().map(Indikator::id).toList()).stream()
                        .collect(Collectors.groupingBy(Komponen::indikatorId));
        return daftar.stream().map(i -> new IndikatorLengkap(i, komponenNya.getOrDefault(i.id(), List.of()))).toList();
    }

    /** The indicators of a period's nodes, by position. */
    public List<Indikator> diPeriode(long periodeId) {
        return indikator.diPeriode(periodeId);
    }

    /** The components of a period's indicators, by indicator and position. */
    public List<Komponen> komponenDiPeriode(long periodeId) {
        return komponen.diPeriode(periodeId);
    }

    public java.util.Optional<Indikator> cari(long id) {
        return indikator.findById(id);
    }

    public List<Komponen> komponen(long indikatorId) {
        return komponen.findByIndikatorIdOrderByUrutan(indikatorId);
    }

    @Transactional
    public IndikatorLengkap tambah(long simpulId, @Valid IndikatorInput input) {
        Simpul simpul = renstra.simpul(simpulId);
        List<KomponenInput> daftar = periksa(input);
        List<Indikator> saudara = indikator.findBySimpulIdOrderByUrutanAndId(simpul.id());
        int urutan = input.urutan() == null ? saudara.size() : Math.min(input.urutan(), saudara.size());
        Indikator baru = indikator.save(dari(input, null, simpulId, urutan, null));
        simpanKomponen(baru.id(), daftar, List.of());
        List<Indikator> urut = new ArrayList<>(saudara);
        urut.add(urutan, baru);
        nomori(urut);
        return baca(baru.id());
    }

    @Transactional
    public IndikatorLengkap ubah(long id, @Valid IndikatorInput input) {
        Indikator lama = baca(id).indikator();
        Versions.check(input.version(), lama.version(), "Indikator");
        List<KomponenInput> daftar = periksa(input);
        indikator.update(dari(input, id, lama.simpulId(), lama.urutan(), lama.version()));
        simpanKomponen(id, daftar, komponen.findByIndikatorIdOrderByUrutan(id));
        return baca(id);
    }

    /**
     * Moves an indicator under another node of the same level and period, or to another position among its node's
     * indicators; its targets, realisations and components go with it. The target node is looked up in the current
     * tenant (another dinas's node is unknown here), and the write is audited and frozen like any other.
     */
    @Transactional
    public IndikatorLengkap pindah(long id, @Valid PindahIndikator input) {
        Indikator lama = baca(id).indikator();
        Versions.check(input.version(), lama.version(), "Indikator");
        Simpul asal = renstra.simpul(lama.simpulId());
        Simpul tujuan;
        try {
            tujuan = renstra.simpul(input.simpulId());
        } catch (NotFoundException e) {
            throw new InvalidInputException("simpulId", "simpul " + input.simpulId() + " tidak ditemukan");
        }
        if (tujuan.periodeId() != asal.periodeId()) {
            throw new InvalidInputException("simpulId", "simpul tujuan berada di periode lain");
        }
        if (tujuan.tingkat() != asal.tingkat()) {
            throw new InvalidInputException("simpulId", "indikator " + asal.tingkat().label().toLowerCase()
                    + " hanya dapat dipindah ke " + asal.tingkat().label().toLowerCase() + " lain, bukan ke "
                    + tujuan.tingkat().label().toLowerCase());
        }
        List<Indikator> sisa = new ArrayList<>(indikator.findBySimpulIdOrderByUrutanAndId(asal.id()));
        sisa.removeIf(i -> i.id().equals(id));
        List<Indikator> urut = tujuan.id().equals(asal.id()) ? sisa
                : new ArrayList<>(indikator.findBySimpulIdOrderByUrutanAndId(tujuan.id()));
        int posisi = input.urutan() == null ? urut.size() : Math.min(input.urutan(), urut.size());
        if (indikator.pindahkan(id, tujuan.id(), posisi, input.version()) == 0) {
            Versions.check(input.version(), baca(id).indikator().version(), "Indikator");
        }
        if (urut != sisa) {
            nomori(sisa);
        }
        nomori(urut, posisi);
        return baca(id);
    }

    /**
     * Adds many indicators with their components in one batch (an imported framework): each appended after its
     * node's indicators in the order given. Every problem is reported at once, at {@code [n].field}; returns the
     * new indicators' ids in order.
     */
    @Transactional
    public List<Long> tambahSemua(List<@Valid IndikatorBaru> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        Set<Long> simpulIds = items.stream().map(IndikatorBaru::simpulId).collect(Collectors.toSet());
        Map<Long, ?> ada = renstra.tingkat(simpulIds);
        Map<Long, Integer> jumlah = new java.util.HashMap<>();
        indikator.findBySimpulIdInList(simpulIds).forEach(i -> jumlah.merge(i.simpulId(), 1, Integer::sum));
        Pemeriksaan p = new Pemeriksaan();
        List<Indikator> rows = new ArrayList<>();
        for (int n = 0; n < items.size(); n++) {
            IndikatorBaru b = items.get(n);
            if (!ada.containsKey(b.simpulId())) {
                p.tambah("[" + n + "].simpulId", "simpul " + b.simpulId() + " tidak ditemukan");
                continue;
            }
            AturanIndikator.periksa(b.indikator(), p.di("[" + n + "].indikator"));
            rows.add(dari(b.indikator(), null, b.simpulId(), jumlah.merge(b.simpulId(), 1, Integer::sum) - 1, null));
        }
        p.lempar();
        List<Long> ids = new ArrayList<>();
        indikator.saveAll(rows).forEach(i -> ids.add(i.id()));
        List<Komponen> komponenRows = new ArrayList<>();
        for (int n = 0; n < items.size(); n++) {
            List<KomponenInput> daftar = items.get(n).indikator().komponen() == null ? List.of() : items.get(n).indikator().komponen();
            for (int k = 0; k < daftar.size(); k++) {
                KomponenInput x = daftar.get(k);
                komponenRows.add(new Komponen(null, ids.get(n), x.nama().strip(), x.label().strip(), rapi(x.satuan()), k));
            }
        }
        if (!komponenRows.isEmpty()) {
            komponen.saveAll(komponenRows);
        }
        return ids;
    }

    /** The component names of each indicator that exists among {@code ids} (none: an empty set). */
    public Map<Long, Set<String>> namaKomponen(java.util.Collection<Long> ids) {
        Map<Long, Set<String>> hasil = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return hasil;
        }
        indikator.findByIdInList(ids).forEach(i -> hasil.put(i.id(), new java.util.HashSet<>()));
        if (!hasil.isEmpty()) {
            komponen.findByIndikatorIdInListOrderByUrutan(hasil.keySet()).forEach(k -> hasil.get(k.indikatorId()).add(k.nama()));
        }
        return hasil;
    }

    /** Deletes an indicator with its targets and realisations. */
    @Transactional
    public void hapus(long id) {
        Indikator lama = baca(id).indikator();
        indikator.deleteById(id);
        nomori(indikator.findBySimpulIdOrderByUrutanAndId(lama.simpulId()));
    }

    private static List<KomponenInput> periksa(IndikatorInput input) {
        Pemeriksaan p = new Pemeriksaan();
        AturanIndikator.periksa(input, p);
        p.lempar();
        return input.komponen() == null ? List.of() : input.komponen();
    }

    /**
     * Writes only what changed: a component kept by name keeps its row (a quarter under review freezes the names a
     * formula reads, not their labels), one no longer listed is deleted, a new one inserted.
     */
    private void simpanKomponen(long indikatorId, List<KomponenInput> daftar, List<Komponen> lama) {
        Map<String, Komponen> ada = lama.stream().collect(Collectors.toMap(Komponen::nama, k -> k));
        Set<String> tetap = daftar.stream().map(k -> k.nama().strip()).collect(Collectors.toSet());
        lama.stream().filter(k -> !tetap.contains(k.nama())).forEach(komponen::delete);
        for (int i = 0; i < daftar.size(); i++) {
            KomponenInput k = daftar.get(i);
            Komponen baru = new Komponen(null, indikatorId, k.nama().strip(), k.label().strip(), rapi(k.satuan()), i);
            Komponen sebelum = ada.get(baru.nama());
            if (sebelum == null) {
                komponen.save(baru);
            } else if (!sebelum.label().equals(baru.label()) || !Objects.equals(sebelum.satuan(), baru.satuan())
                    || sebelum.urutan() != i) {
                komponen.update(new Komponen(sebelum.id(), indikatorId, baru.nama(), baru.label(), baru.satuan(), i));
            }
        }
    }

    private static Indikator dari(IndikatorInput in, @Nullable Long id, long simpulId, int urutan, @Nullable Long version) {
        return new Indikator(id, simpulId, in.kode().strip(), in.nama().strip(), rapi(in.satuan()), rapi(in.formulaTeks()),
                rapi(in.formula()), in.polaritas() == null ? Polaritas.POSITIF : in.polaritas(),
                in.agregasi() == null ? Agregasi.JUMLAH : in.agregasi(), rapi(in.sumberData()), rapi(in.unitKerja()),
                Boolean.TRUE.equals(in.iku()), in.presisi() == null ? 2 : in.presisi(), urutan, version);
    }

    private void nomori(List<Indikator> urut) {
        nomori(urut, urut.size());
    }

    /** Positions in list order, leaving position {@code celah} free (for the one moved there); writes only changes. */
    private void nomori(List<Indikator> urut, int celah) {
        for (int i = 0; i < urut.size(); i++) {
            Indikator x = urut.get(i);
            int tempat = i < celah ? i : i + 1;
            if (x.urutan() != tempat) {
                indikator.update(new Indikator(x.id(), x.simpulId(), x.kode(), x.nama(), x.satuan(), x.formulaTeks(),
                        x.formula(), x.polaritas(), x.agregasi(), x.sumberData(), x.unitKerja(), x.iku(), x.presisi(), tempat,
                        x.version()));
            }
        }
    }

}
