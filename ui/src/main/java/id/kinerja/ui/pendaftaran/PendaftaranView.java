package id.kinerja.ui.pendaftaran;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import id.kinerja.common.Teks;
import id.kinerja.pendaftaran.Pendaftaran;
import id.kinerja.pengguna.Peran;
import id.kinerja.pengguna.PenggunaBaru;
import id.kinerja.pengguna.PenggunaService;
import id.kinerja.pertukaran.dokumen.Dokumen;
import id.kinerja.pertukaran.dokumen.DokumenTidakValidException;
import id.kinerja.pertukaran.excel.ExcelGalat;
import id.kinerja.pertukaran.excel.ExcelTidakValidException;
import id.kinerja.pertukaran.Pertukaran;
import id.kinerja.profil.ProfilData;
import id.kinerja.tenant.Tenant;
import id.kinerja.tenant.TenantBaru;
import id.kinerja.tenant.TenantRegistry;
import id.kinerja.tenant.TenantSchemas;
import id.kinerja.ui.beranda.BerandaDinasView;
import id.kinerja.ui.dinas.AdminProvinsi;
import id.kinerja.ui.komponen.TeksUnggah;
import id.kinerja.ui.komponen.Formulir;
import id.kinerja.ui.komponen.JudulHalaman;
import id.kinerja.ui.komponen.Masalah;
import id.kinerja.ui.komponen.PenjagaPerubahan;
import id.kinerja.ui.komponen.Pesan;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.annotation.security.RolesAllowed;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The onboarding wizard: five steps, nothing written before "Buat dinas". The identity is checked with the service's
 * own rules as it is typed (the slug is suggested from the name); an uploaded file is read and checked when it
 * arrives, and the review lists every problem by sheet, row and column; creation runs off the UI thread with a
 * progress bar; then the dinas's first admin is created.
 */
@Route("dinas/baru")
@PageTitle("Daftarkan dinas · Kinerja")
@RolesAllowed("PROVINSI")
@Prototype
public class PendaftaranView extends VerticalLayout implements BeforeLeaveObserver {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int BATAS_BERKAS = 20 * 1024 * 1024;

    /** The first content of the new dinas. */
    enum Awal { KOSONG, TEMPLATE, BERKAS }

    /** One problem of an uploaded file, where the file has it. */
    record MasalahBerkas(String lembar, int baris, @Nullable String kolom, String alasan) {
    }

    private final Pendaftaran pendaftaran;
    private final Pertukaran pertukaran;
    private final PenggunaService pengguna;

    /** Where creation runs: a virtual thread; tests run it in place. */
    Executor pelaksana = Thread.ofVirtual().name("pendaftaran-", 0)::start;
    boolean sinkron;

    private final PenjagaPerubahan penjaga = new PenjagaPerubahan();
    private final Div langkahBar = new Div();
    private final Div isi = new Div();
    private final Button kembali = new Button("Kembali", VaadinIcon.ARROW_LEFT.create());
    private final Button lanjut = new Button("Lanjut", VaadinIcon.ARROW_RIGHT.create());
    private final List<String> namaLangkah = List.of("Identitas", "Pimpinan", "Isi awal", "Tinjau", "Selesai");
    private final List<Component> langkah;
    int sekarang;

    // 1. identity
    final Formulir formIdentitas = new Formulir();
    final TextField nama = new TextField("Nama dinas");
    final TextField slug = new TextField("Slug (alamat)");
    final Select<String> jenis = new Select<>();
    final TextField wilayah = new TextField("Wilayah");
    final TextField provinsi = new TextField("Provinsi");
    private boolean slugDiubahSendiri;

