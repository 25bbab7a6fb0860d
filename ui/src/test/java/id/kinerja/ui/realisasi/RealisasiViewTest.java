package id.kinerja.ui.realisasi;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.kinerja.anggaran.AnggaranService;
import id.kinerja.anggaran.RealisasiAnggaran;
import id.kinerja.bukti.BuktiService;
import id.kinerja.narasi.Narasi;
import id.kinerja.narasi.NarasiService;
import id.kinerja.pengguna.Pelaku;
import id.kinerja.pengguna.Peran;
import id.kinerja.persetujuan.AlurPersetujuan;
import id.kinerja.realisasi.RealisasiLengkap;
import id.kinerja.realisasi.RealisasiService;
import id.kinerja.realisasi.StatusRealisasi;
import id.kinerja.tenant.TenantRef;
import id.kinerja.tenant.TenantScope;
import id.kinerja.testing.Dinas;
import id.kinerja.ui.PenggunaSesi;
import id.kinerja.ui.UjiTampilan;
import id.kinerja.ui.beranda.BerandaDinasView;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The quarter's grid: a value, a formula's components, "belum tersedia", narratives and budget in one write; evidence; read-only quarters. */
class RealisasiViewTest extends UjiTampilan {

    static final String SLUG = "lumajang-diskopukmperindag";
    static TenantRef lumajang;
    static Pelaku editor;
    static Pelaku pembaca;
    static Pelaku admin;

    @BeforeAll
    static void data() {
        lumajang = Dinas.dariSeed(bean(ApplicationContext.class), SLUG);
        editor = pengguna("editor.real", false, lumajang, Peran.EDITOR);
        pembaca = pengguna("baca.real", false, lumajang, Peran.PEMBACA);
        admin = pengguna("admin.real", false, lumajang, Peran.ADMIN_DINAS);
    }

    static <T> T diLumajang(Supplier<T> kerja) {
        return bean(TenantScope.class).call(lumajang, kerja);
    }

    static BarisRealisasi indikator(RealisasiView v, String kode) {
        return v.baris.stream().filter(b -> b.indikator != null && b.indikator.kode().equals(kode)).findFirst().orElseThrow();
    }

    static BarisRealisasi simpul(RealisasiView v, String kode) {
        return v.baris.stream().filter(b -> b.indikator == null && b.simpul.kode().equals(kode)).findFirst().orElseThrow();
    }

    static Optional<RealisasiLengkap> tersimpan(BarisRealisasi b, int tw) {
        long id = b.indikator.id();
        return diLumajang(() -> bean(RealisasiService.class).milik(id)).stream()
                .filter(r -> r.realisasi().tahun() == 2025 && Integer.valueOf(tw).equals(r.realisasi().triwulan())).findFirst();
    }

    /** The text fields of a realisation cell, in order: one for a value, one per component for a formula. */
    static List<TextField> medan(RealisasiView v, BarisRealisasi b) {
        return semua(v.isian(b), TextField.class).toList();
    }

