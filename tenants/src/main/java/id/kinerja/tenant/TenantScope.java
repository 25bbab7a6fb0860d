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

    /**
     * Runs {@code work} for a tenant whose schema the open transaction has just created (onboarding), so that the
     * schema, its first data and the registry row commit together. Only allowed from no tenant; the transaction's
     * connection is put back on the empty sentinel schema afterwards.
     */
    public <T> T callForNewTenant(TenantRef tenant, Supplier<T> work) {
        if (current().isPresent()) {
            throw new IllegalStateException("Onboarding of '" + tenant.slug() + "' runs outside any tenant");
        }
        try (PropagatedContext.Scope ignored = PropagatedContext.getOrEmpty().plus(tenant).propagate()) {
            return work.get();
        } finally {
            if (transactions.findTransactionStatus().isPresent()) {
                try {
                    transactions.getConnection().setSchema(TenantSchemas.NONE);
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException("Could not reset the schema after onboarding " + tenant.slug(), e);
                }
            }
        }
    }

    public void run(TenantRef tenant, Runnable work) {
        call(tenant, () -> {
            work.run();
            return null;
        });
    }
}
