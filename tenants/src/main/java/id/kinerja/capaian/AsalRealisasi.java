package id.kinerja.capaian;

/** Where an indicator's value for the year so far comes from (the API and locked snapshots carry the name). */
public enum AsalRealisasi {
    /** the year's own figure, entered as a value or as the formula's components for the year */
    TAHUNAN,
    /** the formula over the components of the latest quarter that has them */
    RUMUS,
    /** the quarters rolled up by the indicator's rule (sum, average, latest…) */
    AGREGASI
}
