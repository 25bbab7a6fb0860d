package id.kinerja.ui.organisasi;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.HeaderRow;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import id.kinerja.pengguna.Izin;
import id.kinerja.renstra.RenstraService;
import id.kinerja.sumberdaya.KomposisiPegawai;
import id.kinerja.sumberdaya.PegawaiInput;
import id.kinerja.sumberdaya.Sarana;
import id.kinerja.sumberdaya.SaranaInput;
import id.kinerja.sumberdaya.SumberDayaService;
import id.kinerja.ui.AksesDinas;
import id.kinerja.ui.HalamanDinas;
import id.kinerja.ui.MenuDinas;
import id.kinerja.ui.komponen.Formulir;
import id.kinerja.ui.komponen.Masalah;
import id.kinerja.ui.komponen.PenjagaPerubahan;
import id.kinerja.ui.komponen.Pesan;
import id.kinerja.ui.komponen.TahunHalaman;
import id.kinerja.unitkerja.UnitKerja;
import id.kinerja.unitkerja.UnitKerjaService;
import com.vaadin.flow.component.HasValidation;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.security.PermitAll;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The organisation Bab I of the Laporan Kinerja prints: the unit kerja as a tree (a unit opens in a dialog for its
 * parent, order, tugas and fungsi), and for the chosen year the staff composition and the sarana dan prasarana, typed
 * in grids and saved per table (the year's rows replaced together; the service checks that the three sums of a
 * staff row agree). The dinas admin edits; others read. Unsaved rows are guarded on leaving and on a year change.
 */
@Route("d/:slug/organisasi/:tahun?")
@MenuDinas(judul = "Organisasi", urutan = 15, ikon = VaadinIcon.GROUP)
@PermitAll
@Prototype
public class OrganisasiView extends HalamanDinas implements BeforeLeaveObserver {

    private final UnitKerjaService unitKerja;
    private final SumberDayaService sumberDaya;
    private final RenstraService renstra;

    final TreeGrid<UnitKerja> pohon = new TreeGrid<>();
    final Grid<BarisPegawai> gridPegawai = new Grid<>();
    final Grid<BarisSarana> gridSarana = new Grid<>();
    final ComboBox<Integer> pilihTahun = new ComboBox<>();
    final Button simpanPegawai = new Button("Simpan pegawai", VaadinIcon.CHECK.create());
    final Button simpanSarana = new Button("Simpan sarana", VaadinIcon.CHECK.create());
    final Button tambahPegawai = new Button("Tambah jabatan", VaadinIcon.PLUS.create());
    final Button tambahSarana = new Button("Tambah barang", VaadinIcon.PLUS.create());
    final Span keteranganPegawai = new Span();
    final Span keteranganSarana = new Span();
    final PenjagaPerubahan penjaga = new PenjagaPerubahan();
    final Formulir formulirPegawai = new Formulir();
    final Formulir formulirSarana = new Formulir();
    final List<BarisPegawai> pegawai = new ArrayList<>();
    final List<BarisSarana> sarana = new ArrayList<>();
    private final Set<Long> terbuka = new HashSet<>();
    /** The grids' inputs by the service's field name ({@code [1].pns}), for marking a refused cell. */
    private final Map<String, HasValidation> selPegawai = new HashMap<>();
    private final Map<String, HasValidation> selSarana = new HashMap<>();

    boolean bolehUbah;
    boolean pegawaiBerubah;
    boolean saranaBerubah;
    int tahun;
    List<UnitKerja> unit = List.of();
    UnitDialog dialog;

