package id.kinerja.laporan;

import id.kinerja.laporan.mesin.Cetakan;

/**
 * One kind of document: reads what it prints from the tenants' services (in one read transaction, for the
 * current tenant) and returns it as a {@link Cetakan}, ready for the engine. Implementations are beans, one per
 * {@link JenisLaporan}; they hold no state.
 */
public interface Dokumen {

    JenisLaporan jenis();

    /** The document's content; runs inside a read-only transaction that ends before anything is rendered. */
    Cetakan susun(Permintaan permintaan, Lingkup lingkup);
}