    // 2. head and superior
    final Formulir formPimpinan = new Formulir();
    final TextField kepalaNama = new TextField("Nama");
    final TextField kepalaJabatan = new TextField("Jabatan");
    final TextField kepalaPangkat = new TextField("Pangkat");
    final TextField kepalaGolongan = new TextField("Golongan");
    final TextField kepalaNip = new TextField("NIP");
    final TextField atasanNama = new TextField("Nama");
    final TextField atasanJabatan = new TextField("Jabatan");
    final TextField atasanPangkat = new TextField("Pangkat");
    final TextField atasanGolongan = new TextField("Golongan");
    final TextField atasanNip = new TextField("NIP");
    final Checkbox atasanPlt = new Checkbox("Pelaksana tugas (Plt./Pj.)");

    // 3. first content
    final Formulir formAwal = new Formulir();
    final RadioButtonGroup<Awal> awal = new RadioButtonGroup<>();
    final ComboBox<Tenant> template = new ComboBox<>("Dinas contoh");
    final Upload unggah = new Upload();
    private final Div blokTemplate = new Div();
    private final Div blokBerkas = new Div();
    final Span statusBerkas = new Span();
    @Nullable String namaBerkas;
    @Nullable Dokumen dokumenBerkas;
    List<MasalahBerkas> masalahBerkas = List.of();

    // 4. review
    private final Div ringkasan = new Div();
    final Grid<MasalahBerkas> gridMasalah = new Grid<>();
    @Nullable Dokumen rencana;

    // 5. creation and first admin
    final ProgressBar kemajuan = new ProgressBar();
    final Div hasil = new Div();
    final Formulir formAdmin = new Formulir();
    final TextField adminUsername = new TextField("Nama pengguna");
    final TextField adminNama = new TextField("Nama lengkap");
    final PasswordField adminSandi = new PasswordField("Sandi awal");
    final Button buatAdmin = new Button("Buat admin dinas");
    @Nullable Tenant dibuat;

    public PendaftaranView(Pendaftaran pendaftaran, Pertukaran pertukaran, PenggunaService pengguna, TenantRegistry registry) {
        this.pendaftaran = pendaftaran;
        this.pertukaran = pertukaran;
        this.pengguna = pengguna;
        setId("pendaftaran");
        addClassName("halaman");
        addClassName("wizard");

        JudulHalaman judul = new JudulHalaman();
        judul.setJudul("Daftarkan dinas baru", "Dinas");
        langkahBar.addClassName("langkah-bar");
        langkahBar.setId("langkah");
        isi.addClassName("wizard-isi");
        isi.setWidthFull();

        langkah = List.of(identitas(), pimpinan(), awal(registry), tinjau(), selesai());
        langkah.forEach(isi::add);

        kembali.setId("kembali");
        kembali.addClickListener(e -> tampilkan(sekarang - 1));
        lanjut.setId("lanjut");
        lanjut.setIconAfterText(true);
        lanjut.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        lanjut.addClickListener(e -> lanjut());
        HorizontalLayout tombol = new HorizontalLayout(kembali, lanjut);
        tombol.addClassName("wizard-tombol");

        add(judul, langkahBar, isi, tombol);
        tampilkan(0);
    }

    // ---------------------------------------------------------------- steps

