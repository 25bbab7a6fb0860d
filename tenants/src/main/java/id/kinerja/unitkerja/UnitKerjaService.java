package id.kinerja.unitkerja;

import id.kinerja.common.ConflictException;
import id.kinerja.tenant.TenantScope;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;

import java.util.List;

/** The units of the current tenant. */
@Singleton
public class UnitKerjaService {

    private final UnitKerjaRepository units;

    UnitKerjaService(UnitKerjaRepository units) {
        this.units = units;
    }

    public List<UnitKerja> list() {
        requireTenant();
        return units.listOrderByKode();
    }

    public UnitKerja add(@Valid UnitKerjaBaru command) {
        requireTenant();
        if (units.existsByKode(command.kode().strip())) {
            throw new ConflictException("kode", "kode '" + command.kode().strip() + "' sudah dipakai unit kerja lain");
        }
        return units.save(new UnitKerja(null, command.kode().strip(), command.nama().strip(), null));
    }

    private static void requireTenant() {
        if (TenantScope.current().isEmpty()) {
            throw new IllegalStateException("Unit kerja belong to a tenant: call through TenantScope");
        }
    }
}
