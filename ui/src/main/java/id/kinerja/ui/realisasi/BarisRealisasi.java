package id.kinerja.ui.realisasi;

import com.vaadin.flow.component.html.Span;
import id.kinerja.anggaran.RealisasiAnggaran;
import id.kinerja.bukti.Bukti;
import id.kinerja.capaian.PohonCapaian.IndikatorCapaian;
import id.kinerja.indikator.Indikator;
import id.kinerja.indikator.Komponen;
import id.kinerja.narasi.Narasi;
import id.kinerja.realisasi.Realisasi;
import id.kinerja.realisasi.StatusRealisasi;
import id.kinerja.renstra.Simpul;
import id.kinerja.renstra.Tingkat;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static id.kinerja.common.Teks.rapi;

/**
 * A row of the grid: a node of the tree (its sasaran narrative or its budget spending), or one of its indicators
 * (the quarter's realisation as read and as typed now, and what the calculator makes of it).
 */
final class BarisRealisasi {

    final int nomor;
    final Simpul simpul;
    @Nullable
    final Indikator indikator;

    // an indicator's quarter
    List<Komponen> komponen = List.of();
    @Nullable
    Realisasi asal;
    @Nullable
    Keadaan keadaanAsal;
    Isian nilai = new Isian(null);
    /** A formula indicator whose saved realisation carries a value of its own: the value is shown beside the components. */
    boolean nilaiLangsung;
    final Map<String, Isian> isianKomponen = new LinkedHashMap<>();
    boolean belumTersedia;
    String alasan = "";
    String sumber = "";
    @Nullable
    LocalDate perkiraanTanggal;
    String catatan = "";
    @Nullable
    IndikatorCapaian hasil;
    @Nullable
    List<Bukti> bukti;

    // a sasaran's narrative of the quarter
    @Nullable
    Narasi narasiAsal;
    String pendukung = "";
    String penghambat = "";
    String upaya = "";

    // a program's, kegiatan's or sub kegiatan's budget
    @Nullable
    BigDecimal pagu;
    @Nullable
    BigDecimal kumulatifSebelumnya;
    int triwulanSebelumnya;
    @Nullable
    RealisasiAnggaran anggaranAsal;
    Isian kumulatif = new Isian(null);

    /** What the service refused of this row at the last save. */
    @Nullable
    String masalah;

    /** The cells showing the computed value and capaian, updated in place while typing (the input keeps its focus). */
    @Nullable
    transient Span tampilNilai;
    @Nullable
    transient Span tampilCapaian;
    @Nullable
    transient Span tampilCapaianTahun;

    BarisRealisasi(int nomor, Simpul simpul, @Nullable Indikator indikator) {
        this.nomor = nomor;
        this.simpul = simpul;
        this.indikator = indikator;
    }

    boolean sasaran() {
        return indikator == null && simpul.tingkat() == Tingkat.SASARAN;
    }

    boolean beranggaran() {
        return indikator == null && simpul.tingkat().ordinal() >= Tingkat.PROGRAM.ordinal();
    }

    /** Indicators with a formula over components take their components; the others a value. */
    boolean pakaiKomponen() {
        return indikator != null && indikator.formula() != null && !komponen.isEmpty();
    }

    /** Fills the inputs from what was read. */
    void isiDari(@Nullable Realisasi r, Map<String, BigDecimal> k) {
        asal = r;
        keadaanAsal = Keadaan.dari(r, k);
        nilai = new Isian(r == null ? null : r.nilai());
        nilaiLangsung = r != null && r.nilai() != null;
        isianKomponen.clear();
        for (Komponen x : komponen) {
            isianKomponen.put(x.nama(), new Isian(k.get(x.nama())));
        }
        belumTersedia = r != null && r.status() == StatusRealisasi.BELUM_TERSEDIA;
        alasan = r == null || r.alasan() == null ? "" : r.alasan();
        sumber = r == null || r.sumber() == null ? "" : r.sumber();
        perkiraanTanggal = r == null ? null : r.perkiraanTanggal();
        catatan = r == null || r.catatan() == null ? "" : r.catatan();
    }

    /** What is typed now, as the service would receive it; null when the row is empty (nothing, or a deletion). */
    @Nullable
    Keadaan keadaan() {
        if (indikator == null) {
            return null;
        }
        Map<String, BigDecimal> k = new LinkedHashMap<>();
        if (!belumTersedia && pakaiKomponen()) {
            isianKomponen.forEach((n, i) -> {
                if (i.nilai != null) {
                    k.put(n, i.nilai);
                }
            });
        }
        BigDecimal v = belumTersedia || pakaiKomponen() && !nilaiLangsung ? null : nilai.nilai;
        if (!belumTersedia && v == null && k.isEmpty() && rapi(catatan) == null) {
            return null;
        }
        return new Keadaan(belumTersedia ? StatusRealisasi.BELUM_TERSEDIA : StatusRealisasi.TERSEDIA, v, k,
                belumTersedia ? alasan : null, belumTersedia ? sumber : null, belumTersedia ? perkiraanTanggal : null, catatan);
    }

    /** A number typed that is not one. */
    boolean salahKetik() {
        if (indikator == null) {
            return beranggaran() && kumulatif.galat != null;
        }
        if (belumTersedia) {
            return false;
        }
        boolean komponenSalah = pakaiKomponen() && isianKomponen.values().stream().anyMatch(i -> i.galat != null);
        return komponenSalah || (!pakaiKomponen() || nilaiLangsung) && nilai.galat != null;
    }

    boolean realisasiBerubah() {
        return indikator != null && !Objects.equals(keadaan(), keadaanAsal);
    }

    boolean narasiBerubah() {
        if (!sasaran()) {
            return false;
        }
        Narasi n = narasiAsal;
        return !Objects.equals(rapi(pendukung), n == null ? null : rapi(n.faktorPendukung()))
                || !Objects.equals(rapi(penghambat), n == null ? null : rapi(n.faktorPenghambat()))
                || !Objects.equals(rapi(upaya), n == null ? null : rapi(n.upayaSolusi()));
    }

    boolean anggaranBerubah() {
        if (!beranggaran() || kumulatif.galat != null) {
            return false;
        }
        BigDecimal lama = anggaranAsal == null ? null : anggaranAsal.kumulatif();
        return kumulatif.nilai == null ? lama != null : lama == null || kumulatif.nilai.compareTo(lama) != 0;
    }

    boolean berubah() {
        return salahKetik() || realisasiBerubah() || narasiBerubah() || anggaranBerubah();
    }
}
