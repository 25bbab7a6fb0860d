package id.kinerja.ui.target;

import id.kinerja.indikator.Indikator;
import id.kinerja.renstra.Simpul;

import java.util.EnumMap;
import java.util.Map;

/** A row of the target grid: one indicator with a cell per column. */
final class BarisTarget {

    final int nomor;
    final Indikator indikator;
    final Simpul simpul;
    final Map<Kolom, Sel> sel = new EnumMap<>(Kolom.class);

    BarisTarget(int nomor, Indikator indikator, Simpul simpul) {
        this.nomor = nomor;
        this.indikator = indikator;
        this.simpul = simpul;
        for (Kolom k : Kolom.values()) {
            sel.put(k, new Sel(null, null));
        }
    }

    Sel sel(Kolom k) {
        return sel.get(k);
    }
}
