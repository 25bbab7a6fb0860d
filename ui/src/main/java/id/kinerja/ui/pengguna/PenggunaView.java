package id.kinerja.ui.pengguna;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
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
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import id.kinerja.common.InvalidInputException;
import id.kinerja.pengguna.PenggunaService;
import id.kinerja.pengguna.Peran;
import id.kinerja.tenant.Tenant;
import id.kinerja.tenant.TenantRegistry;
import id.kinerja.ui.dinas.AdminProvinsi;
import id.kinerja.ui.komponen.Formulir;
import id.kinerja.ui.komponen.PenjagaPerubahan;
import id.kinerja.ui.komponen.JudulHalaman;
import id.kinerja.ui.komponen.Konfirmasi;
import id.kinerja.ui.komponen.Masalah;
import id.kinerja.ui.komponen.Pesan;
import id.kinerja.ui.komponen.Teks;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.annotation.security.RolesAllowed;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every user, for the provincial admin: searched and paged in the database, with their roles per dinas; a new user
 * with a first password (optionally a member of a dinas from the start), roles given and taken, a password reset.
 */
@Route("pengguna")
@PageTitle("Pengguna · Kinerja")
@Menu(title = "Pengguna", order = 2, icon = "vaadin:users")
@RolesAllowed("PROVINSI")
@Prototype
public class PenggunaView extends VerticalLayout {

    private final PenggunaService pengguna;
    private final TenantRegistry registry;

    final TextField cari = new TextField();
    final Grid<PenggunaService.InfoPeran> grid = new Grid<>();
    /** Names of the dinas on the page shown (one registry query per page). */
    private final Map<Long, String> namaDinas = new HashMap<>();

    public PenggunaView(PenggunaService pengguna, TenantRegistry registry) {
        this.pengguna = pengguna;
        this.registry = registry;
        setId("daftar-pengguna");
        addClassName("halaman");
        setSizeFull();

        JudulHalaman judul = new JudulHalaman();
        judul.setJudul("Pengguna", null);
        Button baru = new Button("Pengguna baru", VaadinIcon.PLUS.create(), e -> dialogBaru());
        baru.setId("pengguna-baru");
        baru.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        judul.aksi(baru);

        cari.setId("cari-pengguna");
        cari.setPlaceholder("Cari nama pengguna atau nama…");
        cari.setAriaLabel("Cari pengguna");
        cari.setPrefixComponent(VaadinIcon.SEARCH.create());
        cari.setClearButtonVisible(true);
        cari.setValueChangeMode(ValueChangeMode.LAZY);
        cari.setWidth("22rem");
        cari.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.setId("grid-pengguna");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(i -> i.info().username()).setHeader("Nama pengguna").setKey("username").setSortProperty("username")
                .setWidth("14rem").setFlexGrow(1);
        grid.addColumn(i -> i.info().nama()).setHeader("Nama").setKey("nama").setSortProperty("nama").setWidth("12rem").setFlexGrow(1);
        grid.addComponentColumn(this::peran).setHeader("Peran").setKey("peran").setFlexGrow(4);
        grid.addComponentColumn(this::aksi).setHeader("").setKey("aksi").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(this::halaman, q -> (int) pengguna.halaman(cari.getValue(), Pageable.from(0, 1)).getTotalSize());
        grid.setEmptyStateText("Tidak ada pengguna yang cocok.");
        add(judul, cari, grid);
        expand(grid);
    }

    private Stream<PenggunaService.InfoPeran> halaman(Query<PenggunaService.InfoPeran, Void> q) {
        List<Sort.Order> urutan = q.getSortOrders().stream()
                .map(o -> o.getDirection() == SortDirection.ASCENDING ? Sort.Order.asc(o.getSorted()) : Sort.Order.desc(o.getSorted()))
                .collect(Collectors.toList());
        urutan.add(Sort.Order.asc("username"));
        List<PenggunaService.InfoPeran> isi = AdminProvinsi.jalankan(() ->
                pengguna.halaman(cari.getValue(), Pageable.from(q.getPage(), q.getPageSize(), Sort.of(urutan))).getContent());
        List<Long> ids = isi.stream().flatMap(i -> i.peran().keySet().stream()).distinct().toList();
        registry.dariId(ids).forEach(t -> namaDinas.put(t.id(), t.name()));
        return isi.stream();
    }

    private Component peran(PenggunaService.InfoPeran i) {
        Div d = new Div();
        d.addClassName("daftar-peran");
        if (i.info().provinsi()) {
            d.add(lencana("Admin provinsi", ""));
        }
        i.peran().forEach((tenantId, p) -> d.add(new Span(Teks.peran(p) + " · " + namaDinas.getOrDefault(tenantId, "#" + tenantId))));
        if (!i.info().aktif()) {
            d.add(lencana("Nonaktif", "contrast"));
        }
        if (d.getComponentCount() == 0) {
            d.add(new Span("—"));
        }
        return d;
    }

