package id.kinerja.ui.kerangka;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import id.kinerja.indikator.Indikator;
import id.kinerja.pengguna.Pelaku;
import id.kinerja.pengguna.Peran;
import id.kinerja.renstra.Simpul;
import id.kinerja.renstra.Tingkat;
import id.kinerja.tenant.TenantRef;
import id.kinerja.testing.Dinas;
import id.kinerja.ui.UjiTampilan;
import id.kinerja.ui.indikator.IndikatorDialog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The framework tree: who sees which controls, adding, moving, deleting (with the cascade asked for), refusals. */
class KerangkaViewTest extends UjiTampilan {

    static TenantRef kota;
    static Pelaku admin;
    static Pelaku pembaca;

    @BeforeAll
    static void data() {
        kota = Dinas.dariSeed(bean(io.micronaut.context.ApplicationContext.class), "kota-diskopumdag");
        admin = pengguna("admin.kota", false, kota, Peran.ADMIN_DINAS);
        pembaca = pengguna("baca.kota", false, kota, Peran.PEMBACA);
    }

    /** The dialog of that type opened last (dialogs join the UI on the round trip). */
    static <T extends com.vaadin.flow.component.Component> T dialog(Class<T> type) {
        roundTrip();
        return semua(UI.getCurrent(), type).reduce((a, b) -> b).orElseThrow(() -> new AssertionError("Tidak ada " + type.getSimpleName()));
    }

    KerangkaView buka(Pelaku p) {
        masukSebagai(p);
        return navigate("d/kota-diskopumdag/kerangka", KerangkaView.class);
    }

    @Test
    void aReaderSeesTheTreeWithIndicatorsButNoEditControls() {
        KerangkaView v = buka(pembaca);
        List<Baris> akar = v.data().getRootItems();
        assertThat(akar).isNotEmpty().allMatch(b -> b.simpul().tingkat() == Tingkat.TUJUAN);
        Baris sasaran = akar.stream().flatMap(t -> v.data().getChildren(t).stream()).filter(Baris::isSimpul)
                .filter(s -> v.data().getChildren(s).stream().anyMatch(b -> !b.isSimpul())).findFirst().orElseThrow();
        assertThat(v.grid.isExpanded(sasaran)).isTrue();
        assertThat(cari(com.vaadin.flow.component.orderedlayout.HorizontalLayout.class, "alat-kerangka").isVisible()).isFalse();
        assertThat(v.periodeBaru.getParent()).isEmpty();

        // an indicator opens read-only: no save button
        Baris iku = v.data().getChildren(sasaran).stream().filter(b -> !b.isSimpul()).findFirst().orElseThrow();
        v.buka(iku);
        IndikatorDialog d = dialog(IndikatorDialog.class);
        assertThat(d.simpan.getParent()).isEmpty();
        assertThat(d.batal.getText()).isEqualTo("Tutup");
        assertThat(semua(d, com.vaadin.flow.component.textfield.TextField.class)
                .filter(f -> !(f.getParent().orElse(null) instanceof id.kinerja.ui.komponen.AngkaField))).allMatch(f -> f.isReadOnly());
    }

    @Test
    void aReaderForcingAnAddIsRefused() {
        KerangkaView v = buka(pembaca);
        Simpul tujuan = v.data().getRootItems().getFirst().simpul();
        v.tambahSimpul(tujuan);
        SimpulDialog d = dialog(SimpulDialog.class);
        d.kode.setValue("9.9");
        d.nama.setValue("Sasaran paksa");
        d.simpan.click();
        assertThat(teks(d.formulir().pesan())).contains("tidak mengizinkan");
        assertThat(d.isOpened()).isTrue();
    }

    @Test
    void theAdminAddsASasaranUnderATujuanAndMovesIt() {
        KerangkaView v = buka(admin);
        Baris tujuan = v.data().getRootItems().getFirst();
        v.grid.select(tujuan);
        assertThat(v.tambahAnak.getText()).isEqualTo("Sasaran");
        test(v.tambahAnak).click();
        SimpulDialog d = dialog(SimpulDialog.class);
        d.simpan.click();
        assertThat(d.kode.isInvalid()).isTrue();
        assertThat(d.kode.getErrorMessage()).isEqualTo("wajib diisi");
        d.kode.setValue("1.9");
        d.nama.setValue("Meningkatnya sasaran uji");
        assertThat(d.berubah()).isTrue();
        d.simpan.click();
        assertThat(d.isOpened()).isFalse();
        Baris baru = v.data().getChildren(tujuan).stream().filter(b -> b.isSimpul() && b.kode().equals("1.9")).findFirst().orElseThrow();
        assertThat(v.grid.asSingleSelect().getValue()).isEqualTo(baru);

        // move it to the first position among its siblings
        v.pindahkan(baru.simpul());
        PindahDialog p = dialog(PindahDialog.class);
        p.posisi.setValue(1);
        p.simpan.click();
        assertThat(v.data().getChildren(tujuan).stream().filter(Baris::isSimpul).findFirst().orElseThrow().kode()).isEqualTo("1.9");
    }

