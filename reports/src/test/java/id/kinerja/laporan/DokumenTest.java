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
}
