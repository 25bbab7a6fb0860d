package id.kinerja.pertukaran;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** The data sheets of the workbook, in order, with their columns (after the "Petunjuk" sheet). */
enum ExcelLembar {
    PROFIL("Profil",
            teks("Isian", 34), teks("Nilai", 100)),
    PERIODE("Periode",
            teks("Nama periode", 60), angka("Tahun awal", 12), angka("Tahun akhir", 12)),
    KERANGKA("Kerangka",
            periode(), pilihan("Tingkat", 14, ExcelPilihan.TINGKAT), teks("Kode", 16), teks("Kode induk", 16),
            teks("Nama", 60), teks("Outcome", 50), teks("Unit kerja", 24), teks("Lokasi", 24)),
    INDIKATOR("Indikator",
            periode(), pilihan("Tingkat simpul", 14, ExcelPilihan.TINGKAT), teks("Kode simpul", 16),
            teks("Kode indikator", 16), teks("Nama indikator", 60), teks("Satuan", 14), teks("Formulasi", 40),
            teks("Rumus", 30), teks("Komponen", 50), pilihan("Polaritas", 12, ExcelPilihan.POLARITAS),
            pilihan("Agregasi", 14, ExcelPilihan.AGREGASI), teks("Sumber data", 20), teks("Penanggung jawab", 24),
            pilihan("IKU", 8, ExcelPilihan.YA_TIDAK), angka("Presisi", 9)),
    TARGET("Target",
            periode(), teks("Kode indikator", 16), angka("Tahun", 9), pilihan("Jenis", 15, ExcelPilihan.JENIS),
            nilai("Nilai", 18)),
    REALISASI("Realisasi",
            periode(), teks("Kode indikator", 16), angka("Tahun", 9), pilihan("Triwulan", 11, ExcelPilihan.TRIWULAN),
            nilai("Nilai", 18), teks("Komponen", 40), pilihan("Status", 16, ExcelPilihan.STATUS), teks("Alasan", 30),
            teks("Sumber", 20), new Kolom("Perkiraan tanggal", 18, Jenis.TANGGAL, null), teks("Catatan", 50)),
    ANGGARAN("Anggaran",
            periode(), pilihan("Tingkat simpul", 14, ExcelPilihan.TINGKAT), teks("Kode simpul", 16), angka("Tahun", 9),
            nilai("Anggaran (Rp)", 20), teks("Sumber dana", 20), nilai("Realisasi s.d. TW I", 20), nilai("Realisasi s.d. TW II", 20),
            nilai("Realisasi s.d. TW III", 20), nilai("Realisasi s.d. TW IV", 20));

    /** The Anggaran columns of the cumulative realisation up to quarter 1…4. */
    static final List<String> REALISASI_TW = List.of("Realisasi s.d. TW I", "Realisasi s.d. TW II",
            "Realisasi s.d. TW III", "Realisasi s.d. TW IV");

    /** The single-valued rows of the Profil sheet, in order; "Fungsi" and "Misi" rows follow, one per item. */
    static final List<String> ISIAN_PROFIL = List.of("Nama resmi", "Alamat", "Wilayah", "Tugas", "Visi",
            "Kepala – nama", "Kepala – pangkat", "Kepala – golongan", "Kepala – NIP",
            "Atasan – jabatan", "Atasan – nama", "Atasan – pangkat", "Atasan – NIP", "Atasan – Plt/Pj (Ya/Tidak)");
    static final String FUNGSI = "Fungsi";
    static final String MISI = "Misi";

    /** How a column's cells are written and formatted: NILAI are amounts, shown with thousands and all their decimals. */
    enum Jenis { TEKS, ANGKA, NILAI, TANGGAL }

    /** A column: header, width in characters, kind and, for list columns, the allowed values. */
    record Kolom(String judul, int lebar, Jenis jenis, @Nullable ExcelPilihan pilihan) {
    }

    final String nama;
    final List<Kolom> kolom;

    ExcelLembar(String nama, Kolom... kolom) {
        this.nama = nama;
        this.kolom = List.of(kolom);
    }

    /** The 0-based index of the column with header {@code judul}. */
    int indeks(String judul) {
        for (int i = 0; i < kolom.size(); i++) {
            if (kolom.get(i).judul().equals(judul)) {
                return i;
            }
        }
        throw new IllegalArgumentException("Lembar " + nama + " tidak punya kolom " + judul);
    }

    private static Kolom periode() {
        return teks("Periode", 30);
    }

    private static Kolom teks(String judul, int lebar) {
        return new Kolom(judul, lebar, Jenis.TEKS, null);
    }

    private static Kolom angka(String judul, int lebar) {
        return new Kolom(judul, lebar, Jenis.ANGKA, null);
    }

    private static Kolom nilai(String judul, int lebar) {
        return new Kolom(judul, lebar, Jenis.NILAI, null);
    }

    private static Kolom pilihan(String judul, int lebar, ExcelPilihan pilihan) {
        return new Kolom(judul, lebar, Jenis.TEKS, pilihan);
    }
}
