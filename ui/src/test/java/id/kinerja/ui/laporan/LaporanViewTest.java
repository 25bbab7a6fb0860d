package id.kinerja.ui.laporan;

import id.kinerja.laporan.Berkas;
import id.kinerja.laporan.FormatBerkas;
import id.kinerja.laporan.JenisLaporan;
import id.kinerja.pengguna.Pelaku;
import id.kinerja.pengguna.Peran;
import id.kinerja.persetujuan.AlurPersetujuan;
import id.kinerja.tenant.TenantRef;
import id.kinerja.tenant.TenantScope;
import id.kinerja.testing.Dinas;
import id.kinerja.ui.UjiTampilan;
import io.micronaut.context.ApplicationContext;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Laporan: the choice, what it says about final or draft, the file printed for it, the download's address. */
class LaporanViewTest extends UjiTampilan {

    static final String ALAMAT = "d/lumajang-diskopukmperindag/laporan";
    static TenantRef lumajang;
    static Pelaku pembaca;

    @BeforeAll
    static void data() {
        lumajang = Dinas.dariSeed(bean(ApplicationContext.class), "lumajang-diskopukmperindag");
        pembaca = pengguna("baca.lap", false, lumajang, Peran.PEMBACA);
        // TW I 2025 locked; TW II left open
        AlurPersetujuan alur = bean(AlurPersetujuan.class);
        bean(TenantScope.class).run(lumajang, () -> {
            alur.ajukan(2025, 1);
            alur.verifikasi(2025, 1);
            alur.kunci(2025, 1);
        });
    }

    static String teksPdf(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d);
        }
    }

    @Test
    void aLockedQuarterIsFinalAnOpenOneADraftAndThePdfSaysTheSame() throws IOException {
        masukSebagai(pembaca);
        LaporanView v = navigate(ALAMAT, LaporanView.class);
        assertThat(v.jenis.getValue()).isEqualTo(JenisLaporan.LAPORAN_KINERJA);
        v.tahun.setValue(2025);
        v.triwulan.setValue(1);
        assertThat(teks(v.status)).isEqualTo("Final");
        assertThat(teks(v.keterangan)).contains("Triwulan I 2025 dikunci");
        assertThat(v.permintaan.triwulan()).isEqualTo(1);
        Berkas b = v.berkas(v.permintaan);
        assertThat(b.nama()).isEqualTo("LKjIP-lumajang-diskopukmperindag-2025-TW1.pdf");
        assertThat(teksPdf(b.isi())).contains("FINAL \u2014 Triwulan I 2025 telah dikunci").doesNotContain("belum dikunci");

        v.triwulan.setValue(2);
        assertThat(teks(v.status)).isEqualTo("Draf");
        assertThat(teks(v.keterangan)).contains("Triwulan II 2025 berstatus draf");
        assertThat(teksPdf(v.berkas(v.permintaan).isi())).contains("DRAF \u2014 Triwulan II 2025 belum dikunci")
                .doesNotContain("telah dikunci");
    }

    @Test
    void documentsWithoutQuarterHideItAndTheFormatPicksTheFile() {
        masukSebagai(pembaca);
        LaporanView v = navigate(ALAMAT, LaporanView.class);
        v.tahun.setValue(2025);
        v.jenis.setValue(JenisLaporan.IKU);
        assertThat(v.triwulan.isVisible()).isFalse();
        assertThat(v.permintaan.triwulan()).isNull();
        assertThat(v.status.isVisible()).isFalse();
        v.format.setValue(FormatBerkas.XLSX);
        Berkas b = v.berkas(v.permintaan);
        assertThat(b.nama()).endsWith(".xlsx");
        assertThat(b.isi()).startsWith(new byte[]{'P', 'K'});

        v.jenis.setValue(JenisLaporan.PERJANJIAN_KINERJA);
        assertThat(teks(v.status)).isEqualTo("Draf");
        assertThat(teks(v.keterangan)).contains("belum ditandatangani");
        assertThat(v.versi.isVisible()).isTrue();
        // the PK Perubahan amends a signed PK: not printable before the PK is signed
        v.versi.setValue(true);
        assertThat(v.permintaan.perubahan()).isTrue();
        assertThat(teks(v.keterangan)).contains("tandatangani Perjanjian Kinerja 2025 lebih dahulu");
        assertThat(v.unduh.isEnabled()).isFalse();
        v.jenis.setValue(JenisLaporan.RENCANA_AKSI);
        assertThat(v.triwulan.isVisible()).isTrue();
        assertThat(v.versi.isVisible()).isFalse();
        assertThat(v.permintaan.perubahan()).isFalse();
    }

    @Test
    void theDownloadAddressBelongsToTheSessionAndARefusalIsTheServicesOwn() {
        masukSebagai(pembaca);
        LaporanView v = navigate(ALAMAT, LaporanView.class);
        String href = v.unduh.getHref();
        assertThat(href).startsWith("VAADIN/dynamic/resource/").doesNotContain("laporan-kinerja").doesNotContain("lumajang");
        v.jenis.setValue(JenisLaporan.RENJA);
        v.tahun.setValue(1995);
        assertThatThrownBy(() -> v.berkas(v.permintaan)).hasMessageContaining("1995");
    }
}
