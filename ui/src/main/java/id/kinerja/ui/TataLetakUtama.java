package id.kinerja.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import id.kinerja.pengguna.Pelaku;
import id.kinerja.tenant.Tenant;
import id.kinerja.tenant.TenantRegistry;
import id.kinerja.ui.komponen.PenjagaPerubahan;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.annotation.security.PermitAll;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The shell around every signed-in page: the side navigation that follows the role — the province's pages (from
 * {@code @Menu}) and, while a dinas is open, that dinas's pages (from {@link MenuDinas}, those the user's role
 * there allows) — a dinas picker for users with more than one dinas, and the user's name with "Keluar".
 */
@Layout
@PermitAll
@Prototype
public class TataLetakUtama extends AppLayout implements AfterNavigationObserver, RouterLayout {

    private final TenantRegistry registry;
    private final SideNav navProvinsi = new SideNav("Provinsi");
    private final SideNav navDinas = new SideNav();
    private final ComboBox<Tenant> pemilih = new ComboBox<>();
    private final Span pengguna = new Span();
    private String slugTerbuka;

    public TataLetakUtama(TenantRegistry registry) {
        this.registry = registry;
        setPrimarySection(Section.DRAWER);
        addClassName("tata-letak");

        Anchor merek = new Anchor("", "Kinerja");
        merek.addClassName("merek");
        Span sub = new Span("SAKIP perangkat daerah");
        sub.addClassName("merek-sub");
        navProvinsi.setId("nav-provinsi");
        navProvinsi.setCollapsible(true);
        navDinas.setId("nav-dinas");
        navDinas.setCollapsible(true);
        com.vaadin.flow.component.html.Div laci = new com.vaadin.flow.component.html.Div(merek, sub, navProvinsi, navDinas);
        laci.addClassName("laci");
        addToDrawer(new Scroller(laci));

        pemilih.setId("pemilih-dinas");
        pemilih.setPlaceholder("Buka dinas…");
        pemilih.setAriaLabel("Pilih dinas");
        pemilih.setItemLabelGenerator(Tenant::name);
        pemilih.setClearButtonVisible(false);
        pemilih.setWidth("22rem");
        pemilih.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && !e.getValue().slug().equals(slugTerbuka)) {
                UI.getCurrent().navigate(alamatDinasLain(e.getValue().slug()));
            }
        });
        pengguna.setId("nama-pengguna");
        pengguna.addClassName("nama-pengguna");
        Button keluar = new Button("Keluar", VaadinIcon.SIGN_OUT.create(), e -> {
            PenggunaSesi.keluarkan(VaadinServletRequest.getCurrent().getHttpServletRequest());
            UI.getCurrent().getPage().setLocation("/masuk");
        });
        keluar.setId("keluar");
        keluar.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout kanan = new HorizontalLayout(pemilih, new Icon(VaadinIcon.USER), pengguna, keluar);
        kanan.setAlignItems(FlexComponent.Alignment.CENTER);
        kanan.addClassName("kepala-kanan");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Navigasi");
        addToNavbar(toggle, kanan);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        PenjagaPerubahan.pasang(event.getUI());
        Pelaku p = Pelaku.current().orElse(null);
        if (p != null) {
            pengguna.setText(p.nama());
            siapkanPemilih(p);
        }
    }

    private void siapkanPemilih(Pelaku p) {
        if (p.provinsi()) {
            pemilih.setItems(query -> registry.halaman(query.getFilter().orElse(null),
                    Pageable.from(query.getPage(), query.getPageSize(), Sort.of(Sort.Order.asc("name")))).getContent().stream());
            pemilih.setVisible(true);
        } else {
            List<Tenant> milik = registry.dariId(p.peran().keySet());
            pemilih.setItems(milik);
            pemilih.setVisible(milik.size() > 1);
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Pelaku p = Pelaku.current().orElse(null);
        navProvinsi.removeAll();
        navProvinsi.setVisible(false);
        if (p != null && p.provinsi()) {
            for (MenuEntry m : MenuConfiguration.getMenuEntries()) {
                SideNavItem item = new SideNavItem(m.title(), m.path());
                if (m.icon() != null && !m.icon().isBlank()) {
                    item.setPrefixComponent(new Icon(m.icon().replaceFirst("^vaadin:", "")));
                }
                navProvinsi.addItem(item);
            }
            navProvinsi.setVisible(true);
        }
        Optional<DinasTerbuka> dinas = Optional.ofNullable(ComponentUtil.getData(event.getLocationChangeEvent().getUI(),
                DinasTerbuka.class)).filter(d -> d.slug().equals(slugDari(event.getLocation().getSegments())));
        navDinas.removeAll();
        navDinas.setVisible(dinas.isPresent());
        slugTerbuka = dinas.map(DinasTerbuka::slug).orElse(null);
        dinas.ifPresent(d -> {
            navDinas.setLabel(d.nama());
            for (Class<? extends Component> halaman : halamanDinas()) {
                MenuDinas m = halaman.getAnnotation(MenuDinas.class);
                if (d.boleh(m.izin())) {
                    SideNavItem item = new SideNavItem(m.judul(), halaman, new RouteParameters("slug", d.slug()));
                    item.setPrefixComponent(m.ikon().create());
                    item.setMatchNested(m.urutan() > 0); // Beranda (d/slug) would match every page of the dinas
                    navDinas.addItem(item);
                }
            }
            pemilih.setValue(d.tenant());
        });
        if (dinas.isEmpty()) {
            pemilih.clear();
        }
    }

    /** The pages of a dinas: every registered route with {@link MenuDinas}, in its order. */
    private static List<Class<? extends Component>> halamanDinas() {
        return RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .<Class<? extends Component>>map(r -> r.getNavigationTarget())
                .filter(c -> c.isAnnotationPresent(MenuDinas.class))
                .distinct()
                .sorted(Comparator.comparingInt(c -> c.getAnnotation(MenuDinas.class).urutan()))
                .toList();
    }

    /** The same page of another dinas (its first level: a period or year of this dinas means nothing there). */
    private String alamatDinasLain(String slug) {
        List<String> seg = UI.getCurrent().getActiveViewLocation().getSegments();
        return "d/" + slug + (slugTerbuka != null && seg.size() > 2 ? "/" + seg.get(2) : "");
    }

    private static String slugDari(List<String> segments) {
        return segments.size() > 1 && "d".equals(segments.get(0)) ? segments.get(1) : null;
    }
}
