package id.kinerja.ui.anggaran;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import id.kinerja.anggaran.Anggaran;
import id.kinerja.anggaran.AnggaranService;
import id.kinerja.capaian.CapaianService;
import id.kinerja.capaian.DataKinerja;
import id.kinerja.common.NotFoundException;
import id.kinerja.pengguna.Izin;
import id.kinerja.renstra.Periode;
import id.kinerja.renstra.RenstraService;
import id.kinerja.renstra.Simpul;
import id.kinerja.renstra.Tingkat;
import id.kinerja.ui.AksesDinas;
import id.kinerja.ui.HalamanDinas;
import id.kinerja.ui.MenuDinas;
import id.kinerja.ui.komponen.Angka;
import id.kinerja.ui.komponen.Pesan;
import id.kinerja.ui.komponen.TahunHalaman;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.security.PermitAll;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;

/**
 * The budget of a year: programs, their kegiatan and sub kegiatan, each with its lines' total and funding sources
 * (a node without lines of its own shows its children's sum), and the total of all programs. Editors change a node's
 * lines in a dialog; readers only read.
 */
@Route("d/:slug/anggaran/:tahun?")
@MenuDinas(judul = "Anggaran", urutan = 40, ikon = VaadinIcon.MONEY)
@PermitAll
@Prototype
public class AnggaranView extends HalamanDinas {

    private static final Set<Tingkat> BERANGGARAN = Set.of(Tingkat.PROGRAM, Tingkat.KEGIATAN, Tingkat.SUB_KEGIATAN);

    private final RenstraService renstra;
    private final CapaianService capaian;
    private final AnggaranService anggaran;

    final ComboBox<Integer> pilihTahun = new ComboBox<>();
    final TreeGrid<BarisAnggaran> grid = new TreeGrid<>();
    final Button ubah = new Button("Ubah anggaran", VaadinIcon.EDIT.create());
    final Paragraph kosong = new Paragraph();
    private Grid.Column<BarisAnggaran> kolomJumlah;
    private FooterRow kaki;

    int tahun;
    boolean bolehUbah;
    @Nullable
    BigDecimal totalSemua;
    TreeData<BarisAnggaran> data = new TreeData<>();

