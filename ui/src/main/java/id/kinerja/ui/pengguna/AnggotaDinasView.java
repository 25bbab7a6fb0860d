package id.kinerja.ui.pengguna;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import id.kinerja.common.InvalidInputException;
import id.kinerja.pengguna.Izin;
import id.kinerja.pengguna.PenggunaService;
import id.kinerja.pengguna.Peran;
import id.kinerja.ui.AksesDinas;
import id.kinerja.ui.HalamanDinas;
import id.kinerja.ui.MenuDinas;
import id.kinerja.ui.komponen.Formulir;
import id.kinerja.ui.komponen.PenjagaPerubahan;
import id.kinerja.ui.komponen.Konfirmasi;
import id.kinerja.ui.komponen.Masalah;
import id.kinerja.ui.komponen.Pesan;
import id.kinerja.ui.komponen.Teks;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;

import java.util.List;

/**
 * The members of one dinas, for its admin (and the provincial admin): their roles, a new member with a first
 * password, an existing user added, a role changed or taken away, a password reset (the service allows a dinas
 * admin that only for users who belong to this dinas alone). Every call is checked with {@link Izin#KELOLA_ANGGOTA}.
 */
@Route("d/:slug/anggota")
@MenuDinas(judul = "Anggota", urutan = 90, izin = Izin.KELOLA_ANGGOTA, ikon = VaadinIcon.USERS)
@PermitAll
@Prototype
public class AnggotaDinasView extends HalamanDinas {

    private final PenggunaService pengguna;
    final Grid<PenggunaService.Anggota> grid = new Grid<>();

