package id.kinerja.persetujuan;

import id.kinerja.tenant.LintasSkema;
import id.kinerja.tenant.Tenant;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;

/**
 * Where dinas stand in a quarter, for the province: per dinas how many realisations were entered and the
 * quarter's approval state. A page of dinas is read in one statement over their schemas ({@link LintasSkema}), so
 * the province's list costs the same at 2,000 dinas as at 4; a suspended dinas or one whose migration failed is
 * left out.
 */
@Singleton
public class PelaporanDinas {

    private static final String SELECT = """
            (SELECT count(*) FROM {skema}.realisasi r WHERE r.tahun = ? AND r.triwulan = ?) AS realisasi,
            (SELECT p.status FROM {skema}.persetujuan p WHERE p.tahun = ? AND p.triwulan = ?) AS status""";

    private final LintasSkema lintas;

    PelaporanDinas(LintasSkema lintas) {
        this.lintas = lintas;
    }

    /** The state of {@code triwulan} of {@code tahun} for each active dinas of {@code dinas}, by tenant id. */
    public Map<Long, Pelaporan> untuk(List<Tenant> dinas, int tahun, int triwulan) {
        return lintas.baca(dinas, SELECT, List.of(tahun, triwulan, tahun, triwulan), rs -> {
            String status = rs.getString("status");
            return new Pelaporan(rs.getLong("realisasi"), status == null ? StatusPersetujuan.DRAF : StatusPersetujuan.valueOf(status));
        });
    }

    /** How many realisations the quarter has, and its approval state. */
    @Serdeable
    public record Pelaporan(long realisasi, StatusPersetujuan status) {

        /** Entered (some realisations, still a draft), submitted, verified, locked; or nothing yet. */
        public boolean diisi() {
            return realisasi > 0;
        }
    }
}
