package id.kinerja.persetujuan;

/** Where a quarter stands: being filled in, submitted by an editor, verified by a reviewer, locked by the admin. */
public enum StatusPersetujuan {
    DRAF, DIAJUKAN, DIVERIFIKASI, DIKUNCI
}
