package id.kinerja.pertukaran.dokumen;

import java.util.List;

/** A document refused whole, with every problem found. Nothing was written. */
public final class DokumenTidakValidException extends id.kinerja.common.DitolakException {

    private final List<Galat> galat;

    public DokumenTidakValidException(List<Galat> galat) {
        super(Jenis.TIDAK_DITERIMA, "Dokumen ditolak: " + galat.size() + " masalah" + (galat.isEmpty() ? "" : "; pertama: "
                + galat.getFirst().path() + ": " + galat.getFirst().alasan()));
        this.galat = List.copyOf(galat);
    }

    @Override
    public String judul() {
        return "Dokumen ditolak seluruhnya; tidak ada yang disimpan";
    }

    @Override
    public List<Butir> butir() {
        return galat.stream().map(g -> new Butir(g.path(), g.alasan())).toList();
    }

    public List<Galat> galat() {
        return galat;
    }
}
