package id.kinerja.ui.jejak;

import id.kinerja.jejak.Jejak;
import id.kinerja.ui.komponen.Angka;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** One row of the audit log in one line: what changed from what to what ({@code nilai: 10 → 12,5}). */
final class RingkasJejak {

    /** Columns that say nothing the row does not already show (its id, who, when). */
    private static final Set<String> LATAR = Set.of("id", "dibuat_pada", "diubah_pada", "diubah_oleh");
    static final int PANJANG = 200;

    private RingkasJejak() {
    }

    static String perubahan(Jejak j) {
        Map<String, Object> lama = j.lama() == null ? Map.of() : j.lama();
        Map<String, Object> baru = j.baru() == null ? Map.of() : j.baru();
        Set<String> kolom = new TreeSet<>();
        kolom.addAll(lama.keySet());
        kolom.addAll(baru.keySet());
        List<String> bagian = new ArrayList<>();
        for (String k : kolom) {
            if (LATAR.contains(k)) {
                continue;
            }
            Object l = lama.get(k);
            Object b = baru.get(k);
            if ("UPDATE".equals(j.aksi())) {
                bagian.add(k + ": " + nilai(l) + " → " + nilai(b));
            } else if (b != null || l != null) {
                bagian.add(k + ": " + nilai(b != null ? b : l));
            }
        }
        String teks = String.join("; ", bagian);
        return teks.length() > PANJANG ? teks.substring(0, PANJANG - 1) + "…" : teks;
    }

    /**
     * A value as the dinas reads it: fractions the Indonesian way with every digit kept; whole numbers (ids, years)
     * as they are; nothing as a dash.
     */
    static String nilai(Object v) {
        if (v == null) {
            return "—";
        }
        if (v instanceof BigDecimal d) {
            return Angka.tulisPenuh(d);
        }
        return v.toString();
    }
}
