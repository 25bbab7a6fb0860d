package id.kinerja.persetujuan;

import id.kinerja.pengguna.Izin;

import java.util.Set;

/**
 * The steps of a quarter's approval, each with the states it starts from, the state it leads to, whether it needs a
 * reason, and what the user's role must allow. The one place of these rules: {@link AlurPersetujuan} checks them,
 * the UI offers a step only where they let it.
 */
public enum AksiPersetujuan {
    AJUKAN("Ajukan", Set.of(StatusPersetujuan.DRAF), StatusPersetujuan.DIAJUKAN, false, Izin.UBAH_DATA),
    VERIFIKASI("Verifikasi", Set.of(StatusPersetujuan.DIAJUKAN), StatusPersetujuan.DIVERIFIKASI, false, Izin.PERIKSA),
    KUNCI("Kunci", Set.of(StatusPersetujuan.DIVERIFIKASI), StatusPersetujuan.DIKUNCI, false, Izin.KUNCI),
    KEMBALIKAN("Kembalikan", Set.of(StatusPersetujuan.DIAJUKAN, StatusPersetujuan.DIVERIFIKASI), StatusPersetujuan.DRAF, true,
            Izin.KEMBALIKAN),
    BUKA("Buka kunci", Set.of(StatusPersetujuan.DIKUNCI), StatusPersetujuan.DRAF, true, Izin.KUNCI);

    private final String label;
    private final Set<StatusPersetujuan> dari;
    private final StatusPersetujuan ke;
    private final boolean perluAlasan;
    private final Izin izin;

    AksiPersetujuan(String label, Set<StatusPersetujuan> dari, StatusPersetujuan ke, boolean perluAlasan, Izin izin) {
        this.label = label;
        this.dari = dari;
        this.ke = ke;
        this.perluAlasan = perluAlasan;
        this.izin = izin;
    }

    public String label() {
        return label;
    }

    public Set<StatusPersetujuan> dari() {
        return dari;
    }

    public StatusPersetujuan ke() {
        return ke;
    }

    public boolean perluAlasan() {
        return perluAlasan;
    }

    public Izin izin() {
        return izin;
    }

    /** Whether this step can start from {@code status}. */
    public boolean berlakuDari(StatusPersetujuan status) {
        return dari.contains(status);
    }
}
