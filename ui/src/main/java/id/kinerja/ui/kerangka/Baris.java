package id.kinerja.ui.kerangka;

import id.kinerja.indikator.Indikator;
import id.kinerja.renstra.Simpul;
import io.micronaut.core.annotation.Nullable;

/**
 * One row of the framework tree: a node, or an indicator under its node. Two rows are the same row when they show
 * the same node or indicator (whatever its version), so the tree keeps what was open and selected across reloads.
 */
public record Baris(@Nullable Simpul simpul, @Nullable Indikator indikator) {

    static Baris dari(Simpul s) {
        return new Baris(s, null);
    }

    static Baris dari(Indikator i) {
        return new Baris(null, i);
    }

    public boolean isSimpul() {
        return simpul != null;
    }

    public String kode() {
        return simpul != null ? simpul.kode() : indikator.kode();
    }

    public String nama() {
        return simpul != null ? simpul.nama() : indikator.nama();
    }

    /** The level's name, or "IKU"/"Indikator". */
    public String jenis() {
        if (simpul != null) {
            return simpul.tingkat().label();
        }
        return indikator.iku() ? "IKU" : "Indikator";
    }

    String kunci() {
        return (simpul != null ? "S" + simpul.id() : "I" + indikator.id());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Baris b && b.kunci().equals(kunci());
    }

    @Override
    public int hashCode() {
        return kunci().hashCode();
    }
}
