package id.kinerja.ui.kerangka;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import id.kinerja.capaian.CapaianService;
import id.kinerja.capaian.DataKinerja;
import id.kinerja.common.ConflictException;
import id.kinerja.indikator.Indikator;
import id.kinerja.indikator.IndikatorLengkap;
import id.kinerja.indikator.IndikatorService;
import id.kinerja.pengguna.Izin;
import id.kinerja.renstra.Periode;
import id.kinerja.renstra.RenstraService;
import id.kinerja.renstra.Simpul;
import id.kinerja.renstra.Tingkat;
import id.kinerja.ui.AksesDinas;
import id.kinerja.ui.HalamanDinas;
import id.kinerja.ui.MenuDinas;
import id.kinerja.ui.indikator.IndikatorDialog;
import id.kinerja.ui.komponen.Konfirmasi;
import id.kinerja.ui.komponen.Masalah;
import id.kinerja.ui.komponen.Pesan;
import id.kinerja.unitkerja.UnitKerja;
import id.kinerja.unitkerja.UnitKerjaService;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.security.PermitAll;

import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The framework of one Renstra period as a tree, indicators under their nodes. The dinas admin adds, renames, moves
 * and deletes nodes and indicators from the toolbar (a node with data under it is deleted only after a second,
 * explicit question); everybody else reads. The whole period is read in one go and kept in memory: the grid sends
 * the browser only the rows it shows, so 500 indicators stay quick.
 */
@Route("d/:slug/kerangka/:periode?")
@MenuDinas(judul = "Kerangka", urutan = 20, ikon = VaadinIcon.SITEMAP)
@PermitAll
@Prototype
public class KerangkaView extends HalamanDinas {

    private final RenstraService renstra;
    private final IndikatorService indikator;
    private final CapaianService capaian;
    private final UnitKerjaService unitKerja;

    final ComboBox<Periode> pilihPeriode = new ComboBox<>();
    final TreeGrid<Baris> grid = new TreeGrid<>();
    final Button periodeBaru = new Button("Periode baru", VaadinIcon.CALENDAR.create());
    final Button tambahTujuan = new Button("Tujuan", VaadinIcon.PLUS.create());
    final Button tambahAnak = new Button("Tambah di bawahnya", VaadinIcon.PLUS.create());
    final Button tambahIndikator = new Button("Indikator", VaadinIcon.PLUS.create());
    final Button ubah = new Button("Ubah", VaadinIcon.EDIT.create());
    final Button pindah = new Button("Pindah", VaadinIcon.ARROWS.create());
    final Button hapus = new Button("Hapus", VaadinIcon.TRASH.create());
    final Paragraph kosong = new Paragraph();
    private final HorizontalLayout alat = new HorizontalLayout();

    @Nullable
    Periode periode;
    private boolean bolehUbah;
    private List<Simpul> simpul = List.of();
    private Map<Long, List<Simpul>> anak = Map.of();
    private TreeData<Baris> data = new TreeData<>();
    @Nullable
    private Long periodeDimuat;

