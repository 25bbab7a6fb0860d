package id.kinerja.indikator;

/** How quarterly realisations make the year's value. */
public enum Agregasi {
    /** Σ of the quarters so far (koperasi taat: TW I 25 + TW II 4 = 29). */
    JUMLAH,
    /** The latest quarter with data (a level, such as a compliance rate). */
    TERAKHIR,
    /** Only the year's own figure, or TW IV (BPS figures such as PDRB). */
    AKHIR_TAHUN,
    /** Mean of the quarters with data. */
    RATA_RATA
}
