package id.kinerja.laporan.lkjip;

import id.kinerja.laporan.mesin.Penandatangan;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * One block of the Laporan Kinerja's flow (a row of template {@code lkjip-laporan}): a cover, a heading, a paragraph,
 * a table with its caption, a figure, a signature, or a line of the contents. Only the fields of its kind are set.
 *
 * @param kunci   the anchor of a heading, caption or figure (the contents link to it and print its page)
 * @param tingkat the depth of a heading (1 chapter, 2 section, 3 sub-section) or of a line of the contents
 * @param templat the sub-report of a table, as the engine names its parameter ({@code LKJIP_TABEL_IKU})
 */
public record Blok(String jenis, boolean halamanBaru, @Nullable String judul, @Nullable String teks,
                   @Nullable String keterangan, @Nullable String catatan, @Nullable String kunci, @Nullable Integer tingkat,
                   @Nullable String templat, @Nullable List<?> baris, @Nullable Object gambar, @Nullable Penandatangan ttd) {

    static Blok sampul(String judul, String periode, String instansi, @Nullable String alamat, @Nullable byte[] logo) {
        return new Blok("SAMPUL", false, judul, periode, instansi, alamat, null, null, null, null, logo, null);
    }

    static Blok judulBab(String judul, String kunci) {
        return new Blok("BAB", true, judul, null, null, null, kunci, 1, null, null, null, null);
    }

    static Blok subBab(String judul, String kunci) {
        return new Blok("SUBBAB", false, judul, null, null, null, kunci, 2, null, null, null, null);
    }

    static Blok subSubBab(String judul, String kunci) {
        return new Blok("SUBSUBBAB", false, judul, null, null, null, kunci, 3, null, null, null, null);
    }

    /**
     * A paragraph of styled text (escape what comes from data with {@code Teks.xml}). Text without markup is kept
     * plain, in {@code teks} (and {@code judul} left empty): the template prints it with markup none, so Jasper does
     * not parse it as styled text at the fill and again at the export. The same page either way.
     */
    static Blok paragraf(String teks) {
        return teksBerbentuk("PARAGRAF", teks);
    }

    /** A hanging-indented line of a list ("1. …"), styled or plain as {@link #paragraf}. */
    static Blok butir(String teks) {
        return teksBerbentuk("BUTIR", teks);
    }

    private static Blok teksBerbentuk(String jenis, String teks) {
        boolean bergaya = teks.indexOf('<') >= 0;
        return new Blok(jenis, false, bergaya ? teks : null, bergaya ? null : polos(teks), null, null, null, null, null, null,
                null, null);
    }

    /** The text a styled text without tags stands for: the entities {@code Teks.xml} writes, read back. */
    static String polos(String teks) {
        if (teks.indexOf('&') < 0) {
            return teks;
        }
        return teks.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    static Blok judulTabel(String judul, @Nullable String keterangan, String kunci) {
        return new Blok("JUDUL_TABEL", false, judul, keterangan, null, null, kunci, null, null, null, null, null);
    }

    static Blok tabel(String templat, List<BarisTabel> baris) {
        return new Blok("TABEL", false, null, null, null, null, null, null, templat, baris, null, null);
    }

    static Blok gambar(Object gambar, String judul, String kunci) {
        return new Blok("GAMBAR", false, judul, null, null, null, kunci, null, null, null, gambar, null);
    }

    /** A figure drawn across the text width (the struktur organisasi). */
    static Blok bagan(Object gambar, String judul, String kunci) {
        return new Blok("BAGAN", false, judul, null, null, null, kunci, null, null, null, gambar, null);
    }

    static Blok tandatangan(Penandatangan ttd) {
        return new Blok("TTD", false, null, null, null, null, null, null, null, null, null, ttd);
    }

    static Blok daftar(String judul, String kunci, int tingkat) {
        return new Blok("DAFTAR", false, judul, null, null, null, kunci, tingkat, null, null, null, null);
    }
}