    public AnggotaDinasView(AksesDinas akses, PenggunaService pengguna) {
        super(akses);
        this.pengguna = pengguna;
        setId("anggota-dinas");
        grid.setId("grid-anggota");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(PenggunaService.Anggota::username).setHeader("Nama pengguna").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(PenggunaService.Anggota::nama).setHeader("Nama").setFlexGrow(2);
        grid.addColumn(a -> Teks.peran(a.peran())).setHeader("Peran").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::aksi).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText("Dinas ini belum punya anggota.");
    }

    @Override
    protected void tampilkan(BeforeEnterEvent event) {
        Button baru = new Button("Anggota baru", VaadinIcon.PLUS.create(), e -> dialogBaru());
        baru.setId("anggota-baru");
        baru.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button ada = new Button("Tambahkan pengguna yang ada", e -> dialogAda());
        ada.setId("anggota-ada");
        judul.aksi(ada, baru);
        add(new Paragraph("Peran menentukan apa yang boleh dilakukan: admin dinas mengatur segalanya di dinas ini, editor mengisi "
                + "target dan realisasi, pemeriksa memverifikasi, pembaca hanya membaca."), grid);
        expand(grid);
        muat();
    }

    void muat() {
        grid.setItems(dinas.jalankan(Izin.KELOLA_ANGGOTA, () -> pengguna.anggota(dinas.id())));
    }

    private Component aksi(PenggunaService.Anggota a) {
        Button peran = new Button("Ubah peran", e -> dialogPeran(a));
        peran.setId("ubah-peran-" + a.username());
        Button sandi = new Button("Atur ulang sandi", e -> dialogSandi(a));
        sandi.setId("sandi-" + a.username());
        Button cabut = new Button("Cabut", e -> Konfirmasi.tanya("Cabut keanggotaan?", a.username() + " tidak lagi dapat membuka "
                + dinas.nama() + ". Akunnya tetap ada.", "Cabut", () -> cabut(a)));
        cabut.setId("cabut-" + a.username());
        cabut.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button b : List.of(peran, sandi, cabut)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        return new HorizontalLayout(peran, sandi, cabut);
    }

    /** A new password; as a dinas admin only for a member of this dinas alone (the provincial admin: anyone). */
    Dialog dialogSandi(PenggunaService.Anggota a) {
        return IsianPengguna.sandi(a.username(), s -> dinas.jalankan(Izin.KELOLA_ANGGOTA, () -> {
            pengguna.aturSandi(dinas.peran() == null ? null : dinas.id(), a.penggunaId(), s);
            return true;
        }));
    }

    void cabut(PenggunaService.Anggota a) {
        try {
            dinas.jalankan(Izin.KELOLA_ANGGOTA, () -> pengguna.cabutPeran(dinas.id(), a.penggunaId()));
        } catch (RuntimeException e) {
            Pesan.galat(Masalah.dari(e).orElseThrow(() -> e).getFirst().alasan());
            return;
        }
        Pesan.berhasil(a.username() + " bukan lagi anggota " + dinas.nama());
        muat();
    }

    /** A new user who is a member of this dinas from the start. */
    Dialog dialogBaru() {
        Dialog d = new Dialog();
        d.setId("dialog-anggota-baru");
        d.setHeaderTitle("Anggota baru " + dinas.nama());
        Formulir form = new Formulir();
        IsianPengguna.Baru isian = IsianPengguna.Baru.di(form);
        Select<Peran> peran = form.daftar("peran", IsianPengguna.peran("baru-peran"));
        peran.setValue(Peran.EDITOR);
        FormLayout f = new FormLayout(isian.username(), isian.nama(), isian.sandi(), peran, form.pesan());
        f.setColspan(form.pesan(), 2);
        f.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        f.setWidth("36rem");
        d.add(f);
        Button simpan = new Button("Buat anggota", e -> {
            PenggunaService.Anggota a = form.jalankan(() -> dinas.jalankan(Izin.KELOLA_ANGGOTA,
                    () -> pengguna.buatAnggota(dinas.id(), isian.perintah(false), peran.getValue())));
            if (a != null) {
                d.close();
                Pesan.berhasil(a.username() + " menjadi " + Teks.peran(a.peran()) + " di " + dinas.nama());
                muat();
            }
        });
        simpan.setId("simpan-anggota");
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Runnable tutup = PenjagaPerubahan.jaga(d, isian.username(), isian.nama(), isian.sandi(), peran);
        d.getFooter().add(new Button("Batal", e -> tutup.run()), simpan);
        d.open();
        return d;
    }

    /** An existing user (by username) becomes a member with a role. */
    Dialog dialogAda() {
        Dialog d = new Dialog();
        d.setId("dialog-anggota-ada");
        d.setHeaderTitle("Tambahkan pengguna yang ada");
        Formulir form = new Formulir();
        TextField username = form.daftar("username", new TextField("Nama pengguna"));
        username.setId("ada-username");
        Select<Peran> peran = form.daftar("peran", IsianPengguna.peran("ada-peran"));
        peran.setValue(Peran.PEMBACA);
        FormLayout f = new FormLayout(username, peran, form.pesan());
        f.setColspan(form.pesan(), 2);
        f.setWidth("30rem");
        d.add(f);
        Button simpan = new Button("Tambahkan", e -> {
            PenggunaService.Anggota a = form.jalankan(() -> dinas.jalankan(Izin.KELOLA_ANGGOTA, () -> {
                if (username.getValue().isBlank()) {
                    throw new InvalidInputException("username", "wajib diisi");
                }
                return pengguna.tetapkanPeran(dinas.id(), username.getValue(), peran.getValue());
            }));
            if (a != null) {
                d.close();
                Pesan.berhasil(a.username() + " menjadi " + Teks.peran(a.peran()) + " di " + dinas.nama());
                muat();
            }
        });
        simpan.setId("simpan-ada");
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Runnable tutup = PenjagaPerubahan.jaga(d, username, peran);
        d.getFooter().add(new Button("Batal", e -> tutup.run()), simpan);
        d.open();
        return d;
    }

    Dialog dialogPeran(PenggunaService.Anggota a) {
        Dialog d = new Dialog();
        d.setId("dialog-ubah-peran");
        d.setHeaderTitle("Peran " + a.username());
        Formulir form = new Formulir();
        Select<Peran> peran = form.daftar("peran", IsianPengguna.peran("ubah-peran"));
        peran.setValue(a.peran());
        d.add(new FormLayout(peran, form.pesan()));
        Button simpan = new Button("Simpan", e -> {
            PenggunaService.Anggota b = form.jalankan(() -> dinas.jalankan(Izin.KELOLA_ANGGOTA,
                    () -> pengguna.tetapkanPeran(dinas.id(), a.username(), peran.getValue())));
            if (b != null) {
                d.close();
                Pesan.berhasil(b.username() + " sekarang " + Teks.peran(b.peran()));
                muat();
            }
        });
        simpan.setId("simpan-peran");
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Runnable tutup = PenjagaPerubahan.jaga(d, peran);
        d.getFooter().add(new Button("Batal", e -> tutup.run()), simpan);
        d.open();
        return d;
    }
}
