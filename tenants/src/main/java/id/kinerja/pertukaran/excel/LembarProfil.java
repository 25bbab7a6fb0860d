package id.kinerja.pertukaran.excel;

import id.kinerja.pertukaran.dokumen.Dokumen.Official;
import id.kinerja.pertukaran.dokumen.Dokumen.Profile;
import id.kinerja.pertukaran.excel.Lembar.Isian;
import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the Profil sheet: one "Isian | Nilai" row per field, then one row per fungsi and per misi. */
final class LembarProfil {

    private final Map<String, String> nilai = new HashMap<>();
    private final Map<String, Integer> barisIsian = new HashMap<>();
    private final List<String> fungsi = new ArrayList<>();
    private final List<String> misi = new ArrayList<>();
    @Nullable
    private Excel.Sel pertama;

    void baca(BarisMasuk b) {
        if (pertama == null) {
            pertama = b.sel();
        }
        String label = b.teks("Isian");
        String isian = label == null ? null : isian(label);
        if (label == null) {
            b.galat("Isian", "wajib diisi");
        } else if (isian == null) {
            b.galat("Isian", "isian '" + label + "' tidak dikenal; pakai nama isian dari templat");
        } else if (isian.equals(Lembar.FUNGSI) || isian.equals(Lembar.MISI)) {
            String v = b.teks("Nilai");
            if (v != null) {
                (isian.equals(Lembar.FUNGSI) ? fungsi : misi).add(v);
            }
        } else if (barisIsian.putIfAbsent(isian, b.nomor) != null) {
            b.galat("Isian", "isian '" + isian + "' sudah diisi di baris " + barisIsian.get(isian));
        } else {
            nilai.put(isian, nilai(b, isian));
        }
    }

    @Nullable
    private static String nilai(BarisMasuk b, String isian) {
        if (isian.endsWith("NIP") && b.angkaDiSel("Nilai")) {
            b.galat("Nilai", "NIP harus ditulis sebagai teks, bukan angka (18 digit tidak tersimpan utuh sebagai angka)");
            return null;
        }
        return isian.equals(Lembar.Isian.ATASAN_PLT.label) ? b.pilihan("Nilai", Pilihan.YA_TIDAK) : b.teks("Nilai");
    }

    /** The profile, or {@code null} when the sheet holds nothing. */
    @Nullable
    Profile profil() {
        Official kepala = pejabat(ambil(Isian.KEPALA_NAMA), ambil(Isian.KEPALA_PANGKAT), ambil(Isian.KEPALA_GOLONGAN),
                ambil(Isian.KEPALA_NIP), null, null);
        String plt = ambil(Isian.ATASAN_PLT);
        Official atasan = pejabat(ambil(Isian.ATASAN_NAMA), ambil(Isian.ATASAN_PANGKAT), null, ambil(Isian.ATASAN_NIP),
                ambil(Isian.ATASAN_JABATAN), plt == null ? null : Boolean.valueOf(plt));
        Profile p = new Profile(ambil(Isian.NAMA_RESMI), ambil(Isian.ALAMAT), ambil(Isian.WILAYAH), ambil(Isian.TUGAS), fungsi,
                ambil(Isian.VISI), misi, kepala, atasan);
        boolean kosong = nilai.values().stream().allMatch(v -> v == null) && fungsi.isEmpty() && misi.isEmpty();
        return kosong ? null : p;
    }

    /** The first row of the sheet, where the profile's problems are pointed to. */
    @Nullable
    Excel.Sel barisPertama() {
        return pertama;
    }

    @Nullable
    private String ambil(Isian isian) {
        return nilai.get(isian.label);
    }

    @Nullable
    private static Official pejabat(@Nullable String nama, @Nullable String pangkat, @Nullable String golongan,
                                    @Nullable String nip, @Nullable String jabatan, @Nullable Boolean plt) {
        boolean kosong = nama == null && pangkat == null && golongan == null && nip == null && jabatan == null && plt == null;
        return kosong ? null : new Official(nama, pangkat, golongan, nip, jabatan, plt);
    }

    /** The field a label names, forgiving case, spacing, the kind of dash and a trailing "(Ya/Tidak)". */
    @Nullable
    private static String isian(String label) {
        String dicari = normal(label);
        for (Isian isian : Isian.values()) {
            if (normal(isian.label).equals(dicari)) {
                return isian.label;
            }
        }
        for (String isian : List.of(Lembar.FUNGSI, Lembar.MISI)) {
            if (normal(isian).equals(dicari)) {
                return isian;
            }
        }
        return null;
    }

    private static String normal(String label) {
        return Pilihan.normal(label.replaceAll("\\s*[-–—]\\s*", " – ").replaceAll("\\s*\\([^)]*\\)\\s*$", ""));
    }
}
