package id.kinerja.ui.profil;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import id.kinerja.pengguna.Izin;
import id.kinerja.profil.ProfilData;
import id.kinerja.profil.ProfilService;
import id.kinerja.ui.AksesDinas;
import id.kinerja.ui.HalamanDinas;
import id.kinerja.ui.MenuDinas;
import id.kinerja.ui.komponen.Teks;
import id.kinerja.ui.komponen.Formulir;
import id.kinerja.ui.komponen.Masalah;
import id.kinerja.ui.komponen.PenjagaPerubahan;
import id.kinerja.ui.komponen.Pesan;
import id.kinerja.unitkerja.UnitKerja;
import id.kinerja.unitkerja.UnitKerjaBaru;
import id.kinerja.unitkerja.UnitKerjaService;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.security.PermitAll;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The dinas's profile on one page: identity, tugas and fungsi, visi and misi, the kepala and the atasan (who sign the
 * Perjanjian Kinerja), the logo with its preview, and the unit kerja. The dinas admin edits; others read.
 */
@Route("d/:slug/profil")
@MenuDinas(judul = "Profil", urutan = 10, ikon = VaadinIcon.INFO_CIRCLE)
@PermitAll
@Prototype
public class ProfilView extends HalamanDinas implements BeforeLeaveObserver {

    private final ProfilService profil;
    private final UnitKerjaService unitKerja;

    final TextField namaResmi = new TextField("Nama resmi");
    final TextArea alamat = new TextArea("Alamat");
    final TextField wilayah = new TextField("Wilayah");
    final TextArea tugas = new TextArea("Tugas");
    final TextArea fungsi = new TextArea("Fungsi");
    final TextArea visi = new TextArea("Visi");
    final TextArea misi = new TextArea("Misi");
    final TextField kepalaNama = new TextField("Nama");
    final TextField kepalaPangkat = new TextField("Pangkat");
    final TextField kepalaGolongan = new TextField("Golongan");
    final TextField kepalaNip = new TextField("NIP");
    final TextField atasanJabatan = new TextField("Jabatan");
    final TextField atasanNama = new TextField("Nama");
    final TextField atasanPangkat = new TextField("Pangkat");
    final TextField atasanNip = new TextField("NIP");
    final Checkbox atasanPlt = new Checkbox("Pj./Plt.");
    final Button simpan = new Button("Simpan profil", VaadinIcon.CHECK.create());
    final Formulir formulir = new Formulir();
    final PenjagaPerubahan penjaga = new PenjagaPerubahan();
    final Div logo = new Div();
    /** Shown only while there is a logo to remove. */
    final Button hapusLogo = new Button("Hapus logo", e -> simpanLogo(null));
    final Grid<UnitKerja> unit = new Grid<>();
    final TextField unitKode = new TextField("Kode");
    final TextField unitNama = new TextField("Nama unit kerja");
    final Button tambahUnit = new Button("Tambah unit", VaadinIcon.PLUS.create());
    final Formulir formulirUnit = new Formulir();

    boolean bolehUbah;
    @Nullable
    Long version;

