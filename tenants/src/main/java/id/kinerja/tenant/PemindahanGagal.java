package id.kinerja.tenant;

import id.kinerja.common.DitolakException;
import id.kinerja.common.Sebab;

import java.sql.SQLException;
import java.util.List;

/**
 * A move of a dinas that failed and was undone ({@link PemindahanDinas}): the dinas is active where it was. The API
 * answers 409 when something on the target server stands in the way (a schema of that name is already there: only an
 * operator can judge it), else 503: a server that does not answer or drops the connection mid-copy, a table held too
 * long by other work — trying again later may succeed.
 */
public final class PemindahanGagal extends DitolakException {

    private static final String DUPLICATE_SCHEMA = "42P06";
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final String alasan;

    private PemindahanGagal(Jenis jenis, String slug, String asal, String tujuan, String alasan, Throwable sebab) {
        super(jenis, "Dinas '" + slug + "' gagal dipindahkan ke server basis data '" + tujuan + "': " + alasan
                + ". Dinas tetap dilayani dari server '" + asal + "'.");
        this.alasan = alasan;
        initCause(sebab);
    }

    /** The target server did not answer before anything began. */
    static PemindahanGagal tujuanTidakMenjawab(Tenant t, String tujuan, Throwable sebab) {
        return new PemindahanGagal(Jenis.TIDAK_TERSEDIA, t.slug(), t.locator(), tujuan, "server tujuan '" + tujuan
                + "' tidak dapat dihubungi (" + Migrations.message(sebab) + "); coba lagi setelah server itu menjawab", sebab);
    }

    /** The move of {@code t} to {@code tujuan} failed with {@code e} and was undone: why, in the words of its kind. */
    static PemindahanGagal dari(Tenant t, String tujuan, Throwable e) {
        String keadaan = Sebab.pertama(e, SQLException.class).map(SQLException::getSQLState).orElse("");
        String pesan = Migrations.message(e);
        if (DUPLICATE_SCHEMA.equals(keadaan)) {
            return new PemindahanGagal(Jenis.BENTROK, t.slug(), t.locator(), tujuan, "server '" + tujuan
                    + "' sudah memiliki skema " + t.schemaName() + " (sisa pemindahan yang terhenti, atau dibuat di luar"
                    + " Kinerja); administrator perlu memeriksa dan menghapusnya sebelum dinas dipindahkan ke sana", e);
        }
        if (LOCK_NOT_AVAILABLE.equals(keadaan)) {
            return new PemindahanGagal(Jenis.TIDAK_TERSEDIA, t.slug(), t.locator(), tujuan, "tabel dinas ini masih dipakai"
                    + " pekerjaan lain melewati batas tunggu (" + pesan + "); coba lagi beberapa saat lagi", e);
        }
        if (keadaan.startsWith("08") || keadaan.startsWith("57P0") || "Connection is closed".equals(pesan)
                || Sebab.pertama(e, java.sql.SQLTransientConnectionException.class).isPresent()) {
            return new PemindahanGagal(Jenis.TIDAK_TERSEDIA, t.slug(), t.locator(), tujuan, "koneksi ke server basis data"
                    + " (asal '" + t.locator() + "' atau tujuan '" + tujuan + "') terputus atau tidak dapat dibuat di tengah"
                    + " penyalinan (" + pesan + "); coba lagi setelah kedua server menjawab", e);
        }
        return new PemindahanGagal(Jenis.TIDAK_TERSEDIA, t.slug(), t.locator(), tujuan, "penyalinan gagal (" + pesan
                + "); penyebabnya dicatat di log", e);
    }

    @Override
    public List<Butir> butir() {
        return List.of(new Butir("server", alasan));
    }

    /** The reason alone, without the dinas and servers around it. */
    public String alasan() {
        return alasan;
    }
}
