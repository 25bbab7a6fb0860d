package id.kinerja.tenant;

import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one place that sets and reads the current tenant. Entry points (the API filter, the Vaadin session,
 * jobs and reports) call {@link #call}; repositories find the tenant's schema through {@link #current()}.
 */
@Singleton
public final class TenantScope {

    private final TransactionOperations<Connection> transactions;

    TenantScope(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /** The tenant the current work runs for, if any. */
    public static Optional<TenantRef> current() {
        return PropagatedContext.find().flatMap(context -> context.find(TenantRef.class));
    }

    /**
     * Runs {@code work} for {@code tenant}. Changing tenant while a transaction is open is refused: the
     * transaction's connection would otherwise carry writes of one tenant into the other's schema.
     */
    public <T> T call(TenantRef tenant, Supplier<T> work) {
        Optional<TenantRef> current = current();
        if (current.map(tenant::equals).orElse(false)) {
            return work.get();
        }
        if (transactions.findTransactionStatus().isPresent()) {
            throw new IllegalStateException("Cannot switch to tenant '" + tenant.slug() + "' inside an open transaction"
                    + current.map(t -> " of tenant '" + t.slug() + "'").orElse(""));
        }
        try (PropagatedContext.Scope ignored = PropagatedContext.getOrEmpty().plus(tenant).propagate()) {
            return work.get();
        }
    }

    public void run(TenantRef tenant, Runnable work) {
        call(tenant, () -> {
            work.run();
            return null;
        });
    }
}
