package id.kinerja.pengguna;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.core.propagation.PropagatedContextElement;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;
import java.util.Optional;

/**
 * The signed-in user a piece of work runs for, with their roles by tenant id. Set by the entry points (API
 * gate, Vaadin session) in the propagated context.
 */
@Serdeable
public record Pelaku(long id, String username, String nama, boolean provinsi, Map<Long, Peran> peran)
        implements PropagatedContextElement {

    public static Optional<Pelaku> current() {
        return PropagatedContext.find().flatMap(c -> c.find(Pelaku.class));
    }

    @Nullable
    public Peran peranDi(long tenantId) {
        return peran.get(tenantId);
    }

    /** Whether this user may do what {@code izin} allows in the tenant with id {@code tenantId}. */
    public boolean boleh(Izin izin, long tenantId) {
        return izin.boleh(peranDi(tenantId), provinsi);
    }

    /** Whether this user has anything to do with that tenant (a role there, or the province over it). */
    public boolean mengenal(long tenantId) {
        return provinsi || peran.containsKey(tenantId);
    }
}
