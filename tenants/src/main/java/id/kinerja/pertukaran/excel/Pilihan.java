package id.kinerja.pertukaran.excel;

import id.kinerja.renstra.Tingkat;
import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The values a list column accepts: the document's code and the Indonesian label shown in the sheet. Labels are
 * matched ignoring case and repeated spaces.
 */
record Pilihan(List<String> kode, List<String> label) {

    static final Pilihan TINGKAT = new Pilihan(
            Arrays.stream(Tingkat.values()).map(Enum::name).toList(),
            Arrays.stream(Tingkat.values()).map(Tingkat::label).toList());
    static final Pilihan POLARITAS = pasangan("POSITIF", "Positif", "NEGATIF", "Negatif");
    static final Pilihan AGREGASI = pasangan("JUMLAH", "Jumlah", "TERAKHIR", "Terakhir", "AKHIR_TAHUN", "Akhir tahun",
            "RATA_RATA", "Rata-rata");
    static final Pilihan YA_TIDAK = pasangan("true", "Ya", "false", "Tidak");
    /** Yearly target kinds, then the quarterly targets (codes {@code TW1}…{@code TW4}). */
    static final Pilihan JENIS = pasangan("RENSTRA", "Renstra", "RENJA", "Renja", "P_RENJA", "P-Renja", "PK", "PK",
            "PK_PERUBAHAN", "PK Perubahan", "TW1", "TW I", "TW2", "TW II", "TW3", "TW III", "TW4", "TW IV");
    static final Pilihan TRIWULAN = pasangan("TW1", "I", "TW2", "II", "TW3", "III", "TW4", "IV", "TAHUNAN", "Tahunan");
    static final Pilihan STATUS = pasangan("TERSEDIA", "Tersedia", "BELUM_TERSEDIA", "Belum tersedia");

    private static Pilihan pasangan(String... kodeLabel) {
        List<String> kode = new ArrayList<>();
        List<String> label = new ArrayList<>();
        for (int i = 0; i < kodeLabel.length; i += 2) {
            kode.add(kodeLabel[i]);
            label.add(kodeLabel[i + 1]);
        }
        return new Pilihan(List.copyOf(kode), List.copyOf(label));
    }

    /** The label of {@code kode}; an unknown code is written as it is (reading it back then reports it). */
    @Nullable
    String label(@Nullable Object kode) {
        if (kode == null) {
            return null;
        }
        int i = this.kode.indexOf(kode.toString());
        return i < 0 ? kode.toString() : label.get(i);
    }

    /** The code of a label typed in the sheet, or {@code null} when it is none of the labels. */
    @Nullable
    String kodeDari(String teks) {
        String dicari = normal(teks);
        for (int i = 0; i < label.size(); i++) {
            if (normal(label.get(i)).equals(dicari)) {
                return kode.get(i);
            }
        }
        return null;
    }

    /** {@code "Tujuan, Sasaran, Program, Kegiatan, Sub Kegiatan"}. */
    String daftar() {
        return String.join(", ", label);
    }

    /** The quarter of a {@code TW1}…{@code TW4} code, {@code null} for any other code. */
    @Nullable
    static Integer triwulan(@Nullable String kode) {
        return kode != null && kode.matches("TW[1-4]") ? kode.charAt(2) - '0' : null;
    }

    /** The {@code TW1}…{@code TW4} code of a quarter, {@code TAHUNAN} for none. */
    static String kodeTriwulan(@Nullable Integer triwulan) {
        return triwulan == null ? "TAHUNAN" : "TW" + triwulan;
    }

    static String normal(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
