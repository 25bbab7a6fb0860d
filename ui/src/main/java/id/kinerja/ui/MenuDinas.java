package id.kinerja.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import id.kinerja.pengguna.Izin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A page of one dinas ({@code d/:slug/…}, a {@link HalamanDinas}): it appears in that dinas's side navigation for
 * the users whose role there holds {@link #izin()}, and is refused to the others even when its address is typed.
 * A new page is one annotated view; the navigation follows (the way {@code @Menu} works for the pages without a dinas).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface MenuDinas {

    /** The label in the navigation and the page's title. */
    String judul();

    /** Position in the navigation, ascending. */
    int urutan();

    /** What the user's role in the dinas must allow to open the page. */
    Izin izin() default Izin.BACA;

    VaadinIcon ikon();
}
