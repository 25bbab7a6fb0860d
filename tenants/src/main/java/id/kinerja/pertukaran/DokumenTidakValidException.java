package id.kinerja.pertukaran;

import java.util.List;

/** A document refused whole, with every problem found. Nothing was written. */
public final class DokumenTidakValidException extends RuntimeException {

    private final List<Galat> galat;

    public DokumenTidakValidException(List<Galat> galat) {
        super("Dokumen ditolak: " + galat.size() + " masalah" + (galat.isEmpty() ? "" : "; pertama: "
                + galat.getFirst().path() + ": " + galat.getFirst().alasan()));
        this.galat = List.copyOf(galat);
    }

    public List<Galat> galat() {
        return galat;
    }
}
