package id.kinerja.persetujuan;

import id.kinerja.tenant.LintasSkema;
import id.kinerja.tenant.Tenant;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

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

    /**
     * The recap adds the tree the quarter was submitted (DIAJUKAN, DIVERIFIKASI: provisional) or locked (DIKUNCI:
     * final) with: the capaian counts over every level of its summary and the budget's absorption. A draft quarter has
     * no such figures (null), nor one submitted before submitting kept its tree.
     */
    private static final String REKAP = """
            (SELECT count(*) FROM {skema}.realisasi r WHERE r.tahun = ? AND r.triwulan = ?) AS realisasi,
            p.status,
            k.snapshot IS NOT NULL AS terkunci,
            (SELECT sum((e.value->>'mencapai')::int) FROM jsonb_each(k.snapshot->'ringkasan') e) AS mencapai,
            (SELECT sum((e.value->>'belumMencapai')::int) FROM jsonb_each(k.snapshot->'ringkasan') e) AS belum_mencapai,
            (SELECT sum((e.value->>'tidakTerukur')::int) FROM jsonb_each(k.snapshot->'ringkasan') e) AS tidak_terukur,
            (k.snapshot->'anggaran'->>'anggaran')::numeric AS anggaran,
            (k.snapshot->'anggaran'->>'realisasi')::numeric AS realisasi_anggaran,
            (k.snapshot->'anggaran'->>'penyerapan')::numeric AS penyerapan
            FROM (SELECT 1) AS satu
            LEFT JOIN {skema}.persetujuan p ON p.tahun = ? AND p.triwulan = ?
            LEFT JOIN LATERAL (SELECT p.snapshot WHERE p.status <> 'DRAF' AND p.snapshot IS NOT NULL) k ON true""";

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

    /**
     * The province's recap of {@code triwulan} of {@code tahun} for each active dinas of {@code dinas}, by tenant id:
     * one statement over the page's schemas, like {@link #untuk}.
     */
    public Map<Long, Rekap> rekap(List<Tenant> dinas, int tahun, int triwulan) {
        return lintas.baca(dinas, REKAP, List.of(tahun, triwulan, tahun, triwulan), rs -> {
            String status = rs.getString("status");
            boolean terkunci = rs.getBoolean("terkunci");
            return new Rekap(rs.getLong("realisasi"), status == null ? StatusPersetujuan.DRAF : StatusPersetujuan.valueOf(status),
                    terkunci ? bilangan(rs, "mencapai") : null, terkunci ? bilangan(rs, "belum_mencapai") : null,
                    terkunci ? bilangan(rs, "tidak_terukur") : null, rs.getBigDecimal("anggaran"),
                    rs.getBigDecimal("realisasi_anggaran"), rs.getBigDecimal("penyerapan"));
        });
    }

    private static int bilangan(ResultSet rs, String kolom) throws SQLException {
        return rs.getInt(kolom);
    }

    /**
     * A dinas's quarter for the province's recap: realisations entered, approval state and, once submitted, the counts
     * of indicators reaching 100 % or more, below 100 % and not measurable, and the budget with its absorption
     * (percent) — final when locked, provisional ({@link #sementara()}) while under review.
     */
    @Serdeable
    public record Rekap(long realisasi, StatusPersetujuan status, @Nullable Integer mencapai, @Nullable Integer belumMencapai,
                        @Nullable Integer tidakTerukur, @Nullable BigDecimal anggaran, @Nullable BigDecimal realisasiAnggaran,
                        @Nullable BigDecimal penyerapan) {

        public Pelaporan pelaporan() {
            return new Pelaporan(realisasi, status);
        }

        /** Figures of a quarter under review: exact as submitted, but not final until the quarter is locked. */
        public boolean sementara() {
            return mencapai != null && status != StatusPersetujuan.DIKUNCI;
        }
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
