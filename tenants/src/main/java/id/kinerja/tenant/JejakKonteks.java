package id.kinerja.tenant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.core.propagation.ThreadPropagatedContextElement;
import org.slf4j.MDC;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who is working and why, for the audit log. It travels in the propagated context like the tenant; the
 * database triggers read it (see {@link AuditingSchemaHandler}) for every row they record. While it is in the
 * context of a thread, the log's MDC carries the user ({@code pengguna}; none for system work) and the previous
 * value comes back when that context closes.
 *
 * @param pengguna the username (null for system work such as start-up)
 * @param alasan   the reason given for this change, if any
 * @param ringkas  bulk work that records one summary row itself instead of one row per change
 */
public record JejakKonteks(@Nullable String pengguna, @Nullable String alasan, boolean ringkas)
        implements ThreadPropagatedContextElement<String> {

    /** The MDC key of the user in every log line of their work. */
    public static final String MDC_PENGGUNA = "pengguna";

    /** No user, no reason, a row per change: the context of work nobody started (start-up, jobs). */
    public static final JejakKonteks KOSONG = new JejakKonteks(null, null, false);

    public static Optional<JejakKonteks> current() {
        return PropagatedContext.find().flatMap(c -> c.find(JejakKonteks.class));
    }

    /** The current context, or {@link #KOSONG}. */
    public static JejakKonteks sekarang() {
        return current().orElse(KOSONG);
    }

    /** Runs {@code work} with {@code alasan} recorded on every audit row it causes. */
    public static <T> T denganAlasan(String alasan, Supplier<T> work) {
        JejakKonteks now = sekarang();
        return dengan(new JejakKonteks(now.pengguna(), alasan, now.ringkas()), work);
    }

    /** Runs bulk {@code work} without one audit row per change (it records its own summary). */
    public static <T> T ringkas(Supplier<T> work) {
        JejakKonteks now = sekarang();
        return dengan(new JejakKonteks(now.pengguna(), now.alasan(), true), work);
    }

    private static <T> T dengan(JejakKonteks konteks, Supplier<T> work) {
        try (PropagatedContext.Scope ignored = PropagatedContext.getOrEmpty().plus(konteks).propagate()) {
            return work.get();
        }
    }

    @Override
    public String updateThreadContext() {
        String sebelumnya = MDC.get(MDC_PENGGUNA);
        taruh(pengguna);
        return sebelumnya;
    }

    @Override
    public void restoreThreadContext(String sebelumnya) {
        taruh(sebelumnya);
    }

    private static void taruh(@Nullable String nilai) {
        if (nilai == null) {
            MDC.remove(MDC_PENGGUNA);
        } else {
            MDC.put(MDC_PENGGUNA, nilai);
        }
    }
}