    @Test
    void aReaderSeesTheQuarterWithoutAnythingToEdit() {
        masukSebagai(pembaca);
        RealisasiView v = navigate("d/" + SLUG + "/realisasi/2025/2", RealisasiView.class);
        assertThat(v.baris.stream().filter(b -> b.indikator != null).count()).isGreaterThan(50);
        assertThat(v.bolehUbah).isFalse();
        assertThat(v.simpan.isVisible()).isFalse();
        assertThat(teks(v.keadaanTriwulan)).contains("Triwulan II 2025").contains("hanya dapat membaca");
        assertThat(medan(v, indikator(v, "P1-K1-1"))).isEmpty();
        // what was read counts as unchanged, also a formula's realisation saved with a value beside its components
        assertThat(v.ringkasan.getText()).doesNotContain("berubah");
        assertThat(indikator(v, "IKU-S2-1").nilaiLangsung).isTrue();
        assertThat(indikator(v, "IKU-S2-1").hasil.triwulan().get(1).realisasi()).isEqualByComparingTo("4");
        // the seed's TW II value of P1-K1-1 (95 of 400, roll-up LAST) is computed by the same calculator as the API
        BarisRealisasi p = indikator(v, "P1-K1-1");
        assertThat(p.hasil.capaian()).isEqualByComparingTo("23.75");
        // the seed's "Menunggu data BPS" is shown as such
        BarisRealisasi t = indikator(v, "T1-1");
        assertThat(t.belumTersedia).isTrue();
        assertThat(t.alasan).isEqualTo("Menunggu data BPS");
        // the year's target of P1-1 (1.491.388.500.000,00 rupiah) fits its column: ~8 px a digit, ~4 a separator
        String target = v.grid.getColumnByKey("target-tahun").getWidth();
        assertThat(Double.parseDouble(target.replace("rem", "")) * 16).isGreaterThanOrEqualTo(15 * 8 + 5 * 4 + 16);
    }

