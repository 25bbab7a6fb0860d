package id.kinerja.pertukaran;

import id.kinerja.pertukaran.Dokumen.Official;
import id.kinerja.pertukaran.Dokumen.Profile;
import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the Profil sheet: one "Isian | Nilai" row per field, then one row per fungsi and per misi. */
final class ExcelProfil {

    private static final String PLT = "Atasan – Plt/Pj (Ya/Tidak)";

    private final Map<String, String> nilai = new HashMap<>();
    private final Map<String, Integer> barisIsian = new HashMap<>();
    private final List<String> fungsi = new ArrayList<>();
    private final List<String> misi = new ArrayList<>();
    @Nullable
    private Excel.Sel pertama;

    void baca(ExcelBaris b) {
        if (pertama == null) {
            pertama = b.sel();
        }
        String label = b.teks("Isian");
        String isian = label == null ? null : isian(label);
        if (label == null) {
            b.galat("Isian", "wajib diisi");
        } else if (isian == null) {
            b.galat("Isian", "isian '" + label + "' tidak dikenal; pakai nama isian dari templat");
        } else if (isian.equals(ExcelLembar.FUNGSI) || isian.equals(ExcelLembar.MISI)) {
            String v = b.teks("Nilai");
            if (v != null) {
                (isian.equals(ExcelLembar.FUNGSI) ? fungsi : misi).add(v);
            }
        } else if (barisIsian.putIfAbsent(isian, b.nomor) != null) {
            b.galat("Isian", "isian '" + isian + "' sudah diisi di baris " + barisIsian.get(isian));
        } else {
            nilai.put(isian, nilai(b, isian));
        }
    }

    @Nullable
    private static String nilai(ExcelBaris b, String isian) {
        if (isian.endsWith("NIP") && b.angkaDiSel("Nilai")) {
            b.galat("Nilai", "NIP harus ditulis sebagai teks, bukan angka (18 digit tidak tersimpan utuh sebagai angka)");
            return null;
        }
        return isian.equals(PLT) ? b.pilihan("Nilai", ExcelPilihan.YA_TIDAK) : b.teks("Nilai");
    }

    /** The profile, or {@code null} when the sheet holds nothing. */
    @Nullable
    Profile profil() {
        Official kepala = pejabat(ambil("Kepala – nama"), ambil("Kepala – pangkat"), ambil("Kepala – golongan"),
                ambil("Kepala – NIP"), null, null);
        String plt = ambil(PLT);
        Official atasan = pejabat(ambil("Atasan – nama"), ambil("Atasan – pangkat"), null, ambil("Atasan – NIP"),
                ambil("Atasan – jabatan"), plt == null ? null : Boolean.valueOf(plt));
        Profile p = new Profile(ambil("Nama resmi"), ambil("Alamat"), ambil("Wilayah"), ambil("Tugas"), fungsi,
                ambil("Visi"), misi, kepala, atasan);
        boolean kosong = nilai.values().stream().allMatch(v -> v == null) && fungsi.isEmpty() && misi.isEmpty();
        return kosong ? null : p;
    }

    /** The first row of the sheet, where the profile's problems are pointed to. */
    @Nullable
    Excel.Sel barisPertama() {
        return pertama;
    }

    @Nullable
    private String ambil(String isian) {
        return nilai.get(isian);
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
        for (String isian : ExcelLembar.ISIAN_PROFIL) {
            if (normal(isian).equals(dicari)) {
                return isian;
            }
        }
        for (String isian : List.of(ExcelLembar.FUNGSI, ExcelLembar.MISI)) {
            if (normal(isian).equals(dicari)) {
                return isian;
            }
        }
        return null;
    }

    private static String normal(String label) {
        return ExcelPilihan.normal(label.replaceAll("\\s*[-–—]\\s*", " – ").replaceAll("\\s*\\([^)]*\\)\\s*$", ""));
    }
}
