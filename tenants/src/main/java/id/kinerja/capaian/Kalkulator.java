package id.kinerja.capaian;

import id.kinerja.anggaran.Anggaran;
import id.kinerja.anggaran.RealisasiAnggaran;
import id.kinerja.capaian.PohonCapaian.AnggaranCapaian;
import id.kinerja.capaian.PohonCapaian.Efisiensi;
import id.kinerja.capaian.PohonCapaian.IndikatorCapaian;
import id.kinerja.capaian.PohonCapaian.Ringkasan;
import id.kinerja.capaian.PohonCapaian.SimpulCapaian;
import id.kinerja.capaian.PohonCapaian.TriwulanCapaian;
import id.kinerja.indikator.Agregasi;
import id.kinerja.indikator.Indikator;
import id.kinerja.indikator.Komponen;
import id.kinerja.realisasi.Realisasi;
import id.kinerja.realisasi.RealisasiService;
import id.kinerja.renstra.Simpul;
import id.kinerja.renstra.Tingkat;
import id.kinerja.rumus.HasilRumus;
import id.kinerja.rumus.Rumus;
import id.kinerja.rumus.RumusTidakValidException;
import id.kinerja.target.JenisTarget;
import id.kinerja.target.Target;
import id.kinerja.target.TargetTriwulan;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import static id.kinerja.capaian.Kalkulasi.bersih;

/**
 * Builds the {@link PohonCapaian} of a period for a year up to a quarter from data already loaded: pure
 * computation, no database.
 * <p>
 * The year's realisation of an indicator, in order of precedence:
 * <ol>
 *   <li>the year's own figure (a realisation without quarter), when there is one;</li>
 *   <li>the formula over the components recorded at the latest quarter so far (components are the state of the
 *       data at the end of that quarter, e.g. 214 of 737 koperasi held their RAT by 30 June), with earlier
 *       years' components for {@code x[N-1]};</li>
 *   <li>the quarterly values rolled up by the indicator's rule (sum, last, year-end only, average).</li>
 * </ol>
 */
public final class Kalkulator {

    private final DataKinerja data;
    private final int tahun;
    private final int triwulan;

    private final Map<Long, List<Simpul>> anak = new HashMap<>();
    private final Map<Long, List<Indikator>> indikatorSimpul = new HashMap<>();
    private final Map<Long, List<String>> namaKomponen = new HashMap<>();
    private final Map<Long, Map<JenisTarget, BigDecimal>> target = new HashMap<>();
    private final Map<Long, SortedMap<Integer, BigDecimal>> targetTriwulan = new HashMap<>();
    /** indicator → year → quarter (0 = the year's own figure) → realisation */
    private final Map<Long, Map<Integer, Map<Integer, Realisasi>>> realisasi = new HashMap<>();
    private final Map<Long, Map<String, BigDecimal>> komponenRealisasi;
    private final Map<Long, List<Anggaran>> anggaran = new HashMap<>();
    private final Map<Long, SortedMap<Integer, BigDecimal>> realisasiAnggaran = new HashMap<>();
    private final Map<Tingkat, int[]> ringkasan = new EnumMap<>(Tingkat.class);