    @Test
    void aValueComponentsAndNotAvailableAreComputedAsTypedAndSavedInOneWrite() {
        masukSebagai(editor);
        RealisasiView v = navigate("d/" + SLUG + "/realisasi/2025/3", RealisasiView.class);
        assertThat(v.bolehUbah).isTrue();
        assertThat(v.penjaga.berubah()).isFalse();

        // a value: the capaian follows at once (LAST roll-up: TW III's 200 of the PK target 400)
        BarisRealisasi p = indikator(v, "P1-K1-1");
        v.capaian(p, false); // the cell as the grid renders it
        medan(v, p).getFirst().setValue("200");
        assertThat(p.hasil.capaian()).isEqualByComparingTo("50");
        assertThat(p.hasil.kategori()).isEqualTo("Sangat Rendah");
        assertThat(p.tampilCapaianTahun.getText()).isEqualTo("50,00 % · Sangat Rendah");
        assertThat(p.tampilCapaianTahun.getClassNames()).contains("skala-5");
        assertThat(v.penjaga.berubah()).isTrue();
        assertThat(v.ringkasan.getText()).contains("1 baris berubah");

        // a formula's components: 214 / 737 × 100 = 29,04
        BarisRealisasi k = indikator(v, "IKU-S2-1");
        assertThat(k.pakaiKomponen()).isTrue();
        List<TextField> komponen = medan(v, k);
        v.nilai(k);
        assertThat(komponen).hasSize(2);
        komponen.get(0).setValue("214");
        komponen.get(1).setValue("737");
        assertThat(k.hasil.triwulan().get(2).realisasi()).isEqualByComparingTo("29.03663500678426051560379918588874");
        assertThat(k.tampilNilai.getText()).isEqualTo("29,04");

        // a text that is not a number is marked where it was typed, and nothing is saved while it is there
        komponen.get(1).setValue("7.3.7");
        assertThat(komponen.get(1).isInvalid()).isTrue();
        v.simpan();
        assertThat(teks(v.pesan)).contains("bukan angka");
        assertThat(tersimpan(p, 3)).isEmpty();
        komponen.get(1).setValue("737");

        // not available without a reason: the service refuses it, the row says why, nothing is written
        BarisRealisasi t = indikator(v, "P2-K1-1");
        Component rincian = v.rincian(t);
        semua(rincian, Checkbox.class).findFirst().orElseThrow().setValue(true);
        assertThat(t.belumTersedia).isTrue();
        // a sasaran's narrative and a program's spending go in the same write
        BarisRealisasi sasaran = v.baris.stream().filter(BarisRealisasi::sasaran).findFirst().orElseThrow();
        semua(v.rincian(sasaran), TextArea.class).findFirst().orElseThrow().setValue("Dukungan koperasi aktif");
        BarisRealisasi program = v.baris.stream().filter(b -> b.beranggaran() && b.pagu != null).findFirst().orElseThrow();
        medan(v, program).getFirst().setValue("1.500.000");
        assertThat(v.ringkasan.getText()).contains("5 baris berubah");
        v.simpan();
        assertThat(teks(v.pesan)).contains("Tidak ada yang disimpan").contains("P2-K1-1").contains("alasan");
        assertThat(t.masalah).contains("wajib diisi");
        assertThat(tersimpan(p, 3)).isEmpty();
        assertThat(v.penjaga.berubah()).isTrue();

        TextArea alasan = semua(rincian, TextArea.class).filter(a -> "Alasan".equals(a.getLabel())).findFirst().orElseThrow();
        alasan.setValue("Menunggu rekap kecamatan");
        v.simpan();
        assertThat(teks(v.pesan)).isEmpty();
        assertThat(v.penjaga.berubah()).isFalse();
        assertThat(tersimpan(p, 3).orElseThrow().realisasi().nilai()).isEqualByComparingTo("200");
        RealisasiLengkap rumus = tersimpan(k, 3).orElseThrow();
        assertThat(rumus.realisasi().nilai()).isNull();
        assertThat(rumus.komponen()).containsEntry("jumlah_koperasi_rat", new java.math.BigDecimal("214.0000000000"))
                .hasSize(2);
        RealisasiLengkap belum = tersimpan(t, 3).orElseThrow();
        assertThat(belum.realisasi().status()).isEqualTo(StatusRealisasi.BELUM_TERSEDIA);
        assertThat(belum.realisasi().alasan()).isEqualTo("Menunggu rekap kecamatan");
        long sasaranId = sasaran.simpul.id();
        Optional<Narasi> n = diLumajang(() -> bean(NarasiService.class).narasi(sasaran.simpul.periodeId())).stream()
                .filter(x -> x.simpulId() == sasaranId && x.tahun() == 2025 && Integer.valueOf(3).equals(x.triwulan())).findFirst();
        assertThat(n.orElseThrow().faktorPendukung()).isEqualTo("Dukungan koperasi aktif");
        long programId = program.simpul.id();
        assertThat(diLumajang(() -> bean(AnggaranService.class).realisasi(programId)).stream()
                .filter(r -> r.tahun() == 2025 && r.triwulan() == 3).map(RealisasiAnggaran::kumulatif).findFirst().orElseThrow())
                .isEqualByComparingTo("1500000");

        // read again: what was saved is what is shown, and computed the same way
        assertThat(indikator(v, "IKU-S2-1").hasil.triwulan().get(2).realisasi()).isEqualByComparingTo("29.03663500678426051560379918588874");
        assertThat(indikator(v, "P1-K1-1").nilai.teks).isEqualTo("200");

        // emptying a value deletes that realisation
        BarisRealisasi p2 = indikator(v, "P1-K1-1");
        medan(v, p2).getFirst().setValue("");
        v.simpan();
        assertThat(tersimpan(p2, 3)).isEmpty();
    }

