package id.kinerja.persetujuan;

import id.kinerja.realisasi.RealisasiService;
import id.kinerja.tenant.Tenant;
import id.kinerja.tenant.TenantScope;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where dinas stand in a quarter, for the province: per dinas whether realisations were entered and the
 * quarter's approval state. Each dinas is read in its own schema, so a page of 50 dinas costs 50 small reads;
 * a suspended dinas or one whose migration failed is left out.
 */
@Singleton
public class PelaporanDinas {

    private final TenantScope scope;
    private final AlurPersetujuan persetujuan;
    private final RealisasiService realisasi;

    PelaporanDinas(TenantScope scope, AlurPersetujuan persetujuan, RealisasiService realisasi) {
        this.scope = scope;
        this.persetujuan = persetujuan;
        this.realisasi = realisasi;
    }

    /** The state of {@code triwulan} of {@code tahun} for each active dinas of {@code dinas}, by tenant id. */
    public Map<Long, Pelaporan> untuk(List<Tenant> dinas, int tahun, int triwulan) {
        Map<Long, Pelaporan> hasil = new LinkedHashMap<>();
        for (Tenant t : dinas) {
            if (t.isActive() && t.isMigrated()) {
                hasil.put(t.id(), scope.call(t.ref(), () -> new Pelaporan(realisasi.jumlah(tahun, triwulan),
                        persetujuan.status(tahun).get(triwulan - 1).status())));
            }
        }
        return hasil;
    }

    /** How many realisations the quarter has, and its approval state. */
    @Serdeable
    public record Pelaporan(long realisasi, StatusPersetujuan status) {
    }
}