    public KerangkaView(AksesDinas akses, RenstraService renstra, IndikatorService indikator, CapaianService capaian,
                        UnitKerjaService unitKerja) {
        super(akses);
        this.renstra = renstra;
        this.indikator = indikator;
        this.capaian = capaian;
        this.unitKerja = unitKerja;
        setId("kerangka");

        pilihPeriode.setId("pilih-periode");
        pilihPeriode.setAriaLabel("Periode Renstra");
        pilihPeriode.setPlaceholder("Periode Renstra");
        pilihPeriode.setItemLabelGenerator(KerangkaView::labelPeriode);
        // a long name must stay readable: a wide field (never wider than the page), the whole name as a tooltip,
        // and a list wider than the field whose entries wrap instead of being cut
        pilihPeriode.setWidth("52rem");
        pilihPeriode.setMaxWidth("100%");
        pilihPeriode.addClassName("pilih-periode");
        pilihPeriode.getStyle().set("--vaadin-combo-box-overlay-width", "min(40rem, 90vw)");
        pilihPeriode.addValueChangeListener(e -> pilihPeriode.setTooltipText(e.getValue() == null ? null : labelPeriode(e.getValue())));
        pilihPeriode.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent().navigate(KerangkaView.class, new RouteParameters(Map.of("slug", dinas.slug(),
                        "periode", String.valueOf(e.getValue().id()))));
            }
        });
        periodeBaru.setId("periode-baru");
        periodeBaru.addClickListener(e -> new PeriodeDialog(dinas, renstra, p -> UI.getCurrent().navigate(KerangkaView.class,
                new RouteParameters(Map.of("slug", dinas.slug(), "periode", String.valueOf(p.id()))))).open());

        grid.setId("pohon-kerangka");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addClassName("kerangka");
        grid.addHierarchyColumn(b -> b.kode() + "  " + b.nama()).setHeader("Kode dan nama").setFlexGrow(6).setResizable(true)
                .setSortable(false);
        grid.addColumn(Baris::jenis).setHeader("Tingkat").setWidth("8rem").setFlexGrow(0);
        grid.addColumn(b -> b.indikator() == null || b.indikator().satuan() == null ? "" : b.indikator().satuan())
                .setHeader("Satuan").setWidth("7rem").setFlexGrow(0);
        grid.addColumn(b -> b.indikator() == null ? "" : b.indikator().formula() == null ? "—" : b.indikator().formula())
                .setHeader("Rumus").setFlexGrow(2);
        grid.addColumn(b -> Optional.ofNullable(b.isSimpul() ? b.simpul().unitKerja() : b.indikator().unitKerja()).orElse(""))
                .setHeader("Penanggung jawab").setFlexGrow(1);
        grid.setPartNameGenerator(b -> b.isSimpul() ? "simpul " + b.simpul().tingkat().name().toLowerCase().replace('_', '-')
                : "indikator");
        grid.setSelectionMode(Grid.SelectionMode.SINGLE);
        grid.addSelectionListener(e -> aturTombol());
        grid.addItemDoubleClickListener(e -> buka(e.getItem()));
        grid.setSizeFull();

        for (Button b : List.of(tambahTujuan, tambahAnak, tambahIndikator, ubah, pindah, hapus)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        }
        hapus.addThemeVariants(ButtonVariant.LUMO_ERROR);
        tambahTujuan.setId("tambah-tujuan");
        tambahAnak.setId("tambah-anak");
        tambahIndikator.setId("tambah-indikator");
        ubah.setId("ubah");
        pindah.setId("pindah");
        hapus.setId("hapus");
        tambahTujuan.setTooltipText("Tujuan baru di akar kerangka");
        tambahTujuan.addClickListener(e -> tambahSimpul(null));
        tambahAnak.addClickListener(e -> pilihan().filter(Baris::isSimpul).ifPresent(b -> tambahSimpul(b.simpul())));
        tambahIndikator.addClickListener(e -> pilihan().ifPresent(b -> bukaIndikator(simpulDari(b), null)));
        ubah.addClickListener(e -> pilihan().ifPresent(this::buka));
        pindah.addClickListener(e -> pilihan().ifPresent(b -> {
            if (b.isSimpul()) {
                pindahkan(b.simpul());
            } else {
                pindahkan(b.indikator());
            }
        }));
        hapus.addClickListener(e -> pilihan().ifPresent(this::tanyaHapus));
        alat.setId("alat-kerangka");
        alat.addClassName("alat");
        alat.setAlignItems(FlexComponent.Alignment.CENTER);
        alat.add(tambahTujuan, tambahAnak, tambahIndikator, ubah, pindah, hapus);
        kosong.setId("kerangka-kosong");
        kosong.addClassName("petunjuk");
    }

    @Override
    protected void tampilkan(BeforeEnterEvent event) {
        bolehUbah = dinas.boleh(Izin.UBAH_KERANGKA);
        List<Periode> semua = dinas.baca(renstra::daftarPeriode);
        pilihPeriode.setItems(semua);
        Optional<Long> diminta = event.getRouteParameters().get("periode").flatMap(KerangkaView::angka);
        int tahun = Year.now().getValue();
        periode = diminta.flatMap(id -> semua.stream().filter(p -> p.id().equals(id)).findFirst())
                .or(() -> semua.stream().filter(p -> p.tahunAwal() != null && p.tahunAwal() <= tahun
                        && (p.tahunAkhir() == null || tahun <= p.tahunAkhir())).reduce((a, b) -> b))
                .or(() -> semua.isEmpty() ? Optional.empty() : Optional.of(semua.getLast()))
                .orElse(null);
        pilihPeriode.setValue(periode);
        judul.aksi(pilihPeriode);
        if (bolehUbah) {
            judul.aksi(periodeBaru);
        }
        alat.setVisible(bolehUbah && periode != null);
        add(alat, kosong, grid);
        setFlexGrow(1, grid);
        if (diminta.isPresent() && periode == null) {
            kosong.setText("Periode itu tidak ada di dinas ini.");
        }
        muat();
    }

    /** Reads the period again and rebuilds the tree, keeping what was open and selected. */
    void muat() {
        Set<Baris> terbuka = new HashSet<>();
        data.getRootItems().forEach(r -> kumpulkanTerbuka(r, terbuka));
        Baris dipilih = grid.asSingleSelect().getValue();
        Long id0 = periode == null ? null : periode.id();
        boolean pertama = data.getRootItems().isEmpty() || !java.util.Objects.equals(id0, periodeDimuat);
        periodeDimuat = id0;

        data = new TreeData<>();
        if (periode == null) {
            simpul = List.of();
            anak = Map.of();
            if (kosong.getText().isEmpty()) {
                kosong.setText(bolehUbah ? "Belum ada periode Renstra. Buat periode baru untuk mulai menyusun kerangka."
                        : "Belum ada periode Renstra.");
            }
        } else {
            long id = periode.id();
            DataKinerja d = dinas.baca(() -> capaian.muat(id, periode.tahunAwal() == null ? Year.now().getValue() : periode.tahunAwal()));
            simpul = d.simpul();
            anak = new HashMap<>();
            for (Simpul s : simpul) {
                anak.computeIfAbsent(s.parentId() == null ? 0L : s.parentId(), k -> new ArrayList<>()).add(s);
            }
            anak.values().forEach(l -> l.sort(Comparator.comparingInt(Simpul::urutan).thenComparing(Simpul::id)));
            Map<Long, List<Indikator>> perSimpul = d.indikator().stream().collect(Collectors.groupingBy(Indikator::simpulId));
            tambahCabang(null, anak.getOrDefault(0L, List.of()), perSimpul);
            kosong.setText(simpul.isEmpty() ? (bolehUbah ? "Kerangka periode ini masih kosong. Mulai dengan menambah tujuan."
                    : "Kerangka periode ini masih kosong.") : "");
        }
        kosong.setVisible(!kosong.getText().isEmpty());
        grid.setDataProvider(new TreeDataProvider<>(data));
        if (pertama) {
            // open tujuan and sasaran: the IKU are visible at once, programs one click away
            data.getRootItems().forEach(t -> {
                terbuka.add(t);
                terbuka.addAll(data.getChildren(t).stream().filter(Baris::isSimpul).toList());
            });
        }
        grid.expand(terbuka.stream().filter(data::contains).toList());
        if (dipilih != null && data.contains(dipilih)) {
            grid.select(dipilih);
        }
        aturTombol();
    }

    private void tambahCabang(@Nullable Baris induk, List<Simpul> daftar, Map<Long, List<Indikator>> perSimpul) {
        for (Simpul s : daftar) {
            Baris b = Baris.dari(s);
            data.addItem(induk, b);
            for (Indikator i : perSimpul.getOrDefault(s.id(), List.of()).stream()
                    .sorted(Comparator.comparingInt(Indikator::urutan).thenComparing(Indikator::id)).toList()) {
                data.addItem(b, Baris.dari(i));
            }
            tambahCabang(b, anak.getOrDefault(s.id(), List.of()), perSimpul);
        }
    }

    private void kumpulkanTerbuka(Baris b, Set<Baris> terbuka) {
        if (grid.isExpanded(b)) {
            terbuka.add(b);
            data.getChildren(b).forEach(c -> kumpulkanTerbuka(c, terbuka));
        }
    }

    private Optional<Baris> pilihan() {
        return Optional.ofNullable(grid.asSingleSelect().getValue());
    }

    private void aturTombol() {
        Optional<Baris> p = pilihan();
        Tingkat bawah = p.filter(Baris::isSimpul).map(b -> b.simpul().tingkat().bawah()).orElse(null);
        tambahAnak.setEnabled(bawah != null);
        tambahAnak.setText(bawah == null ? "Tambah di bawahnya" : bawah.label());
        tambahAnak.setTooltipText(bawah == null ? "Pilih simpul di kerangka dahulu" : bawah.label() + " baru di bawah yang dipilih");
        tambahIndikator.setEnabled(p.isPresent());
        tambahIndikator.setTooltipText("Indikator baru pada simpul yang dipilih");
        ubah.setEnabled(p.isPresent());
        pindah.setEnabled(p.isPresent());
        pindah.setTooltipText(p.isEmpty() ? "Pilih simpul atau indikator dahulu" : p.get().isSimpul()
                ? "Ke induk lain atau posisi lain" : "Ke " + simpulDari(p.get()).tingkat().label().toLowerCase()
                + " lain atau posisi lain");
        hapus.setEnabled(p.isPresent());
    }

    private Simpul simpulDari(Baris b) {
        if (b.isSimpul()) {
            return b.simpul();
        }
        long id = b.indikator().simpulId();
        return simpul.stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    private List<String> unit() {
        return dinas.baca(unitKerja::list).stream().map(UnitKerja::nama).toList();
    }

    void tambahSimpul(@Nullable Simpul induk) {
        Tingkat t = induk == null ? Tingkat.TUJUAN : induk.tingkat().bawah();
        new SimpulDialog(dinas, renstra, periode.id(), t, induk, null, unit(), s -> sesudah(Baris.dari(s),
                t.label() + " " + s.kode() + " ditambahkan")).open();
    }

    /** Opens the selected row: a node's form, or the indicator's (read-only for a reader). */
    void buka(Baris b) {
        if (b.isSimpul()) {
            if (bolehUbah) {
                new SimpulDialog(dinas, renstra, periode.id(), b.simpul().tingkat(), induk(b.simpul()), b.simpul(), unit(),
                        s -> sesudah(Baris.dari(s), s.tingkat().label() + " " + s.kode() + " disimpan")).open();
            }
        } else {
            long id = b.indikator().id();
            bukaIndikator(simpulDari(b), dinas.baca(() -> indikator.baca(id)));
        }
    }

    IndikatorDialog bukaIndikator(Simpul s, @Nullable IndikatorLengkap lama) {
        IndikatorDialog d = new IndikatorDialog(dinas, indikator, s, lama, unit(), bolehUbah,
                i -> sesudah(Baris.dari(i.indikator()), "Indikator " + i.indikator().kode() + " disimpan"));
        d.open();
        return d;
    }

    void pindahkan(Simpul s) {
        Tingkat atas = s.tingkat().induk();
        List<Simpul> calon = atas == null ? List.of() : urutPohon().stream().filter(x -> x.tingkat() == atas).toList();
        new PindahDialog(dinas, renstra, s, calon, anak, x -> sesudah(Baris.dari(x),
                x.tingkat().label() + " " + x.kode() + " dipindahkan")).open();
    }

    /** An indicator to another node of its node's level (in tree order), or to another position on its node. */
    PindahIndikatorDialog pindahkan(Indikator i) {
        Simpul asal = simpul.stream().filter(x -> x.id() == i.simpulId()).findFirst().orElseThrow();
        List<Simpul> calon = urutPohon().stream().filter(x -> x.tingkat() == asal.tingkat()).toList();
        PindahIndikatorDialog d = new PindahIndikatorDialog(dinas, indikator, i, asal, calon,
                id -> (int) data.getChildren(Baris.dari(simpul.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow()))
                        .stream().filter(b -> !b.isSimpul()).count(),
                x -> sesudah(Baris.dari(x.indikator()), "Indikator " + x.indikator().kode() + " dipindahkan"));
        d.open();
        return d;
    }

    /** Asks, deletes; when data hangs below, says what and asks again before deleting all of it. */
    ConfirmDialog tanyaHapus(Baris b) {
        if (!b.isSimpul()) {
            Indikator i = b.indikator();
            return Konfirmasi.tanya("Hapus indikator " + i.kode() + "?", "Indikator \"" + i.nama()
                    + "\" dihapus beserta target dan realisasinya. Tindakan ini tidak dapat dibatalkan.", "Hapus", () -> {
                        if (jalankan(() -> dinas.jalankan(Izin.UBAH_KERANGKA, () -> indikator.hapus(i.id())))) {
                            sesudah(null, "Indikator " + i.kode() + " dihapus");
                        }
                    });
        }
        Simpul s = b.simpul();
        String label = s.tingkat().label().toLowerCase();
        return Konfirmasi.tanya("Hapus " + label + " " + s.kode() + "?", s.tingkat().label() + " \"" + s.nama()
                + "\" akan dihapus.", "Hapus", () -> {
                    try {
                        dinas.jalankan(Izin.UBAH_KERANGKA, () -> renstra.hapus(s.id(), false));
                        sesudah(null, s.tingkat().label() + " " + s.kode() + " dihapus");
                    } catch (ConflictException e) {
                        tanyaHapusSemua(s, e.getMessage());
                    } catch (RuntimeException e) {
                        Pesan.galat(Masalah.dari(e).orElseThrow(() -> e).getFirst().teks());
                    }
                });
    }

    /** The API's refusal, in the UI: what hangs below, and the cascade offered explicitly. */
    ConfirmDialog tanyaHapusSemua(Simpul s, String alasan) {
        String isi = alasan.replaceFirst(";\\s*hapus dengan cascade=true.*$", "");
        ConfirmDialog d = Konfirmasi.tanya("Tidak dapat dihapus begitu saja", isi + ". Hapus " + s.tingkat().label().toLowerCase()
                + " ini beserta seluruh isinya? Tindakan ini tidak dapat dibatalkan.", "Hapus beserta isinya", () -> {
                    if (jalankan(() -> dinas.jalankan(Izin.UBAH_KERANGKA, () -> renstra.hapus(s.id(), true)))) {
                        sesudah(null, s.tingkat().label() + " " + s.kode() + " dan isinya dihapus");
                    }
                });
        d.setId("tanya-hapus-semua");
        return d;
    }

    private boolean jalankan(Runnable r) {
        try {
            r.run();
            return true;
        } catch (RuntimeException e) {
            Pesan.galat(Masalah.dari(e).orElseThrow(() -> e).getFirst().teks());
            muat();
            return false;
        }
    }

    private void sesudah(@Nullable Baris pilih, String pesan) {
        if (pilih != null) {
            grid.select(pilih);
        }
        muat();
        if (pilih != null && data.contains(pilih)) {
            Baris induk = data.getParent(pilih);
            List<Baris> buka = new ArrayList<>();
            for (Baris p = induk; p != null; p = data.getParent(p)) {
                buka.add(p);
            }
            grid.expand(buka);
            grid.select(pilih);
            grid.scrollToItem(pilih);
        }
        Pesan.berhasil(pesan);
    }

    @Nullable
    private Simpul induk(Simpul s) {
        return s.parentId() == null ? null : simpul.stream().filter(x -> x.id().equals(s.parentId())).findFirst().orElse(null);
    }

    /** The nodes in the order of the tree (depth first). */
    private List<Simpul> urutPohon() {
        List<Simpul> hasil = new ArrayList<>();
        jelajah(0L, hasil);
        return hasil;
    }

    private void jelajah(long parent, List<Simpul> hasil) {
        for (Simpul s : anak.getOrDefault(parent, List.of())) {
            hasil.add(s);
            jelajah(s.id(), hasil);
        }
    }

    TreeData<Baris> data() {
        return data;
    }

    /** The period's name, with its years unless the name already says them. */
    static String labelPeriode(Periode p) {
        if (p.tahunAwal() == null || p.nama().contains(String.valueOf(p.tahunAwal()))) {
            return p.nama();
        }
        return p.nama() + " (" + p.tahunAwal() + (p.tahunAkhir() == null ? "" : "–" + p.tahunAkhir()) + ")";
    }

    private static Optional<Long> angka(String s) {
        try {
            return Optional.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
