package id.kinerja.ui.komponen;

import id.kinerja.laporan.FormatIndonesia;
import id.kinerja.pengguna.Peran;
import id.kinerja.persetujuan.StatusPersetujuan;
import id.kinerja.renstra.Tingkat;
import io.micronaut.core.annotation.Nullable;

/** The words the UI uses for the domain's codes (roles, levels, kinds, states), in one place. */
public final class Teks {

    private Teks() {
    }

    public static String peran(@Nullable Peran peran) {
        if (peran == null) {
            return "Admin provinsi";
        }
        return switch (peran) {
            case ADMIN_DINAS -> "Admin dinas";
            case EDITOR -> "Editor";
            case PEMERIKSA -> "Pemeriksa";
            case PEMBACA -> "Pembaca";
        };
    }

    public static String jenisDinas(@Nullable String kind) {
        if (kind == null) {
            return "";
        }
        return switch (kind) {
            case "kabupaten" -> "Kabupaten";
            case "kota" -> "Kota";
            case "provinsi" -> "Provinsi";
            default -> kind;
        };
    }

    public static String status(StatusPersetujuan s) {
        return switch (s) {
            case DRAF -> "Draf";
            case DIAJUKAN -> "Diajukan";
            case DIVERIFIKASI -> "Diverifikasi";
            case DIKUNCI -> "Dikunci";
        };
    }

    /** The badge colour of a state: contrast for draft, primary on its way, success when locked. */
    public static String warna(StatusPersetujuan s) {
        return switch (s) {
            case DRAF -> "contrast";
            case DIAJUKAN -> "";
            case DIVERIFIKASI -> "";
            case DIKUNCI -> "success";
        };
    }

    /** 1–4 → {@code TW I} … {@code TW IV}. */
    public static String tw(int triwulan) {
        return "TW " + ROMAWI[triwulan - 1];
    }

    /** 1–4 → {@code Triwulan I} … */
    public static String triwulan(int triwulan) {
        return FormatIndonesia.triwulan(triwulan);
    }

    private static final String[] ROMAWI = {"I", "II", "III", "IV"};

    public static String tingkat(Tingkat t) {
        return t.label();
    }

    /**
     * The head of the region a dinas serves, as an example for the superior's position: {@code Kabupaten Jember} →
     * {@code Bupati Jember}, {@code Kota Malang} → {@code Wali Kota Malang}, {@code Provinsi Jawa Timur} →
     * {@code Gubernur Jawa Timur}; without a region the generic form.
     */
    public static String kepalaDaerah(@Nullable String wilayah) {
        String w = wilayah == null ? "" : wilayah.strip();
        String kecil = w.toLowerCase(java.util.Locale.ROOT);
        if (kecil.startsWith("kabupaten ") && w.length() > 10) {
            return "Bupati " + w.substring(10).strip();
        }
        if (kecil.startsWith("kota ") && w.length() > 5) {
            return "Wali Kota " + w.substring(5).strip();
        }
        if (kecil.startsWith("provinsi ") && w.length() > 9) {
            return "Gubernur " + w.substring(9).strip();
        }
        return "Bupati … / Wali Kota …";
    }
}
