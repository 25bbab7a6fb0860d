package id.kinerja.ui.pengguna;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import id.kinerja.common.NotAuthenticatedException;
import id.kinerja.pengguna.Identitas;
import id.kinerja.pengguna.Pelaku;
import id.kinerja.pengguna.PenggunaService;
import id.kinerja.pengguna.Peran;
import id.kinerja.tenant.Tenant;
import id.kinerja.tenant.TenantRef;
import id.kinerja.tenant.TenantRegistry;
import id.kinerja.testing.Dinas;
import id.kinerja.ui.UjiTampilan;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The province's users: the list with roles per dinas, a new user with a first password and a role, a reset password. */
class PenggunaViewTest extends UjiTampilan {

    static TenantRef kota;
    static Pelaku provinsi;

    @BeforeAll
    static void data() {
        kota = Dinas.dariSeed(bean(ApplicationContext.class), "kota-diskopumdag");
        provinsi = pengguna("prov.pengguna", true, null, null);
        pengguna("editor.kota", false, kota, Peran.EDITOR);
    }

    @Test
    void theListShowsRolesPerDinasAndSearches() {
        masukSebagai(provinsi);
        PenggunaView v = navigate(PenggunaView.class);
        v.cari.setValue("editor.kota");
        List<PenggunaService.InfoPeran> rows = v.grid.getDataProvider().fetch(new Query<>()).toList();
        assertThat(rows).singleElement().satisfies(i -> assertThat(i.peran()).containsEntry(kota.id(), Peran.EDITOR));
    }

    @Test
    void aNewUserWithARoleThenAPasswordReset() {
        masukSebagai(provinsi);
        PenggunaView v = navigate(PenggunaView.class);
        v.dialogBaru();
        el(TextField.class, "baru-username").setValue("pemeriksa.kota");
        el(TextField.class, "baru-nama").setValue("Pemeriksa Kota");
        el(PasswordField.class, "baru-sandi").setValue("pendek");
        el(Button.class, "simpan-pengguna").click();
        assertThat(el(PasswordField.class, "baru-sandi").isInvalid()).isTrue();
        assertThat(el(PasswordField.class, "baru-sandi").getErrorMessage()).isEqualTo("10–200 karakter");
        @SuppressWarnings("unchecked")
        ComboBox<Tenant> dinas = el(ComboBox.class, "baru-dinas");
        dinas.setValue(bean(TenantRegistry.class).find("kota-diskopumdag").orElseThrow());
        el(PasswordField.class, "baru-sandi").setValue("sandi-pemeriksa-1");
        el(Button.class, "simpan-pengguna").click();
        assertThat(el(Select.class, "baru-peran").isInvalid()).as("a dinas without a role").isTrue();
        @SuppressWarnings("unchecked")
        Select<Peran> peran = el(Select.class, "baru-peran");
        peran.setValue(Peran.PEMERIKSA);
        el(Button.class, "simpan-pengguna").click();
        assertThat(bean(PenggunaService.class).anggota(kota.id())).extracting(PenggunaService.Anggota::username)
                .contains("pemeriksa.kota");
        assertThat(bean(Identitas.class).masuk("pemeriksa.kota", "sandi-pemeriksa-1", "127.0.0.1").peranDi(kota.id())).isEqualTo(Peran.PEMERIKSA);

        v.cari.setValue("pemeriksa.kota");
        PenggunaService.InfoPeran info = v.grid.getDataProvider().fetch(new Query<>()).findFirst().orElseThrow();
        v.dialogSandi(info);
        el(PasswordField.class, "sandi-baru").setValue("sandi-baru-pemeriksa");
        el(Button.class, "simpan-sandi").click();
        assertThatThrownBy(() -> bean(Identitas.class).masuk("pemeriksa.kota", "sandi-pemeriksa-1", "127.0.0.1"))
                .isInstanceOf(NotAuthenticatedException.class);
        assertThat(bean(Identitas.class).masuk("pemeriksa.kota", "sandi-baru-pemeriksa", "127.0.0.1").username()).isEqualTo("pemeriksa.kota");
    }

    @Test
    void aProvincialAdminIsCreatedWithTheBox() {
        masukSebagai(provinsi);
        PenggunaView v = navigate(PenggunaView.class);
        v.dialogBaru();
        el(TextField.class, "baru-username").setValue("prov.kedua");
        el(TextField.class, "baru-nama").setValue("Admin Kedua");
        el(PasswordField.class, "baru-sandi").setValue("sandi-prov-kedua");
        el(Checkbox.class, "baru-provinsi").setValue(true);
        el(Button.class, "simpan-pengguna").click();
        assertThat(bean(Identitas.class).masuk("prov.kedua", "sandi-prov-kedua", "127.0.0.1").provinsi()).isTrue();
    }

    /** A component by id, also inside dialogs (after the round trip that attaches them); the last one opened wins. */
    static <T extends com.vaadin.flow.component.Component> T el(Class<T> type, String id) {
        roundTrip();
        return new com.vaadin.browserless.ComponentQuery<>(type).withCondition(c -> id.equals(c.getId().orElse(null))).last();
    }
}