    public AnggaranView(AksesDinas akses, RenstraService renstra, CapaianService capaian, AnggaranService anggaran) {
        super(akses);
        this.renstra = renstra;
        this.capaian = capaian;
        this.anggaran = anggaran;
        setId("anggaran");

        pilihTahun.setId("pilih-tahun-anggaran");
        pilihTahun.setAriaLabel("Tahun");
        pilihTahun.setWidth("8rem");
        pilihTahun.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent().navigate(AnggaranView.class, new RouteParameters(Map.of("slug", dinas.slug(),
                        "tahun", String.valueOf(e.getValue()))));
            }
        });
        ubah.setId("ubah-anggaran");
        ubah.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ubah.setEnabled(false);
        ubah.addClickListener(e -> pilihan().ifPresent(this::ubah));
        kosong.addClassName("petunjuk");

        grid.setId("grid-anggaran");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addHierarchyColumn(b -> b.simpul().kode() + "  " + b.simpul().nama()).setHeader("Program / Kegiatan / Sub Kegiatan")
                .setFlexGrow(5).setSortable(false);
        grid.addColumn(b -> b.simpul().tingkat().label()).setHeader("Tingkat").setWidth("8rem").setFlexGrow(0);
        grid.addColumn(b -> String.join(", ", b.sumberDana())).setHeader("Sumber dana").setWidth("11rem").setFlexGrow(0);
        kolomJumlah = grid.addColumn(b -> b.jumlah() == null ? "—" : Angka.rupiah(b.jumlah())).setHeader("Anggaran")
                .setWidth("12rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.setPartNameGenerator(b -> b.dariRincian() ? "dari-rincian" : null);
        kaki = grid.appendFooterRow();
        grid.addSelectionListener(e -> ubah.setEnabled(e.getFirstSelectedItem().isPresent()));
        grid.addItemDoubleClickListener(e -> {
            if (bolehUbah) {
                ubah(e.getItem());
            }
        });
        grid.setSizeFull();
    }

    @Override
    protected void tampilkan(BeforeEnterEvent event) {
        bolehUbah = dinas.boleh(Izin.UBAH_DATA);
        SortedSet<Integer> tercakup = dinas.baca(renstra::tahunTercakup);
        tahun = TahunHalaman.tampilkan(pilihTahun, tercakup, event.getRouteParameters().get("tahun"));
        judul.aksi(pilihTahun);
        if (bolehUbah) {
            judul.aksi(ubah);
        }
        add(kosong, grid);
        setFlexGrow(1, grid);
        muat();
    }

    void muat() {
        Periode periode;
        try {
            periode = dinas.baca(() -> renstra.periodeUntuk(tahun));
        } catch (NotFoundException e) {
            periode = null;
        }
        data = new TreeData<>();
        totalSemua = null;
        if (periode == null) {
            kosong.setText("Tidak ada periode Renstra yang mencakup tahun " + tahun + ".");
        } else {
            long id = periode.id();
            DataKinerja d = dinas.baca(() -> capaian.muat(id, tahun));
            Map<Long, List<Simpul>> anak = new HashMap<>();
            for (Simpul s : d.simpul()) {
                anak.computeIfAbsent(s.parentId() == null ? 0L : s.parentId(), x -> new ArrayList<>()).add(s);
            }
            anak.values().forEach(l -> l.sort(Comparator.comparingInt(Simpul::urutan).thenComparing(Simpul::id)));
            Map<Long, List<Anggaran>> baris = new HashMap<>();
            d.anggaran().stream().filter(a -> a.tahun() == tahun)
                    .forEach(a -> baris.computeIfAbsent(a.simpulId(), x -> new ArrayList<>()).add(a));
            List<Simpul> program = new ArrayList<>();
            kumpulkanProgram(0L, anak, program);
            Map<Long, BarisAnggaran> hasil = new HashMap<>();
            for (Simpul p : program) {
                BarisAnggaran b = hitung(p, anak, baris, hasil);
                tambah(null, p, anak, hasil);
                if (b.jumlah() != null) {
                    totalSemua = (totalSemua == null ? BigDecimal.ZERO : totalSemua).add(b.jumlah());
                }
            }
            kosong.setText(program.isEmpty() ? "Kerangka periode " + periode.nama() + " belum memiliki program." : "");
        }
        kosong.setVisible(!kosong.getText().isEmpty());
        grid.setDataProvider(new TreeDataProvider<>(data));
        grid.expand(data.getRootItems());
        kaki.getCell(grid.getColumns().getFirst()).setText("Jumlah anggaran program " + tahun);
        kaki.getCell(kolomJumlah).setText(totalSemua == null ? "—" : Angka.rupiah(totalSemua));
        ubah.setEnabled(pilihan().isPresent());
    }

    /** The programs in the order of the tree (they hang under sasaran). */
    private static void kumpulkanProgram(long parent, Map<Long, List<Simpul>> anak, List<Simpul> hasil) {
        for (Simpul s : anak.getOrDefault(parent, List.of())) {
            if (s.tingkat() == Tingkat.PROGRAM) {
                hasil.add(s);
            } else if (!BERANGGARAN.contains(s.tingkat())) {
                kumpulkanProgram(s.id(), anak, hasil);
            }
        }
    }

    /** The node's row: its own lines' sum, else its children's (computed first). */
    private static BarisAnggaran hitung(Simpul s, Map<Long, List<Simpul>> anak, Map<Long, List<Anggaran>> baris,
                                        Map<Long, BarisAnggaran> hasil) {
        List<Anggaran> sendiri = baris.getOrDefault(s.id(), List.of());
        List<BarisAnggaran> bawah = new ArrayList<>();
        for (Simpul c : anak.getOrDefault(s.id(), List.of())) {
            bawah.add(hitung(c, anak, baris, hasil));
        }
        BigDecimal jumlah = null;
        Set<String> sumber = new LinkedHashSet<>();
        if (!sendiri.isEmpty()) {
            jumlah = sendiri.stream().map(Anggaran::jumlah).reduce(BigDecimal.ZERO, BigDecimal::add);
            sendiri.stream().map(Anggaran::sumberDana).filter(x -> x != null).forEach(sumber::add);
        } else {
            for (BarisAnggaran b : bawah) {
                if (b.jumlah() != null) {
                    jumlah = (jumlah == null ? BigDecimal.ZERO : jumlah).add(b.jumlah());
                    sumber.addAll(b.sumberDana());
                }
            }
        }
        BarisAnggaran b = new BarisAnggaran(s, sendiri, jumlah, sendiri.isEmpty() && jumlah != null, List.copyOf(sumber));
        hasil.put(s.id(), b);
        return b;
    }

    private void tambah(@Nullable BarisAnggaran induk, Simpul s, Map<Long, List<Simpul>> anak, Map<Long, BarisAnggaran> hasil) {
        BarisAnggaran b = hasil.get(s.id());
        data.addItem(induk, b);
        for (Simpul c : anak.getOrDefault(s.id(), List.of())) {
            tambah(b, c, anak, hasil);
        }
    }

    private Optional<BarisAnggaran> pilihan() {
        return grid.getSelectedItems().stream().findFirst();
    }

    void ubah(BarisAnggaran b) {
        if (!bolehUbah) {
            Pesan.galat("Peran Anda di dinas ini tidak mengizinkan mengubah anggaran");
            return;
        }
        new AnggaranDialog(dinas, anggaran, b.simpul(), tahun, b.baris(), () -> {
            muat();
            Pesan.berhasil("Anggaran " + b.simpul().kode() + " tersimpan");
        }).open();
    }

}