    private Kalkulator(DataKinerja data, int tahun, int triwulan) {
        this.data = data;
        this.tahun = tahun;
        this.triwulan = triwulan;
        for (Simpul s : data.simpul()) {
            anak.computeIfAbsent(s.parentId() == null ? 0L : s.parentId(), k -> new ArrayList<>()).add(s);
        }
        anak.values().forEach(l -> l.sort(Comparator.comparingInt(Simpul::urutan).thenComparing(Simpul::id)));
        for (Indikator i : data.indikator()) {
            indikatorSimpul.computeIfAbsent(i.simpulId(), k -> new ArrayList<>()).add(i);
        }
        indikatorSimpul.values().forEach(l -> l.sort(Comparator.comparingInt(Indikator::urutan).thenComparing(Indikator::id)));
        for (Komponen k : data.komponen()) {
            namaKomponen.computeIfAbsent(k.indikatorId(), x -> new ArrayList<>()).add(k.nama());
        }
        for (Target t : data.target()) {
            if (t.tahun() == tahun) {
                target.computeIfAbsent(t.indikatorId(), k -> new EnumMap<>(JenisTarget.class)).put(t.jenis(), t.nilai());
            }
        }
        for (TargetTriwulan t : data.targetTriwulan()) {
            if (t.tahun() == tahun) {
                targetTriwulan.computeIfAbsent(t.indikatorId(), k -> new TreeMap<>()).put(t.triwulan(), t.nilai());
            }
        }
        for (Realisasi r : data.realisasi()) {
            realisasi.computeIfAbsent(r.indikatorId(), k -> new HashMap<>())
                    .computeIfAbsent(r.tahun(), k -> new HashMap<>())
                    .put(r.triwulan() == null ? 0 : r.triwulan(), r);
        }
        komponenRealisasi = RealisasiService.komponenDari(data.nilaiKomponen());
        for (Anggaran a : data.anggaran()) {
            if (a.tahun() == tahun) {
                anggaran.computeIfAbsent(a.simpulId(), k -> new ArrayList<>()).add(a);
            }
        }
        for (RealisasiAnggaran r : data.realisasiAnggaran()) {
            if (r.tahun() == tahun && r.triwulan() <= triwulan) {
                realisasiAnggaran.computeIfAbsent(r.simpulId(), k -> new TreeMap<>()).put(r.triwulan(), r.kumulatif());
            }
        }
        for (Tingkat t : Tingkat.values()) {
            ringkasan.put(t, new int[3]);
        }
    }

    /** The tree for {@code tahun} up to quarter {@code triwulan} (1–4). */
    public static PohonCapaian hitung(DataKinerja data, int tahun, int triwulan) {
        if (triwulan < 1 || triwulan > 4) {
            throw new IllegalArgumentException("triwulan 1–4");
        }
        Kalkulator k = new Kalkulator(data, tahun, triwulan);
        List<SimpulCapaian> tujuan = k.anak.getOrDefault(0L, List.of()).stream().map(k::simpul).toList();
        Map<Tingkat, Ringkasan> ringkasan = new EnumMap<>(Tingkat.class);
        k.ringkasan.forEach((t, n) -> ringkasan.put(t, new Ringkasan(n[0], n[1], n[2])));
        return new PohonCapaian(data.periode().id(), data.periode().nama(), tahun, triwulan, data.skala().kategori(), tujuan,
                ringkasan, jumlahkan(tujuan.stream().map(SimpulCapaian::anggaran).toList(), null, null));
    }

    private SimpulCapaian simpul(Simpul s) {
        List<SimpulCapaian> children = anak.getOrDefault(s.id(), List.of()).stream().map(this::simpul).toList();
        List<IndikatorCapaian> indikator = indikatorSimpul.getOrDefault(s.id(), List.of()).stream().map(this::indikator).toList();
        for (IndikatorCapaian i : indikator) {
            int[] n = ringkasan.get(s.tingkat());
            if (i.capaian() == null) {
                n[2]++;
            } else if (i.capaian().compareTo(BigDecimal.valueOf(100)) >= 0) {
                n[0]++;
            } else {
                n[1]++;
            }
        }
        AnggaranCapaian anggaranSimpul = jumlahkan(children.stream().map(SimpulCapaian::anggaran).toList(),
                anggaran.get(s.id()), realisasiAnggaran.get(s.id()));
        List<Efisiensi> efisiensi = s.tingkat() == Tingkat.TUJUAN || s.tingkat() == Tingkat.SASARAN
                ? indikator.stream().map(i -> new Efisiensi(i.id(), i.capaian(), anggaranSimpul.penyerapan(),
                        bersih(Kalkulasi.efisiensi(i.capaian(), anggaranSimpul.penyerapan())))).toList()
                : List.of();
        return new SimpulCapaian(s.id(), s.tingkat(), s.kode(), s.nama(), s.outcome(), s.unitKerja(), indikator,
                anggaranSimpul, efisiensi, children);
    }