    @Test
    void theAdminMovesAnIndicatorToAnotherSasaranButNotToAnotherLevel() {
        KerangkaView v = buka(admin);
        List<Baris> semuaSasaran = v.data().getRootItems().stream().flatMap(t -> v.data().getChildren(t).stream())
                .filter(Baris::isSimpul).toList();
        assertThat(semuaSasaran).hasSizeGreaterThan(1);
        Baris asal = semuaSasaran.stream().filter(s -> v.data().getChildren(s).stream().anyMatch(b -> !b.isSimpul()))
                .findFirst().orElseThrow();
        Baris tujuan = semuaSasaran.stream().filter(s -> !s.equals(asal)).findFirst().orElseThrow();
        Baris iku = v.data().getChildren(asal).stream().filter(b -> !b.isSimpul()).findFirst().orElseThrow();
        long sebelumnya = v.data().getChildren(tujuan).stream().filter(b -> !b.isSimpul()).count();

        v.grid.select(iku);
        assertThat(v.pindah.isEnabled()).isTrue();
        test(v.pindah).click();
        PindahIndikatorDialog d = dialog(PindahIndikatorDialog.class);
        assertThat(d.simpul.getValue().id()).isEqualTo(asal.simpul().id());
        assertThat(d.simpul.getListDataView().getItems()).allMatch(s -> s.tingkat() == Tingkat.SASARAN);
        d.simpul.setValue(tujuan.simpul());
        assertThat(d.posisi.getValue()).isEqualTo((int) sebelumnya + 1);
        d.posisi.setValue(1);
        d.simpan.click();
        assertThat(d.isOpened()).isFalse();
        List<Baris> diTujuan = v.data().getChildren(tujuan).stream().filter(b -> !b.isSimpul()).toList();
        assertThat(diTujuan).hasSize((int) sebelumnya + 1).first().isEqualTo(iku);
        assertThat(v.data().getChildren(asal)).doesNotContain(iku);
        assertThat(v.grid.asSingleSelect().getValue()).isEqualTo(iku);

        // forced to a tujuan (another level): the service's refusal, shown on the field, nothing moves
        Indikator dipindah = diTujuan.getFirst().indikator();
        PindahIndikatorDialog salah = v.pindahkan(dipindah);
        salah.simpul.setValue(v.data().getRootItems().getFirst().simpul());
        salah.simpan.click();
        assertThat(salah.isOpened()).isTrue();
        assertThat(salah.simpul.isInvalid()).isTrue();
        assertThat(salah.simpul.getErrorMessage()).contains("hanya dapat dipindah ke sasaran lain");
        assertThat(v.data().getChildren(tujuan)).contains(iku);
    }

    @Test
    void aReaderForcingAnIndicatorMoveIsRefused() {
        KerangkaView v = buka(pembaca);
        Baris iku = v.data().getRootItems().stream().flatMap(t -> v.data().getChildren(t).stream()).filter(Baris::isSimpul)
                .flatMap(s -> v.data().getChildren(s).stream()).filter(b -> !b.isSimpul()).findFirst().orElseThrow();
        PindahIndikatorDialog d = v.pindahkan(iku.indikator());
        d.posisi.setValue(1);
        d.simpan.click();
        assertThat(teks(d.formulir().pesan())).contains("tidak mengizinkan");
    }

    @Test
    void closingAChangedFormAsksFirst() {
        KerangkaView v = buka(admin);
        v.tambahSimpul(null);
        SimpulDialog d = dialog(SimpulDialog.class);
        d.nama.setValue("Tujuan setengah jadi");
        d.tutup();
        assertThat(d.isOpened()).isTrue();
        ConfirmDialog tanya = dialog(ConfirmDialog.class);
        ComponentUtil.fireEvent(tanya, new ConfirmDialog.ConfirmEvent(tanya, true));
        assertThat(d.isOpened()).isFalse();
    }

    @Test
    void deletingANodeWithDataUnderItIsRefusedThenOfferedAsACascade() {
        KerangkaView v = buka(admin);
        Baris tujuan = v.data().getRootItems().getLast();
        Baris sasaran = v.data().getChildren(tujuan).stream().filter(Baris::isSimpul).findFirst().orElseThrow();
        ConfirmDialog pertama = v.tanyaHapus(sasaran);
        ComponentUtil.fireEvent(pertama, new ConfirmDialog.ConfirmEvent(pertama, true));
        assertThat(v.data().contains(sasaran)).isTrue();
        ConfirmDialog kedua = dialog(ConfirmDialog.class);
        assertThat(kedua.getId()).contains("tanya-hapus-semua");
        assertThat(kedua.isOpened()).isTrue();
        assertThat(teks(kedua) + kedua.getElement().getProperty("message", "")).doesNotContain("cascade").contains("masih berisi");
        ComponentUtil.fireEvent(kedua, new ConfirmDialog.ConfirmEvent(kedua, true));
        assertThat(v.data().contains(sasaran)).isFalse();
    }
}