    private Component aksi(PenggunaService.InfoPeran i) {
        Button peran = new Button("Peran", e -> dialogPeran(i));
        peran.setId("peran-" + i.info().username());
        Button sandi = new Button("Atur ulang sandi", e -> dialogSandi(i));
        sandi.setId("sandi-" + i.info().username());
        for (Button b : List.of(peran, sandi)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        return new HorizontalLayout(peran, sandi);
    }

    Dialog dialogSandi(PenggunaService.InfoPeran i) {
        return IsianPengguna.sandi(i.info().username(), s -> AdminProvinsi.jalankan(() -> {
            pengguna.aturSandi(null, i.info().id(), s);
            return true;
        }));
    }

    /** A new user: a first password, and optionally a role in one dinas from the start. */
    Dialog dialogBaru() {
        Dialog d = new Dialog();
        d.setId("dialog-pengguna-baru");
        d.setHeaderTitle("Pengguna baru");
        Formulir form = new Formulir();
        IsianPengguna.Baru isian = IsianPengguna.Baru.di(form);
        Checkbox provinsi = new Checkbox("Admin provinsi (mendaftarkan dinas dan mengelola semua pengguna)");
        provinsi.setId("baru-provinsi");
        ComboBox<Tenant> dinas = pilihDinas("baru-dinas");
        dinas.setHelperText("boleh dikosongkan");
        Select<Peran> peran = form.daftar("peran", IsianPengguna.peran("baru-peran"));
        FormLayout f = new FormLayout(isian.username(), isian.nama(), isian.sandi(), provinsi, dinas, peran, form.pesan());
        f.setColspan(provinsi, 2);
        f.setColspan(form.pesan(), 2);
        f.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        f.setWidth("40rem");
        d.add(f);
        Button simpan = new Button("Buat pengguna", e -> {
            Object hasil = form.jalankan(() -> AdminProvinsi.jalankan(() -> {
                if (dinas.getValue() == null) {
                    return pengguna.buat(isian.perintah(provinsi.getValue()));
                }
                if (peran.getValue() == null) {
                    throw new InvalidInputException("peran", "pilih peran di " + dinas.getValue().name());
                }
                return pengguna.buatAnggota(dinas.getValue().id(), isian.perintah(provinsi.getValue()), peran.getValue());
            }));
            if (hasil != null) {
                d.close();
                Pesan.berhasil("Pengguna " + isian.username().getValue().strip().toLowerCase(java.util.Locale.ROOT) + " dibuat");
                grid.getDataProvider().refreshAll();
            }
        });
        simpan.setId("simpan-pengguna");
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Runnable tutup = PenjagaPerubahan.jaga(d, isian.username(), isian.nama(), isian.sandi(), provinsi, dinas, peran);
        d.getFooter().add(new Button("Batal", e -> tutup.run()), simpan);
        d.open();
        return d;
    }

    /** The user's roles per dinas: give one (replacing the role there), take one away. */
    Dialog dialogPeran(PenggunaService.InfoPeran i) {
        Dialog d = new Dialog();
        d.setId("dialog-peran");
        d.setHeaderTitle("Peran " + i.info().username());
        Map<Long, Peran> milik = new TreeMap<>(i.peran());
        Div daftar = new Div();
        daftar.addClassName("daftar-peran-dialog");
        Runnable[] segarkan = new Runnable[1];
        segarkan[0] = () -> {
            daftar.removeAll();
            if (milik.isEmpty()) {
                daftar.add(new Span("Belum memegang peran di dinas mana pun."));
            }
            registry.dariId(milik.keySet()).forEach(t -> {
                Button cabut = new Button("Cabut", e -> Konfirmasi.tanya("Cabut peran?", i.info().username() + " tidak lagi menjadi "
                        + Teks.peran(milik.get(t.id())) + " di " + t.name() + ".", "Cabut", () -> {
                            try {
                                AdminProvinsi.jalankan(() -> pengguna.cabutPeran(t.id(), i.info().id()));
                            } catch (RuntimeException x) {
                                Pesan.galat(Masalah.dari(x).orElseThrow(() -> x).getFirst().alasan());
                                return;
                            }
                            milik.remove(t.id());
                            segarkan[0].run();
                            grid.getDataProvider().refreshAll();
                        }));
                cabut.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                HorizontalLayout baris = new HorizontalLayout(new Span(t.name()), lencana(Teks.peran(milik.get(t.id())), ""), cabut);
                baris.setAlignItems(Alignment.CENTER);
                daftar.add(baris);
            });
        };
        segarkan[0].run();
        Formulir form = new Formulir();
        ComboBox<Tenant> dinas = form.daftar("tenant", pilihDinas("peran-dinas"));
        Select<Peran> peran = form.daftar("peran", IsianPengguna.peran("peran-peran"));
        Button tetapkan = new Button("Tetapkan", e -> {
            PenggunaService.Anggota a = form.jalankan(() -> AdminProvinsi.jalankan(() -> {
                if (dinas.getValue() == null) {
                    throw new InvalidInputException("tenant", "pilih dinas");
                }
                return pengguna.tetapkanPeran(dinas.getValue().id(), i.info().username(), peran.getValue());
            }));
            if (a != null) {
                milik.put(dinas.getValue().id(), a.peran());
                segarkan[0].run();
                grid.getDataProvider().refreshAll();
            }
        });
        tetapkan.setId("tetapkan-peran");
        HorizontalLayout tambah = new HorizontalLayout(dinas, peran, tetapkan);
        tambah.setAlignItems(Alignment.BASELINE);
        VerticalLayout isi = new VerticalLayout(daftar, tambah, form.pesan());
        isi.setPadding(false);
        isi.setWidth("44rem");
        d.add(isi);
        d.getFooter().add(new Button("Tutup", e -> d.close()));
        d.open();
        return d;
    }

    private ComboBox<Tenant> pilihDinas(String id) {
        ComboBox<Tenant> c = new ComboBox<>("Dinas");
        c.setId(id);
        c.setPlaceholder("Cari dinas…");
        c.setItemLabelGenerator(Tenant::name);
        c.setItems(q -> registry.halaman(q.getFilter().orElse(null),
                Pageable.from(q.getPage(), q.getPageSize(), Sort.of(Sort.Order.asc("name")))).getContent().stream());
        c.setWidth("22rem");
        return c;
    }

    private static Span lencana(String teks, String tema) {
        Span s = new Span(teks);
        s.getElement().getThemeList().add(("badge " + tema).strip());
        return s;
    }
}
