package id.kinerja.target;

/**
 * Versions of a year's target, kept side by side. Capaian is measured against the agreed one: PK Perubahan
 * when there is one, else PK, else the latest plan (P-Renja, Renja, Renstra).
 */
public enum JenisTarget {
    RENSTRA, RENJA, P_RENJA, PK, PK_PERUBAHAN;

    /** Which target counts for capaian, most authoritative first. */
    public static final java.util.List<JenisTarget> ACUAN = java.util.List.of(PK_PERUBAHAN, PK, P_RENJA, RENJA, RENSTRA);
}