    private Component identitas() {
        nama.setId("nama");
        nama.setRequiredIndicatorVisible(true);
        nama.setPlaceholder("Dinas Koperasi dan Usaha Mikro Kabupaten …");
        nama.setValueChangeMode(ValueChangeMode.EAGER);
        nama.addValueChangeListener(e -> {
            penjaga.setBerubah(true);
            if (!slugDiubahSendiri) {
                slug.setValue(TenantSchemas.saranSlug(e.getValue()));
            }
        });
        slug.setId("slug");
        slug.setRequiredIndicatorVisible(true);
        slug.setValueChangeMode(ValueChangeMode.EAGER);
        slug.setHelperText("huruf kecil, angka dan tanda hubung; menjadi alamat /d/…");
        slug.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                slugDiubahSendiri = !e.getValue().isBlank();
            }
            periksaSlug();
        });
        jenis.setId("jenis");
        jenis.setLabel("Jenis");
        jenis.setItems("kabupaten", "kota", "provinsi");
        jenis.setItemLabelGenerator(id.kinerja.ui.komponen.Teks::jenisDinas);
        jenis.setValue("kabupaten");
        wilayah.setId("wilayah");
        wilayah.setPlaceholder("Kabupaten … / Kota …");
        wilayah.addValueChangeListener(e -> atasanJabatan.setPlaceholder(id.kinerja.ui.komponen.Teks.kepalaDaerah(e.getValue())));
        provinsi.setId("provinsi");
        provinsi.setValue("Jawa Timur");
        formIdentitas.daftar("slug", slug);
        formIdentitas.daftar("name", nama);
        formIdentitas.daftar("kind", jenis);
        formIdentitas.daftar("region", wilayah);
        formIdentitas.daftar("province", provinsi);
        FormLayout f = new FormLayout(nama, slug, jenis, wilayah, provinsi);
        f.setColspan(nama, 2);
        f.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 2));
        f.setMaxWidth("48rem");
        return blok("langkah-identitas", new Paragraph("Siapa dinas yang didaftarkan. Slug tidak dapat diubah setelah dinas dibuat."),
                f, formIdentitas.pesan());
    }

    /** The slug against the service's rule and the registry, as it is typed. */
    void periksaSlug() {
        String v = slug.getValue();
        if (v.isBlank()) {
            slug.setInvalid(false);
            return;
        }
        java.util.Optional<String> m = pendaftaran.masalahSlug(v);
        slug.setErrorMessage(m.orElse(null));
        slug.setInvalid(m.isPresent());
        slug.setHelperText(m.isPresent() ? null : "tersedia · alamat /d/" + v);
    }

    private Component pimpinan() {
        FormLayout kepala = new FormLayout(kepalaNama, kepalaJabatan, kepalaPangkat, kepalaGolongan, kepalaNip);
        FormLayout atasan = new FormLayout(atasanNama, atasanJabatan, atasanPangkat, atasanGolongan, atasanNip, atasanPlt);
        kepalaNama.setId("kepala-nama");
        kepalaJabatan.setId("kepala-jabatan");
        kepalaJabatan.setPlaceholder("Kepala Dinas …");
        kepalaNip.setId("kepala-nip");
        atasanNama.setId("atasan-nama");
        atasanJabatan.setId("atasan-jabatan");
        atasanJabatan.setPlaceholder(id.kinerja.ui.komponen.Teks.kepalaDaerah(wilayah.getValue()));
        atasanNip.setId("atasan-nip");
        for (TextField nip : List.of(kepalaNip, atasanNip)) {
            nip.setPlaceholder("18 angka");
            nip.setMaxLength(18);
        }
        // two rows per official: name and position, then rank, grade and NIP
        for (FormLayout f : List.of(kepala, atasan)) {
            f.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 6));
            f.setMaxWidth("56rem");
        }
        for (TextField t : List.of(kepalaNama, kepalaJabatan, atasanNama, atasanJabatan)) {
            (kepala.getChildren().anyMatch(c -> c == t) ? kepala : atasan).setColspan(t, 3);
        }
        for (TextField t : List.of(kepalaPangkat, kepalaGolongan, kepalaNip, atasanPangkat, atasanGolongan, atasanNip)) {
            (kepala.getChildren().anyMatch(c -> c == t) ? kepala : atasan).setColspan(t, 2);
        }
        atasan.setColspan(atasanPlt, 6);
        String[] kolom = {"nama", "jabatan", "pangkat", "golongan", "nip"};
        List<TextField> k = List.of(kepalaNama, kepalaJabatan, kepalaPangkat, kepalaGolongan, kepalaNip);
        List<TextField> a = List.of(atasanNama, atasanJabatan, atasanPangkat, atasanGolongan, atasanNip);
        for (int i = 0; i < kolom.length; i++) {
            formPimpinan.daftar("kepala." + kolom[i], k.get(i));
            formPimpinan.daftar("atasan." + kolom[i], a.get(i));
        }
        return blok("langkah-pimpinan", new Paragraph("Kepala dinas dan atasannya menandatangani Perjanjian Kinerja. "
                        + "Boleh dikosongkan dan dilengkapi nanti di Profil dinas."),
                new H3("Kepala dinas"), kepala, new H3("Atasan"), atasan, formPimpinan.pesan());
    }

    private Component awal(TenantRegistry registry) {
        awal.setId("awal");
        awal.setLabel("Isi awal dinas");
        awal.setItems(Awal.KOSONG, Awal.TEMPLATE, Awal.BERKAS);
        awal.setItemLabelGenerator(a -> switch (a) {
            case KOSONG -> "Kosong: kerangka disusun nanti di Kinerja";
            case TEMPLATE -> "Salin kerangka dinas contoh (tanpa angka)";
            case BERKAS -> "Unggah berkas pertukaran (Excel .xlsx atau JSON)";
        });
        awal.setValue(Awal.KOSONG);
        awal.addValueChangeListener(e -> tampilkanAwal());

        template.setId("template");
        template.setPlaceholder("Cari dinas…");
        template.setWidth("40rem");
        template.setItemLabelGenerator(t -> t.name() + " (" + t.slug() + ")");
        template.setItems(q -> registry.halaman(q.getFilter().orElse(null),
                Pageable.from(q.getPage(), q.getPageSize(), Sort.of(Sort.Order.asc("name")))).getContent().stream()
                .filter(t -> t.isActive() && t.isMigrated()));
        formAwal.daftar("template", template);
        blokTemplate.add(template, petunjuk("Struktur (tujuan sampai sub kegiatan) dan indikatornya disalin; target, realisasi "
                + "dan anggaran tidak."));

        unggah.setId("unggah");
        unggah.setMaxFiles(1);
        unggah.setMaxFileSize(BATAS_BERKAS);
        unggah.setAcceptedFileTypes(".xlsx", ".json", XLSX, "application/json");
        unggah.setI18n(TeksUnggah.i18n("Pilih berkas…", "Satu berkas saja", "Berkas terlalu besar (paling besar 20 MB)", "Hanya berkas .xlsx atau .json"));
        unggah.setUploadHandler(UploadHandler.inMemory((meta, data) -> terima(meta.fileName(), data)));
        unggah.addFileRejectedListener(e -> Pesan.galat(e.getErrorMessage()));
        // the file was read when it arrived; clearing the list lets a corrected file be uploaded in its place
        unggah.addAllFinishedListener(e -> unggah.clearFileList());
        Anchor unduh = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] xlsx = pertukaran.templateExcel();
            return new DownloadResponse(new ByteArrayInputStream(xlsx), "kinerja-template.xlsx", XLSX, xlsx.length);
        }), "Unduh templat Excel");
        unduh.setId("unduh-template");
        unduh.getElement().setAttribute("download", true);
        statusBerkas.setId("status-berkas");
        statusBerkas.addClassName("status-berkas");
        blokBerkas.add(petunjuk("Isi templat Excel (satu lembar per tingkat kerangka, target dan realisasi), atau unggah dokumen "
                + "JSON hasil ekspor Kinerja. Berkas diperiksa saat diterima; belum ada yang disimpan."), unduh, unggah, statusBerkas);
        blokTemplate.addClassName("blok-awal");
        blokBerkas.addClassName("blok-awal");
        Component c = blok("langkah-awal", awal, blokTemplate, blokBerkas, formAwal.pesan());
        tampilkanAwal();
        return c;
    }

    private void tampilkanAwal() {
        blokTemplate.setVisible(awal.getValue() == Awal.TEMPLATE);
        blokBerkas.setVisible(awal.getValue() == Awal.BERKAS);
        penjaga.setBerubah(true);
    }

    /** An uploaded file: read and checked now (nothing is written); its problems wait for the review. */
    void terima(String namaFile, byte[] data) {
        namaBerkas = namaFile;
        dokumenBerkas = null;
        masalahBerkas = List.of();
        boolean excel = namaFile.toLowerCase(Locale.ROOT).endsWith(".xlsx") || data.length > 1 && data[0] == 'P' && data[1] == 'K';
        try {
            dokumenBerkas = excel ? pertukaran.bacaExcel(data) : pertukaran.baca(data);
        } catch (ExcelTidakValidException e) {
            masalahBerkas = e.galat().stream().map(PendaftaranView::masalah).toList();
        } catch (DokumenTidakValidException e) {
            masalahBerkas = e.galat().stream().map(g -> new MasalahBerkas("", 0, g.path(), g.alasan())).toList();
        }
        penjaga.setBerubah(true);
        formAwal.bersihkan();
        if (dokumenBerkas != null) {
            Pertukaran.Isi n = Pertukaran.isi(dokumenBerkas);
            statusBerkas.setText(namaFile + " terbaca: " + n.simpul() + " simpul kerangka, " + n.indikator() + " indikator, "
                    + n.target() + " target.");
            statusBerkas.getElement().getThemeList().set("galat", false);
        } else {
            statusBerkas.setText(namaFile + " belum dapat dipakai: " + masalahBerkas.size() + " masalah. "
                    + "Lanjutkan untuk melihat letak setiap masalah.");
            statusBerkas.getElement().getThemeList().set("galat", true);
        }
    }

    private static MasalahBerkas masalah(ExcelGalat g) {
        return new MasalahBerkas(g.sheet(), g.baris(), g.kolom(), g.alasan());
    }

    private Component tinjau() {
        ringkasan.setId("ringkasan");
        ringkasan.addClassName("ringkasan");
        gridMasalah.setId("grid-masalah");
        gridMasalah.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        gridMasalah.addColumn(MasalahBerkas::lembar).setHeader("Lembar").setAutoWidth(true).setFlexGrow(0);
        gridMasalah.addColumn(m -> m.baris() > 0 ? String.valueOf(m.baris()) : "").setHeader("Baris").setAutoWidth(true)
                .setFlexGrow(0);
        gridMasalah.addColumn(m -> m.kolom() == null ? "" : m.kolom()).setHeader("Kolom").setAutoWidth(true).setFlexGrow(0);
        gridMasalah.addColumn(MasalahBerkas::alasan).setHeader("Masalah").setFlexGrow(1);
        gridMasalah.setAllRowsVisible(false);
        gridMasalah.setHeight("16rem");
        return blok("langkah-tinjau", ringkasan, gridMasalah);
    }

    /** Builds the review: what will be created, and whether anything stands in the way. */
    private boolean siapkanTinjau() {
        rencana = null;
        formAwal.bersihkan();
        Dokumen d = switch (awal.getValue()) {
            case KOSONG -> null;
            case TEMPLATE -> {
                if (template.getValue() == null) {
                    formAwal.tampilkan(List.of(new Masalah("template", "pilih dinas contoh")));
                    yield null;
                }
                yield formAwal.jalankan(() -> pendaftaran.kerangka(template.getValue().slug()));
            }
            case BERKAS -> dokumenBerkas;
        };
        if (awal.getValue() == Awal.TEMPLATE && d == null) {
            return false;
        }
        if (awal.getValue() == Awal.BERKAS && namaBerkas == null) {
            formAwal.tampilkan("Unggah berkas dahulu, atau pilih isi awal yang lain");
            return false;
        }
        rencana = d != null ? d : Pendaftaran.kosong();
        Pertukaran.Isi n = Pertukaran.isi(d);
        ringkasan.removeAll();
        TenantBaru ident = identitasData();
        ringkasan.add(new H3("Yang akan dibuat"));
        ringkasan.add(baris("Dinas", ident.name()), baris("Alamat", "/d/" + ident.slug()),
                baris("Jenis dan wilayah", id.kinerja.ui.komponen.Teks.jenisDinas(ident.kind())
                        + (ident.region() == null ? "" : " · " + ident.region()) + (ident.province() == null ? "" : ", " + ident.province())),
                baris("Kepala", teksPejabat(kepalaNama, kepalaJabatan)), baris("Atasan", teksPejabat(atasanNama, atasanJabatan)),
                baris("Isi awal", switch (awal.getValue()) {
                    case KOSONG -> "kosong";
                    case TEMPLATE -> "kerangka " + template.getValue().name();
                    case BERKAS -> "berkas " + namaBerkas;
                }));
        Div kartu = new Div(angka("Periode Renstra", n.periode()), angka("Simpul kerangka", n.simpul()),
                angka("Indikator", n.indikator()), angka("Target", n.target()));
        kartu.addClassName("kartu-daftar");
        kartu.setId("jumlah-isi");
        boolean adaMasalah = awal.getValue() == Awal.BERKAS && !masalahBerkas.isEmpty();
        if (!adaMasalah) {
            ringkasan.add(kartu);
        }
        gridMasalah.setVisible(adaMasalah);
        if (adaMasalah) {
            Div galat = new Div(new Span("Berkas " + namaBerkas + " memiliki " + masalahBerkas.size() + " masalah; tidak ada yang "
                    + "disimpan. Perbaiki berkas pada baris yang disebut, lalu kembali ke langkah Isi awal dan unggah ulang."));
            galat.addClassName("pesan-galat");
            galat.setId("masalah-berkas");
            ringkasan.add(galat);
            gridMasalah.setItems(masalahBerkas);
        }
        return true;
    }

    private Component selesai() {
        kemajuan.setIndeterminate(true);
        kemajuan.setId("kemajuan");
        hasil.setId("hasil");
        adminUsername.setId("admin-username");
        adminNama.setId("admin-nama");
        adminSandi.setId("admin-sandi");
        adminSandi.setHelperText("10–200 karakter");
        formAdmin.daftar("username", adminUsername);
        formAdmin.daftar("nama", adminNama);
        formAdmin.daftar("password", adminSandi);
        buatAdmin.setId("buat-admin");
        buatAdmin.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        buatAdmin.addClickListener(e -> buatAdmin());
        return blok("langkah-selesai", kemajuan, hasil);
    }

    // ---------------------------------------------------------------- navigation between steps

    void lanjut() {
        switch (sekarang) {
            case 0 -> {
                if (formIdentitas.jalankan(() -> {
                    AdminProvinsi.jalankan(() -> pendaftaran.periksa(identitasData()));
                    return true;
                }) != null) {
                    tampilkan(1);
                }
            }
            case 1 -> {
                if (formPimpinan.jalankan(() -> {
                    pendaftaran.periksa(pimpinanData());
                    return true;
                }) != null) {
                    tampilkan(2);
                }
            }
            case 2 -> {
                if (siapkanTinjau()) {
                    tampilkan(3);
                }
            }
            case 3 -> buat();
            default -> {
            }
        }
    }

    void tampilkan(int i) {
        sekarang = Math.max(0, Math.min(i, langkah.size() - 1));
        for (int k = 0; k < langkah.size(); k++) {
            langkah.get(k).setVisible(k == sekarang);
        }
        langkahBar.removeAll();
        for (int k = 0; k < namaLangkah.size(); k++) {
            Span s = new Span((k + 1) + ". " + namaLangkah.get(k));
            s.addClassName("langkah");
            if (k == sekarang) {
                s.addClassName("sekarang");
                s.getElement().setAttribute("aria-current", "step");
            } else if (k < sekarang) {
                s.addClassName("lewat");
            }
            langkahBar.add(s);
        }
        kembali.setVisible(sekarang > 0 && sekarang < 4);
        lanjut.setVisible(sekarang < 4);
        lanjut.setText(sekarang == 3 ? "Buat dinas" : "Lanjut");
        lanjut.setIcon(sekarang == 3 ? VaadinIcon.CHECK.create() : VaadinIcon.ARROW_RIGHT.create());
        lanjut.setEnabled(sekarang != 3 || !gridMasalah.isVisible());
        lanjut.setId(sekarang == 3 ? "buat-dinas" : "lanjut");
    }

    // ---------------------------------------------------------------- creation

    /** Creates the dinas off the UI thread; the page polls until it is done. */
    void buat() {
        if (rencana == null || awal.getValue() == Awal.BERKAS && !masalahBerkas.isEmpty()) {
            return;
        }
        TenantBaru identitas = identitasData();
        Dokumen dokumen = rencana;
        tampilkan(4);
        kemajuan.setVisible(true);
        hasil.removeAll();
        hasil.add(new Paragraph("Mendaftarkan " + identitas.name() + ": skema, kerangka dan profil dalam satu langkah…"));
        latar(() -> AdminProvinsi.jalankan(() -> pendaftaran.dariDokumen(identitas, dokumen, pimpinanData())), this::berhasil, this::gagal);
    }

    private void berhasil(Tenant t) {
        dibuat = t;
        penjaga.setBerubah(false);
        kemajuan.setVisible(false);
        hasil.removeAll();
        Span ok = new Span(t.name() + " sudah terdaftar.");
        ok.addClassName("berhasil");
        ok.setId("terdaftar");
        RouterLink buka = new RouterLink("Buka dinas", BerandaDinasView.class, new RouteParameters("slug", t.slug()));
        buka.setId("buka-dinas");
        RouterLink lagi = new RouterLink("Daftar dinas", id.kinerja.ui.dinas.DaftarDinasView.class);
        HorizontalLayout tautan = new HorizontalLayout(buka, lagi);
        FormLayout f = new FormLayout(adminUsername, adminNama, adminSandi);
        f.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 3));
        f.setMaxWidth("56rem");
        adminUsername.setValue("admin." + t.slug());
        hasil.add(ok, tautan, new H3("Admin dinas pertama"),
                petunjuk("Admin dinas mengatur profil, kerangka, target dan anggota dinasnya sendiri."), f, formAdmin.pesan(),
                buatAdmin);
    }

    private void gagal(RuntimeException e) {
        kemajuan.setVisible(false);
        hasil.removeAll();
        List<Masalah> m = Masalah.dari(e).orElseThrow(() -> e);
        Div galat = new Div();
        galat.addClassName("pesan-galat");
        galat.setId("gagal");
        galat.add(new Div("Dinas tidak dibuat; tidak ada yang tersimpan."));
        m.forEach(x -> galat.add(new Div(x.teks())));
        Button ulang = new Button("Kembali ke tinjauan", x -> tampilkan(3));
        hasil.add(galat, ulang);
        formIdentitas.tampilkan(m);
    }

    void buatAdmin() {
        Tenant t = dibuat;
        if (t == null) {
            return;
        }
        PenggunaService.Anggota a = formAdmin.jalankan(() -> AdminProvinsi.jalankan(() -> pengguna.buatAnggota(t.id(),
                new PenggunaBaru(adminUsername.getValue(), adminNama.getValue(), adminSandi.getValue(), false), Peran.ADMIN_DINAS)));
        if (a != null) {
            buatAdmin.setEnabled(false);
            adminUsername.setReadOnly(true);
            adminNama.setReadOnly(true);
            adminSandi.setReadOnly(true);
            Span ok = new Span("Admin " + a.username() + " dibuat; ia dapat masuk dengan sandi awal tadi.");
            ok.addClassName("berhasil");
            ok.setId("admin-dibuat");
            hasil.add(ok);
            Pesan.berhasil("Admin dinas " + a.username() + " dibuat");
        }
    }

    /** Runs {@code kerja} on {@link #pelaksana} as the signed-in user, then {@code ok} or {@code galat} on the UI. */
    private <T> void latar(Supplier<T> kerja, Consumer<T> ok, Consumer<RuntimeException> galat) {
        if (sinkron) {
            try {
                ok.accept(kerja.get());
            } catch (RuntimeException e) {
                galat.accept(e);
            }
            return;
        }
        UI ui = UI.getCurrent();
        PropagatedContext konteks = PropagatedContext.getOrEmpty();
        ui.setPollInterval(400);
        pelaksana.execute(() -> {
            T hasilKerja = null;
            RuntimeException salah = null;
            try (PropagatedContext.Scope ignored = konteks.propagate()) {
                hasilKerja = kerja.get();
            } catch (RuntimeException e) {
                salah = e;
            }
            T h = hasilKerja;
            RuntimeException s = salah;
            ui.access(() -> {
                ui.setPollInterval(-1);
                if (s == null) {
                    ok.accept(h);
                } else {
                    galat.accept(s);
                }
            });
        });
    }

    // ---------------------------------------------------------------- data of the form

    TenantBaru identitasData() {
        return new TenantBaru(slug.getValue().strip(), nama.getValue(), Teks.rapi(wilayah.getValue()), Teks.rapi(provinsi.getValue()),
                jenis.getValue());
    }

    Pendaftaran.Pimpinan pimpinanData() {
        return new Pendaftaran.Pimpinan(
                pejabat(kepalaNama, kepalaPangkat, kepalaGolongan, kepalaNip, kepalaJabatan, null),
                pejabat(atasanNama, atasanPangkat, atasanGolongan, atasanNip, atasanJabatan, atasanPlt.getValue()));
    }

    @Nullable
    private static ProfilData.Pejabat pejabat(TextField nama, TextField pangkat, TextField golongan, TextField nip, TextField jabatan,
                                              @Nullable Boolean plt) {
        if (Teks.rapi(nama.getValue()) == null && Teks.rapi(nip.getValue()) == null && Teks.rapi(jabatan.getValue()) == null) {
            return null;
        }
        return new ProfilData.Pejabat(Teks.rapi(nama.getValue()), Teks.rapi(pangkat.getValue()), Teks.rapi(golongan.getValue()),
                Teks.rapi(nip.getValue()), Teks.rapi(jabatan.getValue()), Boolean.TRUE.equals(plt) ? true : null);
    }

    // ---------------------------------------------------------------- small pieces

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        penjaga.sebelumPergi(event);
    }

    private static Component blok(String id, Component... isi) {
        Div d = new Div(isi);
        d.setId(id);
        d.addClassName("wizard-langkah");
        return d;
    }

    private static Paragraph petunjuk(String teks) {
        Paragraph p = new Paragraph(teks);
        p.addClassName("petunjuk");
        return p;
    }

    private static Component baris(String label, String nilai) {
        Div d = new Div();
        d.addClassName("ringkasan-baris");
        Span l = new Span(label);
        l.addClassName("ringkasan-label");
        d.add(l, new Span(nilai.isBlank() ? "—" : nilai));
        return d;
    }

    private static Component angka(String label, int n) {
        Div d = new Div();
        d.addClassName("kartu");
        Span a = new Span(String.format(Locale.of("id", "ID"), "%,d", n));
        a.addClassName("kartu-angka");
        d.add(a, new Span(label));
        return d;
    }

    private static String teksPejabat(TextField nama, TextField jabatan) {
        String n = Teks.rapi(nama.getValue());
        String j = Teks.rapi(jabatan.getValue());
        return n == null ? "belum diisi" : n + (j == null ? "" : ", " + j);
    }

}
