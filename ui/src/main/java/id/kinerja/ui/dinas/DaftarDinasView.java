package id.kinerja.ui.dinas;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
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
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import id.kinerja.persetujuan.PelaporanDinas;
import id.kinerja.persetujuan.StatusPersetujuan;
import id.kinerja.tenant.Tenant;
import id.kinerja.tenant.TenantProvisioning;
import id.kinerja.tenant.TenantRegistry;
import id.kinerja.ui.beranda.BerandaDinasView;
import id.kinerja.ui.komponen.JudulHalaman;
import id.kinerja.ui.komponen.Konfirmasi;
import id.kinerja.ui.komponen.Masalah;
import id.kinerja.ui.komponen.Pesan;
import id.kinerja.ui.komponen.PilihanRekap;
import id.kinerja.ui.komponen.Teks;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The province's list of dinas: searched, sorted and paged in the database (a page is one registry query and one
 * query over the page's schemas for the chosen quarter's reporting state), so it stays fast at 2,000 dinas. Each
 * row can be suspended or reactivated, after a confirmation.
 */
@Route("dinas")
@PageTitle("Dinas · Kinerja")
@Menu(title = "Dinas", order = 1, icon = "vaadin:building")
@RolesAllowed("PROVINSI")
@Prototype
public class DaftarDinasView extends VerticalLayout {

    /** The columns the database can sort by, with the registry's property behind each. */
    private static final Map<String, String> URUTAN = Map.of("nama", "name", "jenis", "kind", "wilayah", "region",
            "status", "status", "migrasi", "migrationStatus");

    private final TenantRegistry registry;
    private final TenantProvisioning provisioning;
    private final PelaporanDinas pelaporan;

    final TextField cari = new TextField();
    final Select<Integer> tahun = new Select<>();
    final Select<Integer> triwulan = new Select<>();
    final Grid<Baris> grid = new Grid<>();
    private final Span jumlah = new Span();

    /** A dinas with its reporting state in the chosen quarter (null: not read — suspended or unavailable). */
    record Baris(Tenant tenant, @Nullable PelaporanDinas.Pelaporan pelaporan) {
    }

    public DaftarDinasView(TenantRegistry registry, TenantProvisioning provisioning, PelaporanDinas pelaporan) {
        this.registry = registry;
        this.provisioning = provisioning;
        this.pelaporan = pelaporan;
        setId("daftar-dinas");
        addClassName("halaman");
        setSizeFull();

        JudulHalaman judul = new JudulHalaman();
        judul.setJudul("Dinas", null);
        Button baru = new Button("Daftarkan dinas", VaadinIcon.PLUS.create(), e -> getUI().ifPresent(ui -> ui.navigate("dinas/baru")));
        baru.setId("daftarkan-dinas");
        baru.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button massal = new Button("Daftarkan massal", VaadinIcon.UPLOAD.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("dinas/baru/massal")));
        massal.setId("daftarkan-massal");
        judul.aksi(massal, baru);

        PilihanRekap.pasang(cari, "cari-dinas", tahun, "tahun", triwulan, "triwulan", () -> grid.getDataProvider().refreshAll());
        jumlah.addClassName("petunjuk");
        jumlah.setId("jumlah-dinas");
        HorizontalLayout alat = new HorizontalLayout(cari, tahun, triwulan, jumlah);
        alat.setAlignItems(Alignment.BASELINE);
        alat.addClassName("alat");

