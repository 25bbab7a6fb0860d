package id.kinerja.pendaftaran;

import id.kinerja.common.InvalidInputException;
import id.kinerja.pertukaran.Dokumen;
import id.kinerja.pertukaran.Ekspor;
import id.kinerja.pertukaran.Impor;
import id.kinerja.tenant.Tenant;
import id.kinerja.tenant.TenantBaru;
import id.kinerja.tenant.TenantNotFoundException;
import id.kinerja.tenant.TenantProvisioning;
import id.kinerja.tenant.TenantRef;
import id.kinerja.tenant.TenantRegistry;
import id.kinerja.tenant.TenantScope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;

/**
 * Onboarding a dinas in one unit: its schema and registry row, and its first content — the framework of a
 * template tenant (structure and indicators, no figures) or an exchange document. On any error nothing is
 * left behind: no schema, no registry row, no data.
 */
@Singleton
public class Pendaftaran {

    private final TenantProvisioning provisioning;
    private final TenantRegistry registry;
    private final TenantScope scope;
    private final Impor impor;
    private final Ekspor ekspor;

    Pendaftaran(TenantProvisioning provisioning, TenantRegistry registry, TenantScope scope, Impor impor, Ekspor ekspor) {
        this.provisioning = provisioning;
        this.registry = registry;
        this.scope = scope;
        this.impor = impor;
        this.ekspor = ekspor;
    }

    /** A new dinas with the framework of {@code template} (a tenant's slug). */
    public Tenant dariTemplate(@Valid TenantBaru identitas, String template) {
        TenantRef sumber;
        try {
            sumber = registry.serving(template);
        } catch (TenantNotFoundException e) {
            throw new InvalidInputException("template", "dinas '" + template + "' tidak ditemukan");
        }
        Dokumen kerangka = scope.call(sumber, ekspor::kerangka);
        return dariDokumen(identitas, kerangka);
    }

    /** A new dinas with the content of an exchange document ({@code null}: an empty one). */
    @Transactional
    public Tenant dariDokumen(@Valid TenantBaru identitas, @Nullable Dokumen dokumen) {
        Tenant tenant = provisioning.provision(identitas);
        if (dokumen != null) {
            scope.callForNewTenant(tenant.ref(), () -> impor.impor(dokumen, Impor.Mode.GANTI));
        }
        return tenant;
    }
}
