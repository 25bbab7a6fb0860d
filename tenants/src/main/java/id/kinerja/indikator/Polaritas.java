package id.kinerja.indikator;

/** Positive: higher realisation is better. Negative: lower is better. */
public enum Polaritas {
    POSITIF, NEGATIF
}
