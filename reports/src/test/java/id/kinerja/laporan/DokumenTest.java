package id.kinerja.laporan;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static id.kinerja.laporan.SeedDinas.LUMAJANG;
import static org.assertj.core.api.Assertions.assertThat;

/** Every document of the seed dinas, printed and read back. */
class DokumenTest {

    static SeedDinas seed;

    @BeforeAll
    static void mulai() {
        seed = new SeedDinas();
    }

    @AfterAll
    static void selesai() {
        seed.close();
    }

    @Test
    void ikuLumajang() {
        Berkas b = seed.cetak(LUMAJANG, new Permintaan(JenisLaporan.IKU, 2025, null, null, FormatBerkas.PDF));
        SeedDinas.simpan(b, 3);
        assertThat(b.nama()).isEqualTo("IKU-lumajang-diskopukmperindag-2025.pdf");
        String teks = SeedDinas.teks(b.isi());
        assertThat(teks).contains("INDIKATOR KINERJA UTAMA", "Sasaran Strategis", "Penjelasan / Formulasi Perhitungan", "(7)",
                "19731118 199303 1 002");
    }

    @Test
    void perjanjianKinerjaLumajang() {
        Berkas b = seed.cetak(LUMAJANG, new Permintaan(JenisLaporan.PERJANJIAN_KINERJA, 2025, null, null, FormatBerkas.PDF));
        SeedDinas.simpan(b, 4);
        String teks = SeedDinas.teks(b.isi());
        assertThat(teks).contains("PERJANJIAN KINERJA TAHUN 2025", "LAMPIRAN PERJANJIAN KINERJA TAHUN 2025", "Pihak Pertama",
                "Pihak Kedua", "JUMLAH", "27.805.047.633", "40,71", "19731118 199303 1 002", "DRAF");
        // as in seed 002: the agreement with both signatures on page 1, the lampiran with its signatures right after
        // JUMLAH on page 2 (they once spilled alone onto a third page)
        assertThat(SeedDinas.halaman(b.isi())).isEqualTo(2);
        assertThat(SeedDinas.teks(b.isi(), 1)).contains("PERJANJIAN KINERJA TAHUN 2025", "Pihak Kedua,", "Pihak Pertama,",
                "INDAH WAHYUNI", "MUHAMMAD RIDHA").doesNotContain("LAMPIRAN");
        assertThat(SeedDinas.teks(b.isi(), 2)).contains("LAMPIRAN PERJANJIAN KINERJA TAHUN 2025", "JUMLAH 27.805.047.633",
                "Pihak Kedua,", "Pihak Pertama,", "INDAH WAHYUNI", "NIP. 19731118 199303 1 002");
        Berkas x = seed.cetak(LUMAJANG, new Permintaan(JenisLaporan.PERJANJIAN_KINERJA, 2025, null, null, FormatBerkas.XLSX));
        SeedDinas.simpan(x, 0);
    }

    @Test
    void rencanaAksiLumajang() {
        Berkas b = seed.cetak(LUMAJANG, new Permintaan(JenisLaporan.RENCANA_AKSI, 2025, 2, null, FormatBerkas.PDF));
        SeedDinas.simpan(b, 2);
        assertThat(b.nama()).isEqualTo("Rencana-Aksi-lumajang-diskopukmperindag-2025-TW2.pdf");
        String teks = SeedDinas.teks(b.isi());
        assertThat(teks).contains("RENCANA AKSI TAHUN 2025", "Triwulan II", "Menunggu data BPS", "29,04", "71,33", "DRAF");
    }

    @Test
    void renjaLumajang() {
        Berkas b = seed.cetak(LUMAJANG, new Permintaan(JenisLaporan.RENJA, 2025, null, null, FormatBerkas.PDF));
        SeedDinas.simpan(b, 3);
        String teks = SeedDinas.teks(b.isi());
        assertThat(teks).contains("MATRIK TUJUAN, SASARAN, PROGRAM, KEGIATAN DAN SUB KEGIATAN", 
                "Target Renja 2025", "Kebutuhan Dana (Rp)", "5.699,08", "1.574.938,67");
    }

    @Test
    void renstraDiskopum() {
        Berkas b = seed.cetak(SeedDinas.DISKOPUM, new Permintaan(JenisLaporan.RENSTRA, null, null, null, FormatBerkas.PDF));
        SeedDinas.simpan(b, 3);
        assertThat(b.nama()).isEqualTo("Renstra-lumajang-diskopum-2014-2019.pdf");
        String teks = SeedDinas.teks(b.isi());
        assertThat(teks).contains("MATRIKS RENCANA STRATEGIS", "PERIODE 2014\u20132019", "Pagu Indikatif (Rp)", "2018", "2019", "89,60");
    }
}
