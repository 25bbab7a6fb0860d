package id.kinerja.pengguna;

import java.util.Set;

/**
 * What an action needs. The one table of who may do what: every API route and UI action names one of these,
 * checked against the user's role in the dinas the data belongs to.
 */
public enum Izin {
    /** Read the dinas's data. */
    BACA(Set.of(Peran.ADMIN_DINAS, Peran.EDITOR, Peran.PEMERIKSA, Peran.PEMBACA), true),
    /** Change figures: targets, realisations, budgets, narratives, evidence; submit a quarter. */
    UBAH_DATA(Set.of(Peran.ADMIN_DINAS, Peran.EDITOR), false),
    /** Change the framework, the profile, the scale; import. */
    UBAH_KERANGKA(Set.of(Peran.ADMIN_DINAS), false),
    /** Verify a submitted quarter. */
    PERIKSA(Set.of(Peran.PEMERIKSA), false),
    /** Return a submitted or verified quarter to draft, with a reason. */
    KEMBALIKAN(Set.of(Peran.PEMERIKSA, Peran.ADMIN_DINAS), false),
    /** Lock and reopen a quarter; sign the Perjanjian Kinerja. */
    KUNCI(Set.of(Peran.ADMIN_DINAS), false),
    /** Read and export the audit log. */
    LIHAT_JEJAK(Set.of(Peran.ADMIN_DINAS, Peran.PEMERIKSA), false),
    /** Manage the users of the dinas. */
    KELOLA_ANGGOTA(Set.of(Peran.ADMIN_DINAS), true),
    /** Onboard and oversee dinas, manage all users: the provincial admin only. */
    ADMIN_PROVINSI(Set.of(), true),
    /** Anything a signed-in user may do about themselves (their profile, their tokens); no dinas involved. */
    MASUK(Set.of(Peran.values()), true);

    private final Set<Peran> peran;
    private final boolean provinsi;

    Izin(Set<Peran> peran, boolean provinsi) {
        this.peran = peran;
        this.provinsi = provinsi;
    }

    /** Whether a user with {@code peran} in the dinas (null: no role there) and {@code provinsi} may act. */
    public boolean boleh(Peran peran, boolean provinsi) {
        return provinsi && this.provinsi || peran != null && this.peran.contains(peran);
    }

    public Set<Peran> peran() {
        return peran;
    }

    /** Whether the provincial admin holds this permission in every dinas. */
    public boolean provinsi() {
        return provinsi;
    }
}
