package id.kinerja.pertukaran.excel;

import id.kinerja.pertukaran.dokumen.Dokumen;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * The workbook's one column model: the data sheets in order (after the "Petunjuk" sheet), each with its columns —
 * header, width, kind, allowed values and the document field a column holds. Writing, reading and placing a
 * document's problem at its sheet, row and column all go by it.
 */
enum Lembar {
    PROFIL("Profil",
            teks("Isian", 34), teks("Nilai", 100)),
    PERIODE("Periode",
            teks("Nama periode", 60).untuk("name"), angka("Tahun awal", 12).untuk("startYear"),
            angka("Tahun akhir", 12).untuk("endYear")),
    KERANGKA("Kerangka",
            periode(), pilihan("Tingkat", 14, Pilihan.TINGKAT), teks("Kode", 16).untuk("code"), teks("Kode induk", 16),
            teks("Nama", 60).untuk("name"), teks("Outcome", 50).untuk("outcome"), teks("Unit kerja", 24).untuk("unit"),
            teks("Lokasi", 24).untuk("lokasi")),
    INDIKATOR("Indikator",
            periode(), pilihan("Tingkat simpul", 14, Pilihan.TINGKAT), teks("Kode simpul", 16),
            teks("Kode indikator", 16).untuk("code"), teks("Nama indikator", 60).untuk("name"), teks("Satuan", 14).untuk("satuan"),
            teks("Formulasi", 40).untuk("formulaText"), teks("Rumus", 30).untuk("formula"), teks("Komponen", 50).untuk("components"),
            pilihan("Polaritas", 12, Pilihan.POLARITAS).untuk("polarity"),
            pilihan("Agregasi", 14, Pilihan.AGREGASI).untuk("rollup"), teks("Sumber data", 20).untuk("dataSource"),
            teks("Penanggung jawab", 24).untuk("unit"), pilihan("IKU", 8, Pilihan.YA_TIDAK).untuk("iku"),
            angka("Presisi", 9).untuk("precision")),
    TARGET("Target",
            periode(), teks("Kode indikator", 16), angka("Tahun", 9).untuk("year"),
            pilihan("Jenis", 15, Pilihan.JENIS).untuk("kind", "quarter"), nilai("Nilai", 18).untuk("value")),
    REALISASI("Realisasi",
            periode(), teks("Kode indikator", 16), angka("Tahun", 9).untuk("year"),
            pilihan("Triwulan", 11, Pilihan.TRIWULAN).untuk("quarter"), nilai("Nilai", 18).untuk("value"),
            teks("Komponen", 40).untuk("components"), pilihan("Status", 16, Pilihan.STATUS).untuk("status"),
            teks("Alasan", 30).untuk("alasan"), teks("Sumber", 20).untuk("sourceAgency"),
            new Kolom("Perkiraan tanggal", 18, Jenis.TANGGAL, null, List.of()).untuk("expectedDate"), teks("Catatan", 50).untuk("note")),
    ANGGARAN("Anggaran",
            periode(), pilihan("Tingkat simpul", 14, Pilihan.TINGKAT), teks("Kode simpul", 16), angka("Tahun", 9).untuk("year"),
            nilai("Anggaran (Rp)", 20).untuk("anggaran"), teks("Sumber dana", 20).untuk("sumberDana"),
            nilai("Realisasi s.d. TW I", 20).untuk("realisasi", "kumulatif"), nilai("Realisasi s.d. TW II", 20),
            nilai("Realisasi s.d. TW III", 20), nilai("Realisasi s.d. TW IV", 20));

    /** The Anggaran columns of the cumulative realisation up to quarter 1…4. */
    static final List<String> REALISASI_TW = List.of("Realisasi s.d. TW I", "Realisasi s.d. TW II",
            "Realisasi s.d. TW III", "Realisasi s.d. TW IV");

    static final String FUNGSI = "Fungsi";
    static final String MISI = "Misi";

