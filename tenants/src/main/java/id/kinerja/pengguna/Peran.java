package id.kinerja.pengguna;

/** A user's role in one dinas. */
public enum Peran {
    /** Framework, profile, users of the dinas; everything an editor does; locks periods and signs the PK. */
    ADMIN_DINAS,
    /** Targets, realisations, budgets, evidence, narratives; submits a quarter. */
    EDITOR,
    /** Reads and verifies (e.g. the Inspektorat); returns a quarter; reads the audit log. */
    PEMERIKSA,
    /** Reads. */
    PEMBACA
}