        susunGrid();
        add(judul, alat, grid);
        expand(grid);
    }

    private void susunGrid() {
        grid.setId("grid-dinas");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPageSize(50);
        grid.addComponentColumn(this::nama).setHeader("Nama").setKey("nama").setSortProperty("nama").setFlexGrow(4).setWidth("20rem").setResizable(true);
        grid.addColumn(b -> Teks.jenisDinas(b.tenant().kind())).setHeader("Jenis").setKey("jenis").setSortProperty("jenis")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(b -> b.tenant().region() == null ? "" : b.tenant().region()).setHeader("Wilayah").setKey("wilayah")
                .setSortProperty("wilayah").setWidth("10rem").setFlexGrow(1);
        grid.addComponentColumn(b -> lencana(b.tenant().isActive() ? "Aktif" : "Ditangguhkan",
                b.tenant().isActive() ? "success" : "contrast")).setHeader("Status").setKey("status").setSortProperty("status")
                .setWidth("7.5rem").setFlexGrow(0);
        grid.addComponentColumn(this::migrasi).setHeader("Migrasi").setKey("migrasi").setSortProperty("migrasi")
                .setWidth("7.5rem").setFlexGrow(0);
        grid.addComponentColumn(this::pelaporan).setHeader("Pelaporan").setKey("pelaporan").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::aksi).setHeader("").setKey("aksi").setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("nama"), SortDirection.ASCENDING)));
        grid.setItems(this::halaman, q -> {
            Page<Tenant> p = registry.halaman(cari.getValue(), Pageable.from(0, 1));
            jumlah.setText(p.getTotalSize() + " dinas");
            return (int) p.getTotalSize();
        });
        grid.setEmptyStateText("Tidak ada dinas yang cocok.");
    }

    /** One page: the registry's rows (sorted and filtered in the database), then their quarter in one query. */
    private Stream<Baris> halaman(Query<Baris, Void> q) {
        List<Sort.Order> urutan = q.getSortOrders().stream()
                .filter(o -> URUTAN.containsKey(o.getSorted()))
                .map(o -> o.getDirection() == SortDirection.ASCENDING ? Sort.Order.asc(URUTAN.get(o.getSorted()))
                        : Sort.Order.desc(URUTAN.get(o.getSorted())))
                .toList();
        Sort sort = Sort.of(Stream.concat(urutan.stream(), Stream.of(Sort.Order.asc("slug"))).toList());
        List<Tenant> isi = registry.halaman(cari.getValue(), Pageable.from(q.getPage(), q.getPageSize(), sort)).getContent();
        Map<Long, PelaporanDinas.Pelaporan> status = tahun.getValue() == null || triwulan.getValue() == null ? Map.of()
                : pelaporan.untuk(isi, tahun.getValue(), triwulan.getValue());
        return isi.stream().map(t -> new Baris(t, status.get(t.id())));
    }

    private Component nama(Baris b) {
        Tenant t = b.tenant();
        Div sel = new Div();
        sel.addClassName("sel-dinas");
        if (t.isActive() && t.isMigrated()) {
            RouterLink link = new RouterLink(t.name(), BerandaDinasView.class, new RouteParameters("slug", t.slug()));
            sel.add(link);
        } else {
            sel.add(new Span(t.name()));
        }
        Span slug = new Span(t.slug());
        slug.addClassName("slug");
        sel.add(slug);
        return sel;
    }

    private Component migrasi(Baris b) {
        Span s = lencana(b.tenant().isMigrated() ? "Mutakhir" : "Gagal", b.tenant().isMigrated() ? "" : "error");
        if (b.tenant().migrationError() != null) {
            s.setTitle(b.tenant().migrationError());
        }
        return s;
    }

    private Component pelaporan(Baris b) {
        PelaporanDinas.Pelaporan p = b.pelaporan();
        if (p == null) {
            return new Span("—");
        }
        if (p.status() == StatusPersetujuan.DRAF) {
            return p.diisi() ? lencana("Diisi (" + p.realisasi() + ")", "") : lencana("Belum diisi", "contrast");
        }
        return lencana(Teks.status(p.status()), Teks.warna(p.status()));
    }

    private Component aksi(Baris b) {
        Tenant t = b.tenant();
        Button tombol = new Button(t.isActive() ? "Tangguhkan" : "Aktifkan");
        tombol.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        if (t.isActive()) {
            tombol.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        tombol.setId("status-" + t.slug());
        tombol.addClickListener(e -> ubahStatus(t, !t.isActive()));
        return tombol;
    }

    /** Asks, then suspends ({@code aktif} false) or reactivates the dinas. */
    void ubahStatus(Tenant t, boolean aktif) {
        String judul = aktif ? "Aktifkan kembali " + t.name() + "?" : "Tangguhkan " + t.name() + "?";
        String teks = aktif ? "Dinas ini dapat dibuka lagi oleh anggotanya dan melalui API."
                : "Selama ditangguhkan, dinas ini tidak dapat dibuka oleh siapa pun (halaman dan API menjawab \"tidak ditemukan\"). "
                + "Datanya tetap tersimpan dan kembali saat diaktifkan.";
        Konfirmasi.tanya(judul, teks, aktif ? "Aktifkan" : "Tangguhkan", () -> simpanStatus(t, aktif));
    }

    void simpanStatus(Tenant t, boolean aktif) {
        try {
            AdminProvinsi.jalankan(() -> provisioning.ubahStatus(t.slug(), aktif));
        } catch (RuntimeException e) {
            Pesan.galat(Masalah.dari(e).orElseThrow(() -> e).getFirst().alasan());
            return;
        }
        Pesan.berhasil(t.name() + (aktif ? " diaktifkan kembali" : " ditangguhkan"));
        grid.getDataProvider().refreshAll();
    }

    private static Span lencana(String teks, String tema) {
        Span s = new Span(teks);
        s.getElement().getThemeList().add(("badge " + tema).strip());
        return s;
    }
}