    /**
     * A node's budget: its own lines when it has some, else the sum of its children's. Spending: its own
     * cumulative figure at the latest quarter so far, else the sum of what its children know.
     */
    private static AnggaranCapaian jumlahkan(List<AnggaranCapaian> children, @Nullable List<Anggaran> sendiri,
                                             @Nullable SortedMap<Integer, BigDecimal> realisasiSendiri) {
        BigDecimal jumlah = null;
        Set<String> sumber = new LinkedHashSet<>();
        if (sendiri != null && !sendiri.isEmpty()) {
            jumlah = BigDecimal.ZERO;
            for (Anggaran a : sendiri) {
                jumlah = jumlah.add(a.jumlah());
                if (a.sumberDana() != null) {
                    sumber.add(a.sumberDana());
                }
            }
        } else {
            for (AnggaranCapaian c : children) {
                if (c.anggaran() != null) {
                    jumlah = jumlah == null ? c.anggaran() : jumlah.add(c.anggaran());
                    sumber.addAll(c.sumberDana());
                }
            }
        }
        BigDecimal spent = null;
        if (realisasiSendiri != null && !realisasiSendiri.isEmpty()) {
            spent = realisasiSendiri.get(realisasiSendiri.lastKey()); // already limited to the quarter
        } else {
            for (AnggaranCapaian c : children) {
                if (c.realisasi() != null) {
                    spent = spent == null ? c.realisasi() : spent.add(c.realisasi());
                }
            }
        }
        return new AnggaranCapaian(bersih(jumlah), bersih(spent), bersih(Kalkulasi.persen(spent, jumlah)), List.copyOf(sumber));
    }

