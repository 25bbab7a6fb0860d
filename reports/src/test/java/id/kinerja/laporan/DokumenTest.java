package id.kinerja.laporan;

import id.kinerja.common.ConflictException;
import id.kinerja.indikator.IndikatorRepository;
import id.kinerja.persetujuan.PkService;
import id.kinerja.target.JenisTarget;
import id.kinerja.target.TargetInput;
import id.kinerja.target.TargetService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static id.kinerja.laporan.SeedDinas.LUMAJANG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void pkPerubahanLumajangAmendsTheSignedPk() {
        String slug = "lumajang-pk-perubahan";
        seed.salin(LUMAJANG, slug);
        PkService pk = seed.context.getBean(PkService.class);
        Permintaan perubahan = new Permintaan(JenisLaporan.PERJANJIAN_KINERJA, 2025, null, null, FormatBerkas.PDF, true);
        assertThatThrownBy(() -> seed.cetak(slug, perubahan)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("Perjanjian Kinerja tahun 2025 belum ditandatangani");
        assertThatThrownBy(() -> seed.sebagai(slug, () -> pk.tandatangani(2025, true))).isInstanceOf(ConflictException.class);

        seed.sebagai(slug, () -> pk.tandatangani(2025));
        seed.sebagai(slug, () -> {
            long koperasi = seed.context.getBean(IndikatorRepository.class).findAll().stream()
                    .filter(i -> "IKU-S2-1".equals(i.kode())).findFirst().orElseThrow().id();
            return seed.context.getBean(TargetService.class).simpan(List.of(
                    new TargetInput(koperasi, 2025, JenisTarget.PK_PERUBAHAN, null, new BigDecimal("47.5"), null)));
        });
        Berkas draf = seed.cetak(slug, perubahan);
        assertThat(draf.nama()).isEqualTo("PK-Perubahan-" + slug + "-2025.pdf");
        String teks = SeedDinas.teks(draf.isi());
        assertThat(teks).contains("PERJANJIAN KINERJA PERUBAHAN TAHUN 2025", "LAMPIRAN PERJANJIAN KINERJA PERUBAHAN TAHUN 2025",
                "47,5", "JUMLAH 27.805.047.633", "DRAF").doesNotContain("40,71");
        // the signed PK still prints what was signed
        assertThat(SeedDinas.teks(seed.cetak(slug, new Permintaan(JenisLaporan.PERJANJIAN_KINERJA, 2025, null, null, FormatBerkas.PDF)).isi()))
                .contains("PERJANJIAN KINERJA TAHUN 2025", "40,71").doesNotContain("PERUBAHAN", "47,5", "DRAF");

        seed.sebagai(slug, () -> pk.tandatangani(2025, true));
        assertThatThrownBy(() -> seed.sebagai(slug, () -> pk.tandatangani(2025, true))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("sudah ditandatangani");
        Berkas b = seed.cetak(slug, perubahan);
        SeedDinas.simpan(b, 2);
        assertThat(SeedDinas.halaman(b.isi())).isEqualTo(2);
        assertThat(SeedDinas.teks(b.isi(), 1)).contains("PERJANJIAN KINERJA PERUBAHAN TAHUN 2025", "Pihak Pertama,");
        assertThat(SeedDinas.teks(b.isi(), 2)).contains("LAMPIRAN PERJANJIAN KINERJA PERUBAHAN TAHUN 2025", "47,5")
                .doesNotContain("DRAF");
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
