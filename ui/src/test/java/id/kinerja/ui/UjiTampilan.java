package id.kinerja.ui;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.internal.Routes;
import com.vaadin.browserless.mocks.MockRequest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import id.kinerja.pengguna.Identitas;
import id.kinerja.pengguna.Pelaku;
import id.kinerja.pengguna.PenggunaBaru;
import id.kinerja.pengguna.PenggunaService;
import id.kinerja.pengguna.Peran;
import id.kinerja.tenant.TenantRef;
import id.kinerja.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.propagation.PropagatedContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

import java.util.Set;
import java.util.stream.Stream;

/**
 * Browserless tests of views: Vaadin without a browser, with the real routes, layouts, error pages, access rules
 * and Micronaut instantiator of the application, on the real services and a fresh real PostgreSQL database per
 * test class. {@link #masukSebagai} signs a user in the way the session filter does in the running server.
 */
public abstract class UjiTampilan extends BrowserlessTest {

    static ApplicationContext context;
    private PropagatedContext.Scope scope;

    @BeforeAll
    static void mulaiAplikasi() {
        context = ApplicationContext.run(TestDatabase.freshDatabase());
    }

    @AfterAll
    static void tutupAplikasi() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    @AfterEach
    void keluar() {
        if (scope != null) {
            scope.close();
            scope = null;
        }
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    protected Routes discoverRoutes() {
        VaadinInitializer.Rute rute = VaadinInitializer.rute(context);
        return new Routes(rute.halaman(), (Set) rute.galat(), (Set<Class<? extends RouterLayout>>) (Set) rute.tataLetak(), true);
    }

    @Override
    protected Set<Class<?>> lookupServices() {
        return Set.of(UjiInstantiator.class);
    }

    protected static <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** A new user (password {@code sandi-<username>}) with these roles. */
    protected static Pelaku pengguna(String username, boolean provinsi, TenantRef dinas, Peran peran) {
        PenggunaService layanan = bean(PenggunaService.class);
        layanan.buat(new PenggunaBaru(username, "Ibu " + username, "sandi-" + username + "-123", provinsi));
        if (dinas != null) {
            layanan.tetapkanPeran(dinas.id(), username, peran);
        }
        return segarkan(username);
    }

    /** The user as signed in now (with their current roles). */
    protected static Pelaku segarkan(String username) {
        long id = bean(PenggunaService.class).semua().stream().filter(i -> i.username().equals(username)).findFirst()
                .orElseThrow().id();
        return bean(Identitas.class).pelaku(id).orElseThrow();
    }

    /** From now on the browser is signed in as {@code p}: principal and roles of the request, the user of every service call. */
    protected void masukSebagai(Pelaku p) {
        keluar();
        scope = PenggunaSesi.sebagai(p);
        jakarta.servlet.ServletRequest r = (VaadinServletRequest) VaadinRequest.getCurrent();
        while (!(r instanceof MockRequest) && r instanceof jakarta.servlet.ServletRequestWrapper w) {
            r = w.getRequest();
        }
        MockRequest request = (MockRequest) r;
        request.setUserPrincipalInt(p::username);
        request.roleChecker((principal, role) -> PenggunaSesi.punyaPeran(p, role));
    }

    /** The view now shown. */
    protected Component tampilan() {
        return (Component) getCurrentView();
    }

    /** A component by id anywhere in the UI, visible or not. */
    protected static <T extends Component> T cari(Class<T> type, String id) {
        return semua(UI.getCurrent(), type).filter(c -> id.equals(c.getId().orElse(null))).findFirst()
                .orElseThrow(() -> new AssertionError("Tidak ada " + type.getSimpleName() + " #" + id));
    }

    /** Every component of a type under {@code root}, visible or not. */
    protected static <T extends Component> java.util.stream.Stream<T> semua(Component root, Class<T> type) {
        return java.util.stream.Stream.concat(Stream.of(root), root.getChildren().flatMap(c -> semua(c, Component.class)))
                .filter(type::isInstance).map(type::cast);
    }

    /** All text a component shows. */
    protected static String teks(Component c) {
        return c.getElement().getTextRecursively();
    }

    protected String alamat() {
        return UI.getCurrent().getActiveViewLocation().getPath();
    }
}
