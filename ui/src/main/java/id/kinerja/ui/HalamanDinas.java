package id.kinerja.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import id.kinerja.common.ForbiddenException;
import id.kinerja.common.NotFoundException;
import id.kinerja.tenant.TenantUnavailableException;
import id.kinerja.ui.komponen.JudulHalaman;

/**
 * A page of one dinas, at {@code d/:slug/…}. Before it is shown, the dinas of the address is opened for the
 * signed-in user with the permission its {@link MenuDinas} names (refused, unknown and unavailable dinas go to the
 * error page); then {@link #tampilkan} builds the content. The same instance may be shown for another dinas (the
 * picker keeps the page), so {@code tampilkan} starts from nothing each time.
 */
public abstract class HalamanDinas extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AksesDinas akses;
    protected final JudulHalaman judul = new JudulHalaman();
    protected DinasTerbuka dinas;

    protected HalamanDinas(AksesDinas akses) {
        this.akses = akses;
        setSizeFull();
        setPadding(true);
        addClassName("halaman");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        MenuDinas menu = getClass().getAnnotation(MenuDinas.class);
        String slug = event.getRouteParameters().get("slug").orElse("");
        try {
            dinas = akses.buka(slug, menu.izin());
        } catch (NotFoundException | ForbiddenException | TenantUnavailableException e) {
            event.rerouteToError(e, e.getMessage());
            return;
        }
        ComponentUtil.setData(UI.getCurrent(), DinasTerbuka.class, dinas);
        removeAll();
        judul.setJudul(menu.judul(), dinas.nama());
        add(judul);
        tampilkan(event);
    }

    /** Builds the page for {@link #dinas}; the address's other parameters are in {@code event}. */
    protected abstract void tampilkan(BeforeEnterEvent event);

    @Override
    public String getPageTitle() {
        MenuDinas menu = getClass().getAnnotation(MenuDinas.class);
        return menu.judul() + (dinas == null ? "" : " · " + dinas.nama()) + " · Kinerja";
    }
}
