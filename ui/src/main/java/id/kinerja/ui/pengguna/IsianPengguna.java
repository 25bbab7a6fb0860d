package id.kinerja.ui.pengguna;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import id.kinerja.pengguna.PenggunaBaru;
import id.kinerja.pengguna.PenggunaService;
import id.kinerja.pengguna.Peran;
import id.kinerja.ui.komponen.Formulir;
import id.kinerja.ui.komponen.PenjagaPerubahan;
import id.kinerja.ui.komponen.Pesan;
import id.kinerja.ui.komponen.Teks;

import java.util.function.Function;

/** The pieces both user pages share: the fields of a new user, the role picker, the password dialog. */
final class IsianPengguna {

    private IsianPengguna() {
    }

    /** The fields of a new user, registered in {@code form} under the command's names. */
    record Baru(TextField username, TextField nama, PasswordField sandi) {

        static Baru di(Formulir form) {
            TextField u = new TextField("Nama pengguna");
            u.setId("baru-username");
            u.setHelperText("3–60 huruf kecil, angka, titik atau tanda hubung");
            TextField n = new TextField("Nama lengkap");
            n.setId("baru-nama");
            PasswordField s = new PasswordField("Sandi awal");
            s.setId("baru-sandi");
            s.setHelperText("10–200 karakter; sampaikan kepada penggunanya");
            form.daftar("username", u);
            form.daftar("nama", n);
            form.daftar("password", s);
            return new Baru(u, n, s);
        }

        PenggunaBaru perintah(boolean provinsi) {
            return new PenggunaBaru(username.getValue(), nama.getValue(), sandi.getValue(), provinsi);
        }
    }

    static Select<Peran> peran(String id) {
        Select<Peran> s = new Select<>();
        s.setId(id);
        s.setLabel("Peran");
        s.setItems(Peran.values());
        s.setItemLabelGenerator(Teks::peran);
        s.setEmptySelectionAllowed(false);
        return s;
    }

    /** Asks for a new password of {@code username}; {@code simpan} sets it (null on a refusal, shown in the dialog). */
    static Dialog sandi(String username, Function<PenggunaService.SandiBaru, Object> simpan) {
        Dialog d = new Dialog();
        d.setHeaderTitle("Atur ulang sandi " + username);
        Formulir form = new Formulir();
        PasswordField sandi = form.daftar("password", new PasswordField("Sandi baru"));
        sandi.setId("sandi-baru");
        sandi.setHelperText("10–200 karakter; sampaikan kepada penggunanya");
        sandi.setWidthFull();
        FormLayout f = new FormLayout(sandi, form.pesan());
        f.setWidth("24rem");
        d.add(f);
        Button ok = new Button("Simpan sandi", e -> {
            if (form.jalankan(() -> simpan.apply(new PenggunaService.SandiBaru(sandi.getValue()))) != null) {
                d.close();
                Pesan.berhasil("Sandi " + username + " diatur ulang");
            }
        });
        ok.setId("simpan-sandi");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Runnable tutup = PenjagaPerubahan.jaga(d, sandi);
        d.getFooter().add(new Button("Batal", e -> tutup.run()), ok);
        d.open();
        return d;
    }
}
