package id.kinerja.laporan.mesin;

/**
 * A drawing placed in a document (a chart, the organisation chart) that is not a plain value: it says what it draws,
 * so that the engine can tell an unchanged document from a changed one ({@link SimpananIsi}). Two drawings of the
 * same class with equal {@link #kunci()} must draw the same.
 */
public interface Berkunci {

    /** What is drawn, as values (records, lists, strings, numbers). */
    Object kunci();
}
