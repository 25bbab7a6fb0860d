package id.kinerja.bukti;

import java.io.IOException;

/**
 * Where the bytes of evidence files live, keyed by the dinas's id (never its schema name or server), so a dinas
 * keeps its files when its schema moves to another PostgreSQL server. The rows in the dinas's schema say which
 * files exist; this store only holds bytes. Today the one implementation is {@link PenyimpananBuktiLokal}: plain
 * files under {@code <data>/berkas/<dinas id>/}; an object store would be a second one.
 */
public interface PenyimpananBukti {

    /** Stores {@code isi} as {@code lokasi} of dinas {@code dinas}, whole or not at all. */
    void simpan(long dinas, String lokasi, byte[] isi) throws IOException;

    /** The bytes stored as {@code lokasi} of dinas {@code dinas}. */
    byte[] baca(long dinas, String lokasi) throws IOException;

    /** Removes {@code lokasi} of dinas {@code dinas} if it is there; an orphan file left behind is harmless. */
    void hapus(long dinas, String lokasi);
}
