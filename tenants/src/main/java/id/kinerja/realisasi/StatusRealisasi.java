package id.kinerja.realisasi;

/** A realisation is known, or not yet (waiting for BPS, recapitulated at the end of the period). */
public enum StatusRealisasi {
    TERSEDIA, BELUM_TERSEDIA
}
