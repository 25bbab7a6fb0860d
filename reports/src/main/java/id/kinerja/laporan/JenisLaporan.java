package id.kinerja.laporan;

import io.micronaut.core.annotation.Nullable;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The documents Kinerja prints, by the name the API uses ({@code /laporan/{jenis}}), with their title, the
 * start of their file name, and the parameters they take.
 */
public enum JenisLaporan {
    IKU("iku", "Indikator Kinerja Utama", "IKU", Tahun.OPSIONAL, false),
    PERJANJIAN_KINERJA("perjanjian-kinerja", "Perjanjian Kinerja", "PK", Tahun.WAJIB, false),
    RENCANA_AKSI("rencana-aksi", "Rencana Aksi", "Rencana-Aksi", Tahun.WAJIB, true),
    RENSTRA("renstra", "Matriks Rencana Strategis", "Renstra", Tahun.OPSIONAL, false),
    RENJA("renja", "Matrik Tujuan, Sasaran, Program, Kegiatan dan Sub Kegiatan (Renja)", "Renja", Tahun.WAJIB, false),
    LAPORAN_KINERJA("laporan-kinerja", "Laporan Kinerja", "LKjIP", Tahun.WAJIB, true);

    /** Whether a document is of one year ({@code WAJIB}) or of a Renstra period ({@code OPSIONAL}: the year picks the period). */
    public enum Tahun { WAJIB, OPSIONAL }

    private final String nama;
    private final String judul;
    private final String awalanBerkas;
    private final Tahun tahun;
    private final boolean pakaiTriwulan;

    JenisLaporan(String nama, String judul, String awalanBerkas, Tahun tahun, boolean pakaiTriwulan) {
        this.nama = nama;
        this.judul = judul;
        this.awalanBerkas = awalanBerkas;
        this.tahun = tahun;
        this.pakaiTriwulan = pakaiTriwulan;
    }

    /** The name in the API, e.g. {@code perjanjian-kinerja}. */
    public String nama() {
        return nama;
    }

    public String judul() {
        return judul;
    }

    public String awalanBerkas() {
        return awalanBerkas;
    }

    public Tahun tahun() {
        return tahun;
    }

    public boolean pakaiTriwulan() {
        return pakaiTriwulan;
    }

    public static Optional<JenisLaporan> dariNama(@Nullable String nama) {
        return Arrays.stream(values()).filter(j -> j.nama.equals(nama)).findFirst();
    }

    public static List<String> semuaNama() {
        return Arrays.stream(values()).map(JenisLaporan::nama).toList();
    }
}
