package id.kinerja.ui.rekap;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.kinerja.persetujuan.PelaporanDinas;
import id.kinerja.persetujuan.StatusPersetujuan;
import id.kinerja.tenant.Tenant;
import id.kinerja.tenant.TenantRegistry;
import id.kinerja.ui.dasbor.DasborView;
import id.kinerja.ui.dinas.AdminProvinsi;
import id.kinerja.ui.komponen.Angka;
import id.kinerja.ui.komponen.JudulHalaman;
import id.kinerja.ui.komponen.PilihanRekap;
import id.kinerja.ui.komponen.Teks;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.annotation.security.RolesAllowed;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The province's recap of a quarter: every dinas with its reporting state, the counts of indicators ≥ 100 %, < 100 %
 * and not measurable, and budget absorption. A page is one registry query and one statement over the page's
 * schemas ({@link PelaporanDinas#rekap}); counts and absorption are those of the tree the quarter was submitted
 * with — "sementara" while under review, "final" once locked (a draft shows "—"). A dinas's name opens its Dasbor for that quarter (read-only).
 * "Unduh XLSX" writes the whole recap (every dinas matching the search, in the grid's order).
 */
@Route("rekap")
@PageTitle("Rekap provinsi · Kinerja")
@Menu(title = "Rekap", order = 3, icon = "vaadin:chart")
@RolesAllowed("PROVINSI")
@Prototype
public class RekapView extends VerticalLayout {

    /** The columns the database can sort by, with the registry's property behind each. */
    private static final Map<String, String> URUTAN = Map.of("nama", "name", "jenis", "kind", "wilayah", "region");
    /** Dinas per statement when the whole recap is written. */
    static final int PER_BACA = 200;

    private final TenantRegistry registry;
    private final PelaporanDinas pelaporan;

    final TextField cari = new TextField();
    final Select<Integer> tahun = new Select<>();
    final Select<Integer> triwulan = new Select<>();
    final Grid<Baris> grid = new Grid<>();
    final Anchor unduh;
    private final Span jumlah = new Span();
    /** The registry's sort of the grid now, also the XLSX's order. */
    private volatile Sort urutan = Sort.of(Sort.Order.asc("name"), Sort.Order.asc("slug"));

    /** A dinas with its quarter (null: not read — suspended, unmigrated or elsewhere). */
    public record Baris(Tenant tenant, @Nullable PelaporanDinas.Rekap rekap) {
    }

    public RekapView(TenantRegistry registry, PelaporanDinas pelaporan) {
        this.registry = registry;
        this.pelaporan = pelaporan;
        setId("rekap");
        addClassName("halaman");
        setSizeFull();

        JudulHalaman judul = new JudulHalaman();
        judul.setJudul("Rekap provinsi", null);
        Button tombol = new Button("Unduh XLSX", VaadinIcon.DOWNLOAD.create());
        tombol.setTabIndex(-1);
        unduh = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] isi = xlsx();
            return new DownloadResponse(new ByteArrayInputStream(isi), namaBerkas(),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", isi.length);
        }), "");
        unduh.add(tombol);
        unduh.setId("unduh-rekap");
        unduh.getElement().setAttribute("download", true);
        judul.aksi(unduh);

        PilihanRekap.pasang(cari, "cari-rekap", tahun, "rekap-tahun", triwulan, "rekap-triwulan", () -> grid.getDataProvider().refreshAll());
        jumlah.addClassName("petunjuk");
        jumlah.setId("jumlah-rekap");
        HorizontalLayout alat = new HorizontalLayout(cari, tahun, triwulan, jumlah);
        alat.setAlignItems(Alignment.BASELINE);
        alat.addClassName("alat");
        Paragraph catatan = new Paragraph("Jumlah indikator dan penyerapan anggaran adalah angka saat triwulan diajukan: "
                + "sementara selama diperiksa, final setelah dikunci; triwulan yang masih draf ditandai —.");
        catatan.addClassName("petunjuk");

        susunGrid();
        add(judul, alat, catatan, grid);
        expand(grid);
    }

    private void susunGrid() {
        grid.setId("grid-rekap");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPageSize(50);
        grid.addComponentColumn(this::nama).setHeader("Nama").setKey("nama").setSortProperty("nama").setFlexGrow(4)
                .setWidth("16rem").setResizable(true);
        grid.addColumn(b -> Teks.jenisDinas(b.tenant().kind())).setHeader("Jenis").setKey("jenis").setSortProperty("jenis")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(b -> b.tenant().region() == null ? "" : b.tenant().region()).setHeader("Wilayah").setKey("wilayah")
                .setSortProperty("wilayah").setWidth("8rem").setFlexGrow(1);
        grid.addComponentColumn(RekapView::pelaporan).setHeader("Pelaporan").setKey("pelaporan").setAutoWidth(true).setFlexGrow(0);
        // a fixed width: the badge is wider than what auto width measures before it is styled
        grid.addComponentColumn(RekapView::angka).setHeader("Angka").setKey("angka").setWidth("6.5rem").setFlexGrow(0);
        kolomAngka("mencapai", "≥ 100 %", r -> r.mencapai() == null ? "—" : String.valueOf(r.mencapai()));
        kolomAngka("belum", "< 100 %", r -> r.belumMencapai() == null ? "—" : String.valueOf(r.belumMencapai()));
        kolomAngka("tidak-terukur", "Tidak terukur", r -> r.tidakTerukur() == null ? "—" : String.valueOf(r.tidakTerukur()));
        kolomAngka("penyerapan", "Penyerapan", r -> r.penyerapan() == null ? "—" : Angka.tulis(r.penyerapan(), 2) + " %");
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("nama"), SortDirection.ASCENDING)));
        grid.setItems(this::halaman, q -> {
            long n = registry.halaman(cari.getValue(), Pageable.from(0, 1)).getTotalSize();
            jumlah.setText(n + " dinas");
            return (int) n;
        });
        grid.setEmptyStateText("Tidak ada dinas yang cocok.");
    }

    private void kolomAngka(String kunci, String judul, java.util.function.Function<PelaporanDinas.Rekap, String> teks) {
        grid.addColumn(b -> b.rekap() == null ? "—" : teks.apply(b.rekap())).setHeader(judul).setKey(kunci)
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
    }

    /** One page: the registry's rows (sorted and filtered in the database), then their quarter in one statement. */
    Stream<Baris> halaman(Query<Baris, Void> q) {
        List<Sort.Order> diminta = q.getSortOrders().stream()
                .filter(o -> URUTAN.containsKey(o.getSorted()))
                .map(o -> o.getDirection() == SortDirection.ASCENDING ? Sort.Order.asc(URUTAN.get(o.getSorted()))
                        : Sort.Order.desc(URUTAN.get(o.getSorted())))
                .toList();
        urutan = Sort.of(Stream.concat(diminta.stream(), Stream.of(Sort.Order.asc("slug"))).toList());
        return baca(q.getPage(), q.getPageSize()).stream();
    }

    /** Page {@code halaman} of {@code ukuran} dinas in the grid's order, with the chosen quarter. */
    List<Baris> baca(int halaman, int ukuran) {
        List<Tenant> isi = registry.halaman(cari.getValue(), Pageable.from(halaman, ukuran, urutan)).getContent();
        Integer th = tahun.getValue();
        Integer tw = triwulan.getValue();
        Map<Long, PelaporanDinas.Rekap> rekap = th == null || tw == null ? Map.of() : pelaporan.rekap(isi, th, tw);
        return isi.stream().map(t -> new Baris(t, rekap.get(t.id()))).toList();
    }

    Component nama(Baris b) {
        Tenant t = b.tenant();
        if (b.rekap() == null || tahun.getValue() == null || triwulan.getValue() == null) {
            return new Span(t.name());
        }
        RouterLink link = new RouterLink(t.name(), DasborView.class, new RouteParameters(Map.of("slug", t.slug(),
                "tahun", String.valueOf(tahun.getValue()), "triwulan", String.valueOf(triwulan.getValue()))));
        link.setId("dasbor-" + t.slug());
        return link;
    }

    private static Component pelaporan(Baris b) {
        PelaporanDinas.Rekap r = b.rekap();
        if (r == null) {
            return new Span("—");
        }
        Span s = new Span(label(r));
        s.getElement().getThemeList().add(("badge " + (r.status() == StatusPersetujuan.DRAF
                ? r.realisasi() > 0 ? "" : "contrast" : Teks.warna(r.status()))).strip());
        return s;
    }

    /** Whether the figures beside it are final (locked) or provisional (under review); "—" for none. */
    private static Component angka(Baris b) {
        PelaporanDinas.Rekap r = b.rekap();
        String teks = sifat(r);
        Span s = new Span(teks);
        if (r != null && r.mencapai() != null) {
            s.getElement().getThemeList().add(r.sementara() ? "badge contrast" : "badge success");
            s.setTitle(r.sementara() ? "Angka saat diajukan; dapat berubah bila triwulan dikembalikan" : "Angka saat dikunci");
        }
        s.addClassName("angka-" + (r == null || r.mencapai() == null ? "kosong" : r.sementara() ? "sementara" : "final"));
        return s;
    }

    /** "Final", "Sementara" or "—": what the counts of a dinas's quarter are worth. */
    static String sifat(@Nullable PelaporanDinas.Rekap r) {
        return r == null || r.mencapai() == null ? "—" : r.sementara() ? "Sementara" : "Final";
    }

    /** The reporting state in words: Belum diisi, Diisi (n realisasi), Diajukan, Diverifikasi, Dikunci. */
    static String label(PelaporanDinas.Rekap r) {
        if (r.status() == StatusPersetujuan.DRAF) {
            return r.realisasi() > 0 ? "Diisi (" + r.realisasi() + ")" : "Belum diisi";
        }
        return Teks.status(r.status());
    }

    /** The whole recap (every dinas matching the search, in the grid's order), read {@link #PER_BACA} dinas at a time. */
    byte[] xlsx() {
        return AdminProvinsi.jalankan(this::tulisXlsx);
    }

    private byte[] tulisXlsx() {
        List<Baris> semua = new ArrayList<>();
        for (int h = 0; ; h++) {
            List<Baris> bagian = baca(h, PER_BACA);
            semua.addAll(bagian);
            if (bagian.size() < PER_BACA) {
                break;
            }
        }
        return BukuRekap.tulis(semua, tahun.getValue() == null ? 0 : tahun.getValue(),
                triwulan.getValue() == null ? 0 : triwulan.getValue());
    }

    String namaBerkas() {
        return "rekap-provinsi-" + tahun.getValue() + "-TW" + triwulan.getValue() + ".xlsx";
    }
}