    public OrganisasiView(AksesDinas akses, UnitKerjaService unitKerja, SumberDayaService sumberDaya, RenstraService renstra) {
        super(akses);
        this.unitKerja = unitKerja;
        this.sumberDaya = sumberDaya;
        this.renstra = renstra;
        setId("organisasi");
        addClassName("halaman-gulir");

        TahunHalaman.pasang(pilihTahun, "8rem", () -> tahun, penjaga, baru -> UI.getCurrent().navigate(OrganisasiView.class,
                new RouteParameters(Map.of("slug", dinas.slug(), "tahun", String.valueOf(baru)))));

        pohon.setId("pohon-unit");
        pohon.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        pohon.addHierarchyColumn(u -> u.kode() + " \u2013 " + u.nama()).setHeader("Unit kerja").setFlexGrow(3);
        pohon.addColumn(UnitKerja::urutan).setHeader("Urutan").setWidth("6rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        pohon.addColumn(u -> u.tugas() == null ? "\u2013" : ringkas(u.tugas(), 140)).setHeader("Tugas").setFlexGrow(4);
        pohon.addColumn(u -> u.fungsi().isEmpty() ? "\u2013" : u.fungsi().size() + " fungsi").setHeader("Fungsi")
                .setWidth("7rem").setFlexGrow(0);
        pohon.addComponentColumn(u -> {
            Button b = new Button(bolehUbah ? "Ubah" : "Lihat", (bolehUbah ? VaadinIcon.EDIT : VaadinIcon.EYE).create(), e -> bukaUnit(u));
            b.setId("ubah-unit-" + u.kode());
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            return b;
        }).setWidth("7rem").setFlexGrow(0);
        pohon.setAllRowsVisible(true);
        pohon.setWidthFull();
        pohon.addExpandListener(e -> e.getItems().forEach(u -> terbuka.add(u.id())));
        pohon.addCollapseListener(e -> e.getItems().forEach(u -> terbuka.remove(u.id())));

        gridPegawai.setId("grid-pegawai");
        gridPegawai.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        gridPegawai.setSelectionMode(Grid.SelectionMode.NONE);
        gridPegawai.setAllRowsVisible(true);
        gridPegawai.setWidthFull();
        var no = gridPegawai.addColumn(b -> pegawai.indexOf(b) + 1).setHeader("No").setWidth("3rem").setFlexGrow(0);
        var jabatan = gridPegawai.addComponentColumn(b -> b.jabatan).setHeader("Jabatan").setWidth("10rem").setFlexGrow(1);
        List<Grid.Column<BarisPegawai>> angka = new ArrayList<>();
        for (int i = 0; i < BarisPegawai.KOLOM.size(); i++) {
            int k = i;
            angka.add(gridPegawai.addComponentColumn(b -> b.angka[k]).setHeader(BarisPegawai.KOLOM.get(i)[1])
                    .setWidth(BarisPegawai.KOLOM.get(i)[1].length() > 5 ? "4.6rem"
                            : BarisPegawai.KOLOM.get(i)[1].contains("\u2013") ? "4.1rem" : "3.6rem").setFlexGrow(0));
        }
        gridPegawai.addComponentColumn(b -> b.jumlah).setHeader("Jumlah").setWidth("4.4rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        gridPegawai.addComponentColumn(b -> hapus(() -> {
            pegawai.remove(b);
            tampilkanPegawai();
            pegawaiBerubah();
        }, "Hapus jabatan")).setWidth("3rem").setFlexGrow(0);
        HeaderRow kelompok = gridPegawai.prependHeaderRow();
        kelompok.join(angka.get(0), angka.get(1)).setText("Jenis kelamin");
        kelompok.join(angka.get(2), angka.get(3), angka.get(4)).setText("Status");
        kelompok.join(angka.subList(5, 12).toArray(Grid.Column[]::new)).setText("Pendidikan");
        kelompok.getCell(no).setText("");
        kelompok.getCell(jabatan).setText("");

