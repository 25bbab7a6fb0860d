package id.kinerja.renstra;

import id.kinerja.common.Pemeriksaan;

/** The rules of a period and of where a node may stand, in one place. */
public final class AturanRenstra {

    private AturanRenstra() {
    }

    /** A period does not end before it starts. */
    public static void periksa(PeriodeInput input, Pemeriksaan p) {
        if (input.tahunAkhir() != null && input.tahunAwal() != null && input.tahunAkhir() < input.tahunAwal()) {
            p.tambah("tahunAkhir", "tidak boleh sebelum tahun awal " + input.tahunAwal());
        }
    }

    /**
     * A tujuan stands at the root, every other level under the level above it; {@code induk} is the parent's level,
     * null for none.
     */
    public static void induk(Tingkat tingkat, Tingkat induk, Pemeriksaan p) {
        Tingkat seharusnya = tingkat.induk();
        if (seharusnya == null) {
            if (induk != null) {
                p.tambah("parentId", "tujuan berada di akar kerangka, tanpa induk");
            }
        } else if (induk == null) {
            p.tambah("parentId", tingkat.label().toLowerCase() + " harus berada di bawah " + seharusnya.label().toLowerCase());
        } else if (induk != seharusnya) {
            p.tambah("parentId", tingkat.label().toLowerCase() + " harus berada di bawah "
                    + seharusnya.label().toLowerCase() + ", bukan di bawah " + induk.label().toLowerCase());
        }
    }
}