    private IndikatorCapaian indikator(Indikator ind) {
        List<String> peringatan = new ArrayList<>();
        Rumus rumus = null;
        if (ind.formula() != null) {
            try {
                rumus = Rumus.parse(ind.formula(), namaKomponen.getOrDefault(ind.id(), List.of()));
            } catch (RumusTidakValidException e) {
                peringatan.add("rumus tidak valid: " + e.getMessage());
            }
        }
        Map<Integer, Realisasi> tahunIni = realisasi.getOrDefault(ind.id(), Map.of()).getOrDefault(tahun, Map.of());
        SortedMap<Integer, BigDecimal> tw = targetTriwulan.getOrDefault(ind.id(), new TreeMap<>());

        List<TriwulanCapaian> perTriwulan = new ArrayList<>();
        SortedMap<Integer, BigDecimal> diketahui = new TreeMap<>();
        /** quarter → why its value is not known (not available, or a formula that cannot be computed) */
        SortedMap<Integer, String> tidakDiketahui = new TreeMap<>();
        String alasanTerakhir = null;
        Integer triwulanKomponen = null;
        for (int q = 1; q <= triwulan; q++) {
            Realisasi r = tahunIni.get(q);
            BigDecimal nilai = null;
            String alasan = r == null ? null : r.alasan();
            Map<String, BigDecimal> komponen = r == null ? Map.of() : komponenRealisasi.getOrDefault(r.id(), Map.of());
            if (r != null && r.tersedia()) {
                nilai = r.nilai();
                if (!komponen.isEmpty()) {
                    triwulanKomponen = q;
                    if (nilai == null && rumus != null) {
                        HasilRumus h = rumus.hitung(tahun, nilaiKomponen(ind.id(), q));
                        nilai = h.nilai();
                        alasan = h.alasan();
                    }
                }
                if (nilai != null) {
                    diketahui.put(q, nilai);
                } else {
                    tidakDiketahui.put(q, alasan == null ? "belum dapat dihitung" : alasan);
                }
            } else if (r != null) {
                alasanTerakhir = r.alasan();
                tidakDiketahui.put(q, "belum tersedia" + (r.alasan() == null ? "" : ": " + r.alasan()));
            } else {
                tidakDiketahui.put(q, "belum ada realisasi");
            }
            perTriwulan.add(new TriwulanCapaian(q, bersih(tw.get(q)), bersih(nilai), r == null ? null : r.status(),
                    alasan, bersihkan(komponen)));
        }

        BigDecimal nilaiTahun = null;
        AsalRealisasi asal = null;
        String keterangan = null;
        Realisasi tahunan = tahunIni.get(0);
        if (tahunan != null) {
            if (tahunan.tersedia()) {
                nilaiTahun = tahunan.nilai();
                if (nilaiTahun == null && rumus != null) {
                    HasilRumus h = rumus.hitung(tahun, nilaiKomponen(ind.id(), 4));
                    nilaiTahun = h.nilai();
                    if (h.nilai() == null) {
                        keterangan = h.alasan();
                    }
                }
                asal = AsalRealisasi.TAHUNAN;
            } else {
                keterangan = tahunan.alasan();
            }
        }
        String alasanRumus = null;
        if (tahunan == null && rumus != null && triwulanKomponen != null) {
            HasilRumus h = rumus.hitung(tahun, nilaiKomponen(ind.id(), triwulan));
            if (h.diketahui()) {
                nilaiTahun = h.nilai();
                asal = AsalRealisasi.RUMUS;
            } else {
                alasanRumus = h.alasan();
                peringatan.add("rumus belum dapat dihitung: " + h.alasan());
            }
        }
        if (tahunan == null && nilaiTahun == null) {
            nilaiTahun = Kalkulasi.agregasi(ind.agregasi(), diketahui, triwulan);
            if (nilaiTahun != null) {
                asal = AsalRealisasi.AGREGASI;
                if (tahunIni.get(triwulan) != null && !tahunIni.get(triwulan).tersedia()) {
                    peringatan.add("realisasi triwulan " + triwulan + " belum tersedia: " + tahunIni.get(triwulan).alasan());
                }
            } else if (alasanRumus != null) {
                keterangan = alasanRumus;
            } else if (alasanTerakhir != null) {
                keterangan = alasanTerakhir;
            } else if (ind.agregasi() == Agregasi.AKHIR_TAHUN && triwulan < 4) {
                keterangan = "hanya diketahui di akhir tahun";
            } else {
                keterangan = "belum ada realisasi";
            }
        }

        Map<JenisTarget, BigDecimal> targets = new EnumMap<>(JenisTarget.class);
        target.getOrDefault(ind.id(), Map.of()).forEach((j, v) -> targets.put(j, bersih(v)));
        JenisTarget acuan = JenisTarget.ACUAN.stream().filter(targets::containsKey).findFirst().orElse(null);
        BigDecimal targetTahunan = acuan == null ? null : targets.get(acuan);
        Kumulatif kumulatif = kumulatif(ind.agregasi(), asal, tw, diketahui, tidakDiketahui, triwulanKomponen);
        BigDecimal targetKumulatif = kumulatif.target();
        String keteranganKumulatif = kumulatif.keterangan();

        BigDecimal capaian = Kalkulasi.capaian(nilaiTahun, targetTahunan, ind.polaritas());
        BigDecimal capaianKumulatif = Kalkulasi.capaian(nilaiTahun, targetKumulatif, ind.polaritas());
        if (capaianKumulatif == null && nilaiTahun != null && keteranganKumulatif == null) {
            keteranganKumulatif = targetKumulatif == null ? "target triwulan belum ditetapkan" : "target kumulatif nol";
        }
        if (capaian == null) {
            if (nilaiTahun == null) {
                keterangan = "belum diketahui: " + (keterangan == null ? "belum ada realisasi" : keterangan);
            } else if (targetTahunan == null) {
                keterangan = "target tahun " + tahun + " belum ditetapkan";
            } else {
                keterangan = "target nol: capaian tidak dapat dihitung";
                peringatan.add(keterangan);
            }
        } else {
            keterangan = null;
        }
        if (targetKumulatif != null && targetKumulatif.signum() == 0) {
            peringatan.add("target kumulatif triwulan " + triwulan + " nol: capaian kumulatif tidak dapat dihitung");
        }
        return new IndikatorCapaian(ind.id(), ind.kode(), ind.nama(), ind.satuan(), ind.polaritas(), ind.agregasi(), ind.iku(),
                ind.presisi(), ind.formula(), targets, acuan, bersih(targetTahunan), perTriwulan, bersih(nilaiTahun), asal,
                bersih(capaian), data.skala().kategori(capaian), bersih(targetKumulatif), bersih(capaianKumulatif),
                data.skala().kategori(capaianKumulatif), keteranganKumulatif, keterangan, peringatan);
    }