    @Test
    void evidenceIsCheckedByItsContentListedAndDeleted() {
        masukSebagai(editor);
        RealisasiView v = navigate("d/" + SLUG + "/realisasi/2025/3", RealisasiView.class);
        BarisRealisasi p = indikator(v, "P1-K1-1");
        assertThat(v.unggahBukti(p, "bukan.pdf", "halo".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(v.buktiDari(p)).isEmpty();
        assertThat(v.unggahBukti(p, "berita-acara.pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(v.buktiDari(p)).extracting(x -> x.namaBerkas()).containsExactly("berita-acara.pdf");
        assertThat(teks(v.rincian(p))).contains("berita-acara.pdf");
        v.hapusBukti(p, v.buktiDari(p).getFirst());
        assertThat(v.buktiDari(p)).isEmpty();
        long id = p.indikator.id();
        assertThat(diLumajang(() -> bean(BuktiService.class).milik(id))).isEmpty();
    }

    @Test
    void aSubmittedQuarterIsReadOnlyAndSaysWhy() {
        try (var ignored = PenggunaSesi.sebagai(editor)) {
            diLumajang(() -> bean(AlurPersetujuan.class).ajukan(2025, 4));
        }
        masukSebagai(editor);
        RealisasiView v = navigate("d/" + SLUG + "/realisasi/2025/4", RealisasiView.class);
        assertThat(v.bolehUbah).isFalse();
        assertThat(v.simpan.isVisible()).isFalse();
        assertThat(teks(v.keadaanTriwulan)).contains("Triwulan IV 2025 sudah diajukan oleh editor.real")
                .contains("tidak dapat diubah");
        assertThat(medan(v, indikator(v, "P1-K1-1"))).isEmpty();
        assertThat(semua(v.rincian(indikator(v, "P1-K1-1")), Checkbox.class).findFirst().orElseThrow().isReadOnly()).isTrue();
    }

    @Test
    void anotherQuarterOrPageWithUnsavedChangesAsksFirst() {
        masukSebagai(editor);
        RealisasiView v = navigate("d/" + SLUG + "/realisasi/2025/1", RealisasiView.class);
        medan(v, indikator(v, "P1-K1-1")).getFirst().setValue("7");
        UI.getCurrent().navigate("d/" + SLUG);
        assertThat(tampilan()).isSameAs(v);
        roundTrip();
        ConfirmDialog tanya = semua(UI.getCurrent(), ConfirmDialog.class).reduce((a, c) -> c).orElseThrow();
        assertThat(tanya.getElement().getProperty("message")).contains("belum disimpan");
        com.vaadin.flow.component.ComponentUtil.fireEvent(tanya, new ConfirmDialog.ConfirmEvent(tanya, true));
        assertThat(tampilan()).isInstanceOf(BerandaDinasView.class);
    }

    @Test
    void aRowSomeoneElseSavedMeanwhileIsMarkedWithWhatItHoldsAndNothingIsOverwritten() {
        masukSebagai(editor);
        RealisasiView v = navigate("d/" + SLUG + "/realisasi/2025/1", RealisasiView.class);
        BarisRealisasi p = indikator(v, "P1-K1-1");
        BarisRealisasi t = indikator(v, "P2-K1-1");
        assertThat(tersimpan(p, 1)).isEmpty();
        medan(v, p).getFirst().setValue("111");
        medan(v, t).getFirst().setValue("1");
        // meanwhile another editor enters P1-K1-1 of TW I (there was none: no version to refuse an overwrite by)
        try (var ignored = PenggunaSesi.sebagai(admin)) {
            diLumajang(() -> bean(RealisasiService.class).simpan(List.of(new id.kinerja.realisasi.RealisasiInput(p.indikator.id(),
                    2025, 1, new java.math.BigDecimal("150"), null, null, null, null, null, null, null, null))));
        }
        v.simpan();
        assertThat(p.masalah).contains("Diubah orang lain").contains("kini 150");
        assertThat(t.masalah).isNull();
        assertThat(teks(v.pesan)).contains("Tidak ada yang disimpan").contains("1 baris").contains("P1-K1-1");
        assertThat(teks(v.rincian(p))).contains("kini 150");
        assertThat(tersimpan(p, 1).orElseThrow().realisasi().nilai()).isEqualByComparingTo("150");
        assertThat(tersimpan(t, 1)).isEmpty();
        assertThat(v.penjaga.berubah()).isTrue(); // the typed values stay on the page
    }

    @Test
    void withoutAQuarterInTheAddressTheFirstDraftQuarterOpens() {
        masukSebagai(editor);
        RealisasiView v = navigate("d/" + SLUG + "/realisasi/2025", RealisasiView.class);
        assertThat(v.triwulan).isEqualTo(1);
        assertThat(v.pilihTriwulan.getValue()).isEqualTo(1);
    }
}