        gridSarana.setId("grid-sarana");
        gridSarana.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        gridSarana.setSelectionMode(Grid.SelectionMode.NONE);
        gridSarana.setAllRowsVisible(true);
        gridSarana.setWidthFull();
        gridSarana.addColumn(b -> sarana.indexOf(b) + 1).setHeader("No").setWidth("3rem").setFlexGrow(0);
        gridSarana.addComponentColumn(b -> b.nama).setHeader("Nama barang").setFlexGrow(3);
        gridSarana.addComponentColumn(b -> b.satuan).setHeader("Satuan").setWidth("8rem").setFlexGrow(0);
        gridSarana.addComponentColumn(b -> b.jumlah).setHeader("Jumlah").setWidth("7rem").setFlexGrow(0);
        gridSarana.addComponentColumn(b -> b.kondisi).setHeader("Keterangan / kondisi").setFlexGrow(3);
        gridSarana.addComponentColumn(b -> hapus(() -> {
            sarana.remove(b);
            tampilkanSarana();
            saranaBerubah();
        }, "Hapus barang")).setWidth("3rem").setFlexGrow(0);

        simpanPegawai.setId("simpan-pegawai");
        simpanPegawai.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        simpanPegawai.addClickListener(e -> simpanPegawai());
        simpanSarana.setId("simpan-sarana");
        simpanSarana.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        simpanSarana.addClickListener(e -> simpanSarana());
        tambahPegawai.setId("tambah-pegawai");
        tambahPegawai.addClickListener(e -> {
            pegawai.add(new BarisPegawai(null, this::pegawaiBerubah));
            tampilkanPegawai();
            pegawaiBerubah();
        });
        tambahSarana.setId("tambah-sarana");
        tambahSarana.addClickListener(e -> {
            sarana.add(new BarisSarana(null, this::saranaBerubah));
            tampilkanSarana();
            saranaBerubah();
        });
        keteranganPegawai.addClassName("petunjuk");
        keteranganSarana.addClassName("petunjuk");
    }

    @Override
    protected void tampilkan(BeforeEnterEvent event) {
        bolehUbah = dinas.boleh(Izin.UBAH_KERANGKA);
        SortedSet<Integer> tercakup = dinas.baca(renstra::tahunTercakup);
        tahun = TahunHalaman.tampilkan(pilihTahun, tercakup, event.getRouteParameters().get("tahun"));
        judul.aksi(pilihTahun);
        muatUnit();
        muatPegawai();
        muatSarana();
        pegawaiBerubah = false;
        saranaBerubah = false;
        penjaga.setBerubah(false);

        Span petunjukUnit = new Span("Susunan ini digambar sebagai struktur organisasi pada Bab I Laporan Kinerja. "
                + (bolehUbah ? "Tambah unit baru pada halaman Profil." : ""));
        petunjukUnit.addClassName("petunjuk");
        add(new H3("Susunan unit kerja"), petunjukUnit, pohon);
        add(new H3("Komposisi pegawai tahun " + tahun), keteranganPegawai, formulirPegawai.pesan(), gridPegawai);
        if (bolehUbah) {
            add(baris(tambahPegawai, simpanPegawai));
        }
        add(new H3("Sarana dan prasarana tahun " + tahun), keteranganSarana, formulirSarana.pesan(), gridSarana);
        if (bolehUbah) {
            add(baris(tambahSarana, simpanSarana));
        }
    }

    private static HorizontalLayout baris(Button tambah, Button simpan) {
        HorizontalLayout h = new HorizontalLayout(tambah, simpan);
        h.setWidthFull();
        h.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        return h;
    }

    private Button hapus(Runnable aksi, String label) {
        Button b = new Button(VaadinIcon.TRASH.create(), e -> aksi.run());
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        b.setAriaLabel(label);
        b.setTooltipText(label);
        b.setVisible(bolehUbah);
        return b;
    }

    // ---- unit kerja ----

    void muatUnit() {
        unit = dinas.baca(unitKerja::susunan);
        TreeData<UnitKerja> data = new TreeData<>();
        Set<Long> ada = new HashSet<>();
        for (UnitKerja u : unit) {
            UnitKerja induk = u.parentId() == null || !ada.contains(u.parentId()) ? null
                    : unit.stream().filter(x -> x.id().equals(u.parentId())).findFirst().orElse(null);
            data.addItem(induk, u);
            ada.add(u.id());
        }
        pohon.setDataProvider(new TreeDataProvider<>(data));
        if (terbuka.isEmpty()) {
            pohon.expandRecursively(data.getRootItems(), 3);
        } else {
            pohon.expand(unit.stream().filter(u -> terbuka.contains(u.id())).toList());
        }
    }

    void bukaUnit(UnitKerja u) {
        dialog = new UnitDialog(dinas, unitKerja, u, unit, bolehUbah, simpan -> muatUnit());
        dialog.open();
    }

    // ---- pegawai ----

    void muatPegawai() {
        pegawai.clear();
        List<KomposisiPegawai> rows = dinas.baca(() -> sumberDaya.pegawai(tahun));
        boolean salinan = rows.isEmpty();
        if (salinan) {
            rows = dinas.baca(() -> sumberDaya.pegawaiBerlaku(tahun));
        }
        rows.forEach(p -> pegawai.add(new BarisPegawai(p, this::pegawaiBerubah)));
        keteranganPegawai.setText(salinan && !rows.isEmpty()
                ? "Tahun " + tahun + " belum diisi: ditampilkan isian tahun " + rows.getFirst().tahun()
                + " (yang dicetak Laporan Kinerja tahun ini). Simpan untuk menetapkannya sebagai isian tahun " + tahun + "."
                : rows.isEmpty() ? "Belum ada komposisi pegawai." : "Setiap baris dihitung tiga kali (jenis kelamin, status, "
                + "pendidikan): ketiga jumlahnya harus sama.");
        tampilkanPegawai();
    }

    private void tampilkanPegawai() {
        selPegawai.clear();
        for (int i = 0; i < pegawai.size(); i++) {
            BarisPegawai b = pegawai.get(i);
            b.beriId(i);
            b.bacaSaja(!bolehUbah);
            selPegawai.put("[" + i + "].jabatan", b.jabatan);
            for (int k = 0; k < b.angka.length; k++) {
                selPegawai.put("[" + i + "]." + BarisPegawai.KOLOM.get(k)[0], b.angka[k]);
            }
        }
        gridPegawai.setItems(pegawai);
    }

    void simpanPegawai() {
        if (pegawai.stream().anyMatch(b -> !b.terbaca())) {
            formulirPegawai.tampilkan("Ada isian yang bukan bilangan bulat; perbaiki yang ditandai.");
            return;
        }
        List<PegawaiInput> isi = pegawai.stream().map(BarisPegawai::input).toList();
        var hasil = simpanBaris(formulirPegawai, selPegawai, JUDUL_PEGAWAI,
                () -> dinas.jalankan(Izin.UBAH_KERANGKA, () -> sumberDaya.simpanPegawai(tahun, isi)));
        if (hasil != null) {
            muatPegawai();
            pegawaiBerubah = false;
            penjaga.setBerubah(saranaBerubah);
            Pesan.berhasil("Komposisi pegawai tahun " + tahun + " tersimpan (" + hasil.size() + " jabatan)");
        }
    }

    // ---- sarana ----

    void muatSarana() {
        sarana.clear();
        List<Sarana> rows = dinas.baca(() -> sumberDaya.sarana(tahun));
        boolean salinan = rows.isEmpty();
        if (salinan) {
            rows = dinas.baca(() -> sumberDaya.saranaBerlaku(tahun));
        }
        rows.forEach(s -> sarana.add(new BarisSarana(s, this::saranaBerubah)));
        keteranganSarana.setText(salinan && !rows.isEmpty()
                ? "Tahun " + tahun + " belum diisi: ditampilkan isian tahun " + rows.getFirst().tahun()
                + " (yang dicetak Laporan Kinerja tahun ini). Simpan untuk menetapkannya sebagai isian tahun " + tahun + "."
                : rows.isEmpty() ? "Belum ada sarana dan prasarana." : "");
        keteranganSarana.setVisible(!keteranganSarana.getText().isEmpty());
        tampilkanSarana();
    }

    private void tampilkanSarana() {
        selSarana.clear();
        for (int i = 0; i < sarana.size(); i++) {
            BarisSarana b = sarana.get(i);
            b.beriId(i);
            b.bacaSaja(!bolehUbah);
            selSarana.put("[" + i + "].nama", b.nama);
            selSarana.put("[" + i + "].satuan", b.satuan);
            selSarana.put("[" + i + "].jumlah", b.jumlah);
            selSarana.put("[" + i + "].kondisi", b.kondisi);
        }
        gridSarana.setItems(sarana);
    }

    void simpanSarana() {
        if (sarana.stream().anyMatch(b -> !b.terbaca())) {
            formulirSarana.tampilkan("Jumlah harus bilangan bulat; perbaiki yang ditandai.");
            return;
        }
        List<SaranaInput> isi = sarana.stream().map(BarisSarana::input).toList();
        var hasil = simpanBaris(formulirSarana, selSarana, JUDUL_SARANA,
                () -> dinas.jalankan(Izin.UBAH_KERANGKA, () -> sumberDaya.simpanSarana(tahun, isi)));
        if (hasil != null) {
            muatSarana();
            saranaBerubah = false;
            penjaga.setBerubah(pegawaiBerubah);
            Pesan.berhasil("Sarana dan prasarana tahun " + tahun + " tersimpan (" + hasil.size() + " barang)");
        }
    }

    private static final Map<String, String> JUDUL_PEGAWAI = new HashMap<>(Map.of("jabatan", "Jabatan"));
    private static final Map<String, String> JUDUL_SARANA = Map.of("nama", "Nama barang", "satuan", "Satuan", "jumlah", "Jumlah",
            "kondisi", "Keterangan / kondisi");
    private static final Pattern BARIS = Pattern.compile("\\[(\\d+)]\\.?(\\w*)");

    static {
        BarisPegawai.KOLOM.forEach(k -> JUDUL_PEGAWAI.put(k[0], k[1]));
    }

    /**
     * Saves a grid's rows; a refusal marks the cells it names (a grid cell is too narrow for the reason) and lists
     * the reasons above the grid as "Baris 2, PNS: …".
     */
    @Nullable
    private <T> T simpanBaris(Formulir formulir, Map<String, HasValidation> sel, Map<String, String> judul, Supplier<T> panggilan) {
        sel.values().forEach(c -> c.setInvalid(false));
        formulir.bersihkan();
        try {
            return panggilan.get();
        } catch (RuntimeException e) {
            List<Masalah> masalah = Masalah.dari(e).orElseThrow(() -> e);
            List<Masalah> teks = new ArrayList<>();
            for (Masalah m : masalah) {
                Matcher b = m.field() == null ? null : BARIS.matcher(m.field());
                if (b == null || !b.find()) {
                    teks.add(new Masalah(null, m.alasan()));
                    continue;
                }
                HasValidation c = sel.get("[" + b.group(1) + "]." + b.group(2));
                if (c != null) {
                    c.setInvalid(true);
                }
                teks.add(new Masalah(null, "Baris " + (Integer.parseInt(b.group(1)) + 1)
                        + (b.group(2).isEmpty() ? "" : ", " + judul.getOrDefault(b.group(2), b.group(2))) + ": " + m.alasan()));
            }
            formulir.tampilkan(teks);
            return null;
        }
    }

    private void pegawaiBerubah() {
        pegawaiBerubah = true;
        penjaga.setBerubah(true);
    }

    private void saranaBerubah() {
        saranaBerubah = true;
        penjaga.setBerubah(true);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        penjaga.sebelumPergi(event);
    }

    private static String ringkas(String s, int maks) {
        String t = s.strip().replaceAll("\\s+", " ");
        return t.length() <= maks ? t : t.substring(0, maks - 1) + "\u2026";
    }
}
