package id.kinerja.ui.pengguna;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import id.kinerja.pengguna.Identitas;
import id.kinerja.pengguna.Pelaku;
import id.kinerja.pengguna.PenggunaService;
import id.kinerja.pengguna.Peran;
import id.kinerja.tenant.TenantRef;
import id.kinerja.testing.Dinas;
import id.kinerja.ui.UjiTampilan;
import id.kinerja.ui.galat.AksesDitolak;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A dinas admin manages the members of their own dinas, and only those; an editor does not get the page. */
class AnggotaDinasViewTest extends UjiTampilan {

    static TenantRef kota;
    static TenantRef pasuruan;
    static Pelaku admin;
    static Pelaku editor;

    @BeforeAll
    static void data() {
        kota = Dinas.dariSeed(bean(ApplicationContext.class), "kota-diskopumdag");
        pasuruan = Dinas.dariSeed(bean(ApplicationContext.class), "pasuruan-diskopum");
        admin = pengguna("admin.kota", false, kota, Peran.ADMIN_DINAS);
        editor = pengguna("editor.kota2", false, kota, Peran.EDITOR);
        pengguna("admin.pasuruan", false, pasuruan, Peran.ADMIN_DINAS);
        // a member of both dinas
        pengguna("dua.dinas", false, pasuruan, Peran.EDITOR);
        bean(PenggunaService.class).tetapkanPeran(kota.id(), "dua.dinas", Peran.PEMBACA);
    }

    @Test
    void closingAHalfFilledUserFormAsksFirst() {
        masukSebagai(admin);
        AnggotaDinasView v = navigate("d/kota-diskopumdag/anggota", AnggotaDinasView.class);
        com.vaadin.flow.component.dialog.Dialog d = v.dialogBaru();
        // untouched: Batal closes at once
        d.getFooter().getElement().getChildren().map(e -> (Button) e.getComponent().orElseThrow())
                .filter(b -> b.getText().equals("Batal")).findFirst().orElseThrow().click();
        assertThat(d.isOpened()).isFalse();

        d = v.dialogBaru();
        el(TextField.class, "baru-username").setValue("setengah.jadi");
        Button batal = d.getFooter().getElement().getChildren().map(e -> (Button) e.getComponent().orElseThrow())
                .filter(b -> b.getText().equals("Batal")).findFirst().orElseThrow();
        batal.click();
        assertThat(d.isOpened()).isTrue();
        roundTrip();
        var tanya = semua(com.vaadin.flow.component.UI.getCurrent(), com.vaadin.flow.component.confirmdialog.ConfirmDialog.class)
                .reduce((x, y) -> y).orElseThrow();
        com.vaadin.flow.component.ComponentUtil.fireEvent(tanya,
                new com.vaadin.flow.component.confirmdialog.ConfirmDialog.ConfirmEvent(tanya, true));
        assertThat(d.isOpened()).isFalse();
    }

    @Test
    void theAdminSeesOnlyTheirMembersAndAddsOne() {
        masukSebagai(admin);
        AnggotaDinasView v = navigate("d/kota-diskopumdag/anggota", AnggotaDinasView.class);
        assertThat(v.grid.getListDataView().getItems().map(PenggunaService.Anggota::username).toList())
                .containsExactly("admin.kota", "dua.dinas", "editor.kota2");
        assertThat(el(SideNav.class, "nav-dinas").getItems()).extracting(SideNavItem::getLabel).contains("Anggota");

        v.dialogBaru();
        el(TextField.class, "baru-username").setValue("pembaca.kota");
        el(TextField.class, "baru-nama").setValue("Pembaca Kota");
        el(PasswordField.class, "baru-sandi").setValue("sandi-pembaca-kota");
        @SuppressWarnings("unchecked")
        Select<Peran> peran = el(Select.class, "baru-peran");
        peran.setValue(Peran.PEMBACA);
        el(Button.class, "simpan-anggota").click();
        assertThat(v.grid.getListDataView().getItems().map(PenggunaService.Anggota::username).toList()).contains("pembaca.kota");
        assertThat(bean(Identitas.class).masuk("pembaca.kota", "sandi-pembaca-kota", "127.0.0.1").peranDi(kota.id())).isEqualTo(Peran.PEMBACA);
    }

    @Test
    void aPasswordOfSomeoneWhoAlsoBelongsElsewhereIsNotTheirsToReset() {
        masukSebagai(admin);
        AnggotaDinasView v = navigate("d/kota-diskopumdag/anggota", AnggotaDinasView.class);
        PenggunaService.Anggota dua = v.grid.getListDataView().getItems().filter(a -> a.username().equals("dua.dinas")).findFirst()
                .orElseThrow();
        v.dialogSandi(dua);
        el(PasswordField.class, "sandi-baru").setValue("sandi-ambil-alih");
        el(Button.class, "simpan-sandi").click();
        roundTrip();
        assertThat(new com.vaadin.browserless.ComponentQuery<>(Div.class).withClassName("pesan-galat").all().stream()
                .map(d -> teks(d)).toList()).anySatisfy(t -> assertThat(t).contains("hanya dapat diatur ulang oleh admin provinsi"));
        assertThat(dua.peran()).isEqualTo(Peran.PEMBACA);

        PenggunaService.Anggota editorKota = v.grid.getListDataView().getItems().filter(a -> a.username().equals("editor.kota2"))
                .findFirst().orElseThrow();
        v.dialogSandi(editorKota);
        el(PasswordField.class, "sandi-baru").setValue("sandi-editor-baru");
        el(Button.class, "simpan-sandi").click();
        assertThat(bean(Identitas.class).masuk("editor.kota2", "sandi-editor-baru", "127.0.0.1").username()).isEqualTo("editor.kota2");
    }

    @Test
    void anotherDinasAndAnEditorAreRefused() {
        masukSebagai(admin);
        navigate("d/pasuruan-diskopum/anggota", com.vaadin.flow.component.Component.class);
        assertThat(tampilan()).isInstanceOf(AksesDitolak.class);
        masukSebagai(editor);
        navigate("d/kota-diskopumdag/anggota", com.vaadin.flow.component.Component.class);
        assertThat(tampilan()).isInstanceOf(AksesDitolak.class);
        navigate("d/kota-diskopumdag", com.vaadin.flow.component.Component.class);
        assertThat(el(SideNav.class, "nav-dinas").getItems()).extracting(SideNavItem::getLabel).doesNotContain("Anggota");
    }

    /** A component by id, also inside dialogs (after the round trip that attaches them); the last one opened wins. */
    static <T extends com.vaadin.flow.component.Component> T el(Class<T> type, String id) {
        roundTrip();
        return new com.vaadin.browserless.ComponentQuery<>(type).withCondition(c -> id.equals(c.getId().orElse(null))).last();
    }
}