    public ProfilView(AksesDinas akses, ProfilService profil, UnitKerjaService unitKerja) {
        super(akses);
        this.profil = profil;
        this.unitKerja = unitKerja;
        setId("profil");
        addClassName("halaman-gulir");

        namaResmi.setId("profil-nama");
        fungsi.setId("profil-fungsi");
        fungsi.setHelperText("Satu fungsi per baris");
        misi.setId("profil-misi");
        misi.setHelperText("Satu misi per baris");
        kepalaNip.setId("profil-kepala-nip");
        kepalaNip.setHelperText("18 angka, boleh dengan spasi");
        atasanNip.setHelperText("18 angka, boleh dengan spasi");
        atasanJabatan.setPlaceholder(Teks.kepalaDaerah(null));
        wilayah.addValueChangeListener(e -> atasanJabatan.setPlaceholder(Teks.kepalaDaerah(e.getValue())));
        simpan.setId("simpan-profil");
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        simpan.addClickListener(e -> simpan());
        for (TextArea t : List.of(tugas, fungsi, visi, misi, alamat)) {
            t.setWidthFull();
            t.setMinRows(2);
        }
        formulir.daftar("namaResmi", namaResmi);
        formulir.daftar("alamat", alamat);
        formulir.daftar("wilayah", wilayah);
        formulir.daftar("tugas", tugas);
        formulir.daftar("fungsi", fungsi);
        formulir.daftar("visi", visi);
        formulir.daftar("misi", misi);
        formulir.daftar("kepala.nama", kepalaNama);
        formulir.daftar("kepala.pangkat", kepalaPangkat);
        formulir.daftar("kepala.golongan", kepalaGolongan);
        formulir.daftar("kepala.nip", kepalaNip);
        formulir.daftar("atasan.jabatan", atasanJabatan);
        formulir.daftar("atasan.nama", atasanNama);
        formulir.daftar("atasan.pangkat", atasanPangkat);
        formulir.daftar("atasan.nip", atasanNip);
        for (HasValue<?, ?> f : isian()) {
            f.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    penjaga.setBerubah(true);
                }
            });
        }

        unit.setId("grid-unit-kerja");
        unit.addThemeVariants(GridVariant.LUMO_COMPACT);
        unit.addColumn(UnitKerja::kode).setHeader("Kode").setWidth("8rem").setFlexGrow(0);
        unit.addColumn(UnitKerja::nama).setHeader("Nama");
        unit.setAllRowsVisible(true);
        unit.setWidth("40rem");
        unitKode.setId("unit-kode");
        unitKode.setWidth("8rem");
        unitNama.setId("unit-nama");
        unitNama.setWidth("24rem");
        tambahUnit.setId("tambah-unit");
        tambahUnit.addClickListener(e -> tambahUnit());
        formulirUnit.daftar("kode", unitKode);
        formulirUnit.daftar("nama", unitNama);
    }

    private List<HasValue<?, ?>> isian() {
        return List.of(namaResmi, alamat, wilayah, tugas, fungsi, visi, misi, kepalaNama, kepalaPangkat, kepalaGolongan, kepalaNip,
                atasanJabatan, atasanNama, atasanPangkat, atasanNip, atasanPlt);
    }

    @Override
    protected void tampilkan(BeforeEnterEvent event) {
        bolehUbah = dinas.boleh(Izin.UBAH_KERANGKA);
        isi(dinas.baca(profil::baca));
        for (HasValue<?, ?> f : isian()) {
            f.setReadOnly(!bolehUbah);
        }
        if (bolehUbah) {
            judul.aksi(simpan);
        }

        FormLayout identitas = form();
        identitas.add(namaResmi, 3); // an official name runs to ~90 characters: a row of its own, not cut
        identitas.add(wilayah, 1);
        identitas.add(alamat, 2);
        FormLayout tugasFungsi = form();
        tugasFungsi.add(tugas, 3);
        tugasFungsi.add(fungsi, 3);
        tugasFungsi.add(visi, 3);
        tugasFungsi.add(misi, 3);
        FormLayout kepala = form();
        kepala.add(kepalaNama, 2);
        kepala.add(kepalaNip, 1);
        kepala.add(kepalaPangkat, 2);
        kepala.add(kepalaGolongan, 1);
        FormLayout atasan = form();
        atasan.add(atasanJabatan, 2);
        atasan.add(atasanPlt, 1);
        atasan.add(atasanNama, 2);
        atasan.add(atasanNip, 1);
        atasan.add(atasanPangkat, 3);

        add(formulir.pesan(), new H3("Identitas"), baris(identitas, logoBagian()), new H3("Tugas, fungsi, visi dan misi"), tugasFungsi,
                new H3("Kepala dinas (pihak pertama)"), kepala, new H3("Atasan penanda tangan PK (pihak kedua)"), atasan,
                new H3("Unit kerja"), unitBagian());
        muatUnit();
    }

    private static FormLayout form() {
        FormLayout f = new FormLayout();
        f.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 3));
        f.setMaxWidth("60rem");
        return f;
    }

    private static HorizontalLayout baris(Component kiri, Component kanan) {
        HorizontalLayout h = new HorizontalLayout(kiri, kanan);
        h.setWidthFull();
        h.setAlignItems(FlexComponent.Alignment.START);
        h.expand(kiri);
        return h;
    }

    private void isi(ProfilData p) {
        namaResmi.setValue(teks(p.namaResmi()));
        alamat.setValue(teks(p.alamat()));
        wilayah.setValue(teks(p.wilayah()));
        tugas.setValue(teks(p.tugas()));
        fungsi.setValue(p.fungsi() == null ? "" : String.join("\n", p.fungsi()));
        visi.setValue(teks(p.visi()));
        misi.setValue(p.misi() == null ? "" : String.join("\n", p.misi()));
        ProfilData.Pejabat k = p.kepala();
        kepalaNama.setValue(teks(k == null ? null : k.nama()));
        kepalaPangkat.setValue(teks(k == null ? null : k.pangkat()));
        kepalaGolongan.setValue(teks(k == null ? null : k.golongan()));
        kepalaNip.setValue(nip(k == null ? null : k.nip()));
        ProfilData.Pejabat a = p.atasan();
        atasanJabatan.setValue(teks(a == null ? null : a.jabatan()));
        atasanNama.setValue(teks(a == null ? null : a.nama()));
        atasanPangkat.setValue(teks(a == null ? null : a.pangkat()));
        atasanNip.setValue(nip(a == null ? null : a.nip()));
        atasanPlt.setValue(a != null && Boolean.TRUE.equals(a.plt()));
        version = p.version();
        penjaga.setBerubah(false);
    }

    void simpan() {
        ProfilData d = new ProfilData(namaResmi.getValue(), alamat.getValue(), wilayah.getValue(), tugas.getValue(),
                baris(fungsi.getValue()), visi.getValue(), baris(misi.getValue()),
                new ProfilData.Pejabat(kepalaNama.getValue(), kepalaPangkat.getValue(), kepalaGolongan.getValue(),
                        angkaNip(kepalaNip.getValue()), null, null),
                new ProfilData.Pejabat(atasanNama.getValue(), atasanPangkat.getValue(), null, angkaNip(atasanNip.getValue()),
                        atasanJabatan.getValue(), atasanPlt.getValue()),
                version);
        ProfilData hasil = formulir.jalankan(() -> dinas.jalankan(Izin.UBAH_KERANGKA, () -> profil.simpan(d)));
        if (hasil != null) {
            isi(hasil);
            Pesan.berhasil("Profil tersimpan");
        }
    }

    private Component logoBagian() {
        logo.setId("logo-pratinjau");
        logo.addClassName("bagian-logo");
        tampilkanLogo();
        if (!bolehUbah) {
            return logo;
        }
        Upload unggah = new Upload(UploadHandler.inMemory((meta, isi) -> getUI().ifPresent(ui -> ui.access(() -> simpanLogo(isi)))));
        unggah.setId("unggah-logo");
        unggah.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        unggah.setMaxFiles(1);
        unggah.setMaxFileSize(ProfilService.LOGO_MAKS);
        unggah.setUploadButton(new Button("Unggah logo", VaadinIcon.UPLOAD.create()));
        unggah.setDropLabel(new Span("PNG/JPEG ≤ 512 KB"));
        unggah.addFileRejectedListener(e -> Pesan.galat("Logo ditolak: harus PNG atau JPEG, paling besar 512 KB"));
        hapusLogo.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        Div d = new Div(logo, unggah, hapusLogo);
        d.addClassName("bagian-logo");
        d.setWidth("20rem");
        return d;
    }

    /** Stores the logo (or removes it with null) and shows the new preview; a refused file says why. */
    void simpanLogo(@Nullable byte[] isi) {
        try {
            dinas.jalankan(Izin.UBAH_KERANGKA, () -> profil.simpanLogo(isi));
            tampilkanLogo();
            Pesan.berhasil(isi == null ? "Logo dihapus" : "Logo tersimpan");
        } catch (RuntimeException e) {
            Pesan.galat("Logo ditolak: " + Masalah.dari(e).orElseThrow(() -> e).getFirst().alasan());
        }
    }

    private void tampilkanLogo() {
        logo.removeAll();
        Optional<ProfilService.Logo> l = dinas.baca(profil::logo);
        hapusLogo.setVisible(l.isPresent());
        if (l.isEmpty()) {
            Span tidak = new Span("Belum ada logo");
            tidak.addClassName("petunjuk");
            logo.add(tidak);
            return;
        }
        byte[] isi = l.get().isi();
        String tipe = l.get().tipe();
        Image img = new Image(DownloadHandler.fromInputStream(e -> new DownloadResponse(new ByteArrayInputStream(isi),
                "logo" + (tipe.endsWith("png") ? ".png" : ".jpg"), tipe, isi.length)), "Logo " + dinas.nama());
        img.addClassName("logo-pratinjau");
        logo.add(img);
    }

    private Component unitBagian() {
        Div d = new Div(unit);
        if (bolehUbah) {
            HorizontalLayout tambah = new HorizontalLayout(unitKode, unitNama, tambahUnit);
            tambah.setAlignItems(FlexComponent.Alignment.BASELINE);
            d.add(formulirUnit.pesan(), tambah);
        }
        return d;
    }

    private void muatUnit() {
        unit.setItems(dinas.baca(unitKerja::list));
    }

    void tambahUnit() {
        UnitKerja u = formulirUnit.jalankan(() -> dinas.jalankan(Izin.UBAH_KERANGKA,
                () -> unitKerja.add(new UnitKerjaBaru(unitKode.getValue(), unitNama.getValue()))));
        if (u != null) {
            unitKode.clear();
            unitNama.clear();
            muatUnit();
            Pesan.berhasil("Unit kerja " + u.nama() + " ditambahkan");
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        penjaga.sebelumPergi(event);
    }

    private static String teks(@Nullable String s) {
        return s == null ? "" : s;
    }

    private static List<String> baris(String s) {
        return Arrays.stream(s.split("\\R")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    /** NIP shown grouped as printed ({@code 19731118 199303 1 002}). */
    private static String nip(@Nullable String n) {
        if (n == null || n.length() != 18) {
            return teks(n);
        }
        return n.substring(0, 8) + " " + n.substring(8, 14) + " " + n.substring(14, 15) + " " + n.substring(15);
    }

    /** NIP as stored: the digits only (spaces as printed are allowed when typing). */
    @Nullable
    private static String angkaNip(String n) {
        String s = n.replaceAll("\\s", "");
        return s.isEmpty() ? null : s;
    }
}
