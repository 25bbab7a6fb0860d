package id.kinerja.realisasi;

import id.kinerja.common.HasilSimpan;
import id.kinerja.common.InvalidInputException;
import id.kinerja.common.Versions;
import id.kinerja.indikator.Indikator;
import id.kinerja.indikator.IndikatorRepository;
import id.kinerja.indikator.KomponenRepository;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static id.kinerja.common.Teks.rapi;

/** Realisations per indicator, year and quarter, written in bulk, all or nothing. */
@Singleton
public class RealisasiService {

    private final RealisasiRepository realisasi;
    private final RealisasiKomponenRepository nilaiKomponen;
    private final IndikatorRepository indikator;
    private final KomponenRepository komponen;

    RealisasiService(RealisasiRepository realisasi, RealisasiKomponenRepository nilaiKomponen,
                     IndikatorRepository indikator, KomponenRepository komponen) {
        this.realisasi = realisasi;
        this.nilaiKomponen = nilaiKomponen;
        this.indikator = indikator;
        this.komponen = komponen;
    }

    public List<RealisasiLengkap> milik(long indikatorId) {
        List<Realisasi> rows = realisasi.findByIndikatorIdOrderByTahunAndTriwulan(indikatorId);
        Map<Long, Map<String, BigDecimal>> k = komponenDari(nilaiKomponen.findByRealisasiIdInList(
                rows.stream().map(Realisasi::id).toList()));
        return rows.stream().map(r -> new RealisasiLengkap(r, k.getOrDefault(r.id(), Map.of()))).toList();
    }

    /** How many realisations (values, components or "not available") a quarter has. */
    public long jumlah(int tahun, int triwulan) {
        return realisasi.countByTahunAndTriwulan(tahun, triwulan);
    }

    /** Component values grouped by realisation id, names in order. */
    public static Map<Long, Map<String, BigDecimal>> komponenDari(List<RealisasiKomponen> rows) {
        Map<Long, Map<String, BigDecimal>> map = new HashMap<>();
        for (RealisasiKomponen k : rows) {
            map.computeIfAbsent(k.realisasiId(), x -> new TreeMap<>()).put(k.nama(), k.nilai());
        }
        return map;
    }

    @Transactional
    public HasilSimpan simpan(List<@Valid RealisasiInput> items) {
        Set<Long> ids = items.stream().map(RealisasiInput::indikatorId).collect(Collectors.toSet());
        if (!ids.isEmpty()) {
            realisasi.kunciIndikator(ids); // racing writers of the same new realisation take turns (never a duplicate key)
        }
        Map<Long, Indikator> indikatorById = new HashMap<>();
        indikator.findByIdInList(ids).forEach(i -> indikatorById.put(i.id(), i));
        Map<Long, Set<String>> namaKomponen = new HashMap<>();
        indikatorById.keySet().forEach(id -> namaKomponen.put(id, new HashSet<>()));
        if (!indikatorById.isEmpty()) {
            komponen.findByIndikatorIdInListOrderByUrutan(indikatorById.keySet())
                    .forEach(k -> namaKomponen.get(k.indikatorId()).add(k.nama()));
        }
        Map<String, Realisasi> lama = new HashMap<>();
        realisasi.findByIndikatorIdInList(ids).forEach(r -> lama.put(kunci(r.indikatorId(), r.tahun(), r.triwulan()), r));

        int disimpan = 0;
        int dihapus = 0;
        List<Long> dibuat = new java.util.ArrayList<>();
        Set<String> dilihat = new HashSet<>();
        for (int n = 0; n < items.size(); n++) {
            RealisasiInput in = items.get(n);
            String di = "[" + n + "]";
            if (!indikatorById.containsKey(in.indikatorId())) {
                throw new InvalidInputException(di + ".indikatorId", "indikator " + in.indikatorId() + " tidak ditemukan");
            }
            String kunci = kunci(in.indikatorId(), in.tahun(), in.triwulan());
            if (!dilihat.add(kunci)) {
                throw new InvalidInputException(di, "realisasi yang sama muncul dua kali dalam permintaan ini");
            }
            Realisasi sebelumnya = lama.get(kunci);
            if (sebelumnya != null && in.version() != null) {
                Versions.check(in.version(), sebelumnya.version(), "Realisasi " + di);
            }
            if (Boolean.TRUE.equals(in.hapus())) {
                if (sebelumnya != null) {
                    realisasi.delete(sebelumnya);
                    dihapus++;
                }
                continue;
            }
            Map<String, BigDecimal> k = in.komponen() == null ? Map.of() : in.komponen();
            periksa(in, k, namaKomponen.get(in.indikatorId()), di);
            StatusRealisasi status = in.status() == null ? StatusRealisasi.TERSEDIA : in.status();
            Realisasi baru = new Realisasi(sebelumnya == null ? null : sebelumnya.id(), in.indikatorId(), in.tahun(),
                    in.triwulan(), in.nilai(), status, rapi(in.alasan()), rapi(in.sumber()), in.perkiraanTanggal(),
                    rapi(in.catatan()), sebelumnya == null ? null : sebelumnya.version());
            Realisasi tersimpan;
            if (sebelumnya == null) {
                tersimpan = realisasi.save(baru);
                dibuat.add(tersimpan.id());
            } else {
                tersimpan = realisasi.update(baru);
                nilaiKomponen.deleteByRealisasiId(sebelumnya.id());
            }
            for (Map.Entry<String, BigDecimal> e : new TreeMap<>(k).entrySet()) {
                nilaiKomponen.save(new RealisasiKomponen(null, tersimpan.id(), e.getKey(), e.getValue()));
            }
            disimpan++;
        }
        return new HasilSimpan(disimpan, dihapus, dibuat);
    }

    private static void periksa(RealisasiInput in, Map<String, BigDecimal> k, Set<String> dikenal, String di) {
        for (String nama : k.keySet()) {
            if (!dikenal.contains(nama)) {
                throw new InvalidInputException(di + ".komponen." + nama, "komponen '" + nama
                        + "' tidak ada pada indikator ini" + (dikenal.isEmpty() ? "" : "; yang ada: "
                        + String.join(", ", new java.util.TreeSet<>(dikenal))));
            }
        }
        if (in.status() == StatusRealisasi.BELUM_TERSEDIA) {
            if (rapi(in.alasan()) == null) {
                throw new InvalidInputException(di + ".alasan", "wajib diisi bila realisasi belum tersedia");
            }
            if (in.nilai() != null) {
                throw new InvalidInputException(di + ".nilai", "realisasi yang belum tersedia tidak punya nilai");
            }
        } else if (in.nilai() == null && k.isEmpty()) {
            throw new InvalidInputException(di + ".nilai", "isi nilai atau komponen, atau tandai BELUM_TERSEDIA dengan alasan");
        }
    }

    private static String kunci(long indikatorId, int tahun, @Nullable Integer triwulan) {
        return indikatorId + "/" + tahun + "/" + Objects.toString(triwulan, "tahun");
    }


}