    private static final String[] ROMAWI = {"", "I", "II", "III", "IV"};

    /** The target the year's value so far is compared with, and what the comparison leaves out. */
    private record Kumulatif(@Nullable BigDecimal target, @Nullable String keterangan) {
    }

    /**
     * The cumulative target covers exactly the quarters the year's value so far is made of: a quarter whose
     * realisation is not known counts on neither side (never as 0), and the comparison says which were left out.
     * A value from the formula covers the quarters up to the latest one with components; the year's own figure,
     * every quarter so far.
     */
    private Kumulatif kumulatif(Agregasi aturan, @Nullable AsalRealisasi asal, SortedMap<Integer, BigDecimal> tw,
                                SortedMap<Integer, BigDecimal> diketahui, SortedMap<Integer, String> tidakDiketahui,
                                @Nullable Integer triwulanKomponen) {
        if (asal == AsalRealisasi.RUMUS && triwulanKomponen < triwulan) {
            return new Kumulatif(Kalkulasi.agregasi(aturan, tw.headMap(triwulanKomponen + 1), triwulanKomponen),
                    "dibandingkan dengan target sampai triwulan " + ROMAWI[triwulanKomponen]
                            + ", triwulan terakhir yang komponennya diketahui");
        }
        if (asal != AsalRealisasi.AGREGASI) {
            return new Kumulatif(Kalkulasi.agregasi(aturan, tw, triwulan), null);
        }
        Set<Integer> dipakai = switch (aturan) {
            case JUMLAH, RATA_RATA -> diketahui.keySet();
            case TERAKHIR -> Set.of(diketahui.lastKey());
            case AKHIR_TAHUN -> Set.of(4);
        };
        SortedMap<Integer, BigDecimal> acuan = new TreeMap<>();
        List<String> tanpaTarget = new ArrayList<>();
        for (int q : dipakai) {
            if (tw.containsKey(q)) {
                acuan.put(q, tw.get(q));
            } else {
                tanpaTarget.add(ROMAWI[q]);
            }
        }
        if (!tanpaTarget.isEmpty()) {
            return new Kumulatif(null, "target triwulan " + String.join(", ", new java.util.TreeSet<>(tanpaTarget))
                    + " belum ditetapkan");
        }
        int setelah = aturan == Agregasi.TERAKHIR ? diketahui.lastKey() : aturan == Agregasi.AKHIR_TAHUN ? 4 : 0;
        List<String> ditinggal = new ArrayList<>();
        tidakDiketahui.tailMap(setelah + 1).forEach((q, alasan) -> ditinggal.add("triwulan " + ROMAWI[q] + " " + alasan));
        return new Kumulatif(Kalkulasi.agregasi(aturan, acuan, triwulan), ditinggal.isEmpty() ? null
                : "hanya triwulan yang realisasinya diketahui dibandingkan; " + String.join("; ", ditinggal));
    }

    /**
     * Component values for the formula: this year's as recorded at quarter {@code sampai} or the latest one
     * before it; an earlier year's from its own figure, else its latest quarter.
     */
    private id.kinerja.rumus.NilaiKomponen nilaiKomponen(long indikatorId, int sampai) {
        Map<Integer, Map<Integer, Realisasi>> perTahun = realisasi.getOrDefault(indikatorId, Map.of());
        return (nama, t) -> {
            Map<Integer, Realisasi> rows = perTahun.getOrDefault(t, Map.of());
            int batas = t == tahun ? sampai : 4;
            List<Integer> urutan = new ArrayList<>();
            if (t != tahun || rows.containsKey(0)) {
                urutan.add(0);
            }
            for (int q = batas; q >= 1; q--) {
                urutan.add(q);
            }
            for (int q : urutan) {
                Realisasi r = rows.get(q);
                if (r != null) {
                    BigDecimal v = komponenRealisasi.getOrDefault(r.id(), Map.of()).get(nama);
                    if (v != null) {
                        return v;
                    }
                }
            }
            return null;
        };
    }

    private static Map<String, BigDecimal> bersihkan(Map<String, BigDecimal> komponen) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        komponen.forEach((k, v) -> out.put(k, bersih(v)));
        return out;
    }
}
