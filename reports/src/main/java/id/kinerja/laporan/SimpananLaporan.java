package id.kinerja.laporan;

import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The printed files of locked quarters, kept in memory and served again. A file is kept under a key holding all it
 * was made from that can change: the dinas (schema and name), the request, the version of the dinas's data (the
 * audit log's count, which grows with every committed write, so a key is never seen again once anything changed)
 * and the day (the signature carries the date). A kept file therefore can never be stale; old keys simply stop being
 * asked for and leave as the least recently used, within {@link #BATAS_BYTE} bytes in all.
 */
@Singleton
final class SimpananLaporan {

    static final long BATAS_BYTE = 64L * 1024 * 1024;

    record Kunci(String schema, String nama, Permintaan permintaan, long jumlahJejak, long jejakTerakhir, java.time.LocalDate hari) {
    }

    private final LinkedHashMap<Kunci, Berkas> isi = new LinkedHashMap<>(16, 0.75f, true);
    private long ukuran;

    synchronized Berkas ambil(Kunci k) {
        return isi.get(k);
    }

    synchronized void simpan(Kunci k, Berkas b) {
        if (b.isi().length > BATAS_BYTE / 4) {
            return;
        }
        Berkas lama = isi.put(k, b);
        ukuran += b.isi().length - (lama == null ? 0 : lama.isi().length);
        var it = isi.entrySet().iterator();
        while (ukuran > BATAS_BYTE && it.hasNext()) {
            Map.Entry<Kunci, Berkas> e = it.next();
            ukuran -= e.getValue().isi().length;
            it.remove();
        }
    }

    synchronized int jumlah() {
        return isi.size();
    }
}
