package id.kinerja.common;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The one place that walks an exception's causes: frameworks wrap the failure that matters (a trigger's rule, a
 * parser's position, a unique violation) in two to five layers of their own, and every caller looks through them
 * the same way — outermost first, and never forever when a cause points back at itself.
 */
public final class Sebab {

    private Sebab() {
    }

    /** {@code e} and its causes, outermost first; a cycle ends the chain. */
    public static List<Throwable> rantai(Throwable e) {
        List<Throwable> rantai = new ArrayList<>();
        Set<Throwable> dilihat = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = e; t != null && dilihat.add(t); t = t.getCause()) {
            rantai.add(t);
        }
        return rantai;
    }

    /** The outermost of {@code e} and its causes that matches. */
    public static Optional<Throwable> pertama(Throwable e, Predicate<Throwable> cocok) {
        return rantai(e).stream().filter(cocok).findFirst();
    }

    /** The outermost of {@code e} and its causes of the given kind. */
    public static <T extends Throwable> Optional<T> pertama(Throwable e, Class<T> jenis) {
        return rantai(e).stream().filter(jenis::isInstance).map(jenis::cast).findFirst();
    }

    /** The innermost of {@code e} and its causes of the given kind. */
    public static <T extends Throwable> Optional<T> terdalam(Throwable e, Class<T> jenis) {
        return rantai(e).reversed().stream().filter(jenis::isInstance).map(jenis::cast).findFirst();
    }

    /** The message of the innermost cause, or its class name when it has none. */
    public static String pesanAkar(Throwable e) {
        Throwable akar = rantai(e).getLast();
        return akar.getMessage() == null ? akar.getClass().getSimpleName() : akar.getMessage();
    }

    /** The database's own words where there are some (the outermost {@link SQLException}), else {@code e}'s. */
    public static String pesanBasisData(Throwable e) {
        return pertama(e, SQLException.class).map(Throwable::getMessage)
                .orElse(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
}
