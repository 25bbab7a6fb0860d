package id.kinerja.tenant;

import io.micronaut.core.propagation.ThreadPropagatedContextElement;
import org.slf4j.MDC;

/**
 * The tenant a piece of work runs for. It travels in Micronaut's propagated context and nowhere else;
 * {@link TenantScope} puts it there, {@link TenantSchemaResolver} reads it. While it is in the context of a thread,
 * the log's MDC carries its slug ({@code dinas}); the previous value comes back when the context closes.
 */
public record TenantRef(long id, String slug, String schema, String locator) implements ThreadPropagatedContextElement<String> {

    /** The MDC key of the current dinas's slug in every log line of its work. */
    public static final String MDC_DINAS = "dinas";

    @Override
    public String updateThreadContext() {
        String sebelumnya = MDC.get(MDC_DINAS);
        MDC.put(MDC_DINAS, slug);
        return sebelumnya;
    }

    @Override
    public void restoreThreadContext(String sebelumnya) {
        if (sebelumnya == null) {
            MDC.remove(MDC_DINAS);
        } else {
            MDC.put(MDC_DINAS, sebelumnya);
        }
    }
}