    /**
     * The single-valued rows of the Profil sheet, in order, each with the profile field it holds; "Fungsi" and
     * "Misi" rows follow, one per item.
     */
    enum Isian {
        NAMA_RESMI("Nama resmi", "officialName", Dokumen.Profile::officialName),
        ALAMAT("Alamat", "address", Dokumen.Profile::address),
        WILAYAH("Wilayah", "region", Dokumen.Profile::region),
        TUGAS("Tugas", "tugas", Dokumen.Profile::tugas),
        VISI("Visi", "visi", Dokumen.Profile::visi),
        KEPALA_NAMA("Kepala – nama", "kepala.name", p -> kepala(p).name()),
        KEPALA_PANGKAT("Kepala – pangkat", "kepala.pangkat", p -> kepala(p).pangkat()),
        KEPALA_GOLONGAN("Kepala – golongan", "kepala.golongan", p -> kepala(p).golongan()),
        KEPALA_NIP("Kepala – NIP", "kepala.nip", p -> kepala(p).nip()),
        ATASAN_JABATAN("Atasan – jabatan", "atasan.jabatan", p -> atasan(p).jabatan()),
        ATASAN_NAMA("Atasan – nama", "atasan.name", p -> atasan(p).name()),
        ATASAN_PANGKAT("Atasan – pangkat", "atasan.pangkat", p -> atasan(p).pangkat()),
        ATASAN_NIP("Atasan – NIP", "atasan.nip", p -> atasan(p).nip()),
        ATASAN_PLT("Atasan – Plt/Pj (Ya/Tidak)", "atasan.acting", p -> Pilihan.YA_TIDAK.label(atasan(p).acting()));

        private static final Dokumen.Official KOSONG = new Dokumen.Official(null, null, null, null, null, null);

        final String label;
        /** The field under {@code profile} in the document. */
        final String medan;
        private final java.util.function.Function<Dokumen.Profile, String> dari;

        Isian(String label, String medan, java.util.function.Function<Dokumen.Profile, String> dari) {
            this.label = label;
            this.medan = medan;
            this.dari = dari;
        }

        /** The cell's text for a profile. */
        @Nullable
        String dari(Dokumen.Profile p) {
            return dari.apply(p);
        }

        private static Dokumen.Official kepala(Dokumen.Profile p) {
            return p.kepala() == null ? KOSONG : p.kepala();
        }

        private static Dokumen.Official atasan(Dokumen.Profile p) {
            return p.atasan() == null ? KOSONG : p.atasan();
        }
    }

    /** How a column's cells are written and formatted: NILAI are amounts, shown with thousands and all their decimals. */
    enum Jenis { TEKS, ANGKA, NILAI, TANGGAL }

    /**
     * A column: header, width in characters, kind, for list columns the allowed values, and the document fields
     * it holds ({@code value}, {@code year}: where a problem of that field is shown).
     */
    record Kolom(String judul, int lebar, Jenis jenis, @Nullable Pilihan pilihan, List<String> medan) {

        Kolom untuk(String... medan) {
            return new Kolom(judul, lebar, jenis, pilihan, List.of(medan));
        }
    }

    final String nama;
    final List<Kolom> kolom;

    Lembar(String nama, Kolom... kolom) {
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

    /** The column holding document field {@code medan}, if this sheet has one. */
    java.util.Optional<Kolom> kolomUntuk(String medan) {
        return kolom.stream().filter(k -> k.medan().contains(medan)).findFirst();
    }

    /** The sheet named {@code nama}, if it is one of these. */
    static java.util.Optional<Lembar> bernama(String nama) {
        return java.util.Arrays.stream(values()).filter(l -> l.nama.equals(nama)).findFirst();
    }

    private static Kolom periode() {
        return teks("Periode", 30);
    }

    private static Kolom teks(String judul, int lebar) {
        return new Kolom(judul, lebar, Jenis.TEKS, null, List.of());
    }

    private static Kolom angka(String judul, int lebar) {
        return new Kolom(judul, lebar, Jenis.ANGKA, null, List.of());
    }

    private static Kolom nilai(String judul, int lebar) {
        return new Kolom(judul, lebar, Jenis.NILAI, null, List.of());
    }

    private static Kolom pilihan(String judul, int lebar, Pilihan pilihan) {
        return new Kolom(judul, lebar, Jenis.TEKS, pilihan, List.of());
    }
}
