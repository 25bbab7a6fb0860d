package id.kinerja.ui.anggaran;

import id.kinerja.anggaran.Anggaran;
import id.kinerja.renstra.Simpul;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.util.List;

/**
 * A program, kegiatan or sub kegiatan with its budget lines of the year; {@code jumlah} is its own lines' sum, or
 * (when it has none) its children's, null when nothing below has a budget either.
 */
record BarisAnggaran(Simpul simpul, List<Anggaran> baris, @Nullable BigDecimal jumlah, boolean dariRincian,
                     List<String> sumberDana) {

    @Override
    public boolean equals(Object o) {
        return o instanceof BarisAnggaran b && b.simpul.id().equals(simpul.id());
    }

    @Override
    public int hashCode() {
        return simpul.id().hashCode();
    }
}
