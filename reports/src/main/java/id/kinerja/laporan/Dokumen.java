package id.kinerja.laporan;

import id.kinerja.capaian.DataKinerja;
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

    /**
     * As {@link #susun(Permintaan, Lingkup)}, for a document printed inside another (a lampiran) with the period's data
     * of the year the other has already read ({@code CapaianService.muat}), so as not to read it again. By default the
     * data is not used.
     */
    default Cetakan susun(Permintaan permintaan, Lingkup lingkup, DataKinerja data) {
        return susun(permintaan, lingkup);
    }
}
