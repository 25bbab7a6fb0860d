package id.kinerja.jejak;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

/**
 * Reading and appending only: the audit log has no update or delete here (and the database refuses them). Old
 * and new values are read as the database's JSON text, so that no number passes through a {@code double}.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface JejakRepository extends GenericRepository<Jejak, Long> {

    Jejak save(Jejak jejak);

    @Query("""
            SELECT id, waktu, pengguna, aksi, entitas, entitas_id, lama::text AS lama, baru::text AS baru, alasan FROM jejak
             WHERE waktu >= :dari AND waktu < :sampai AND (:entitas::text IS NULL OR entitas = :entitas)
               AND (:entitasId::bigint IS NULL OR entitas_id = :entitasId)
               AND (:pengguna::text IS NULL OR pengguna = :pengguna)
             ORDER BY waktu DESC, id DESC LIMIT :batas OFFSET :lewati""")
    List<BarisJejak> cari(Instant dari, Instant sampai, @Nullable String entitas, @Nullable Long entitasId, @Nullable String pengguna,
                          int batas, int lewati);

    @Query("""
            SELECT count(*) FROM jejak
             WHERE waktu >= :dari AND waktu < :sampai AND (:entitas::text IS NULL OR entitas = :entitas)
               AND (:pengguna::text IS NULL OR pengguna = :pengguna)""")
    long hitung(Instant dari, Instant sampai, @Nullable String entitas, @Nullable String pengguna);

    @Query("SELECT DISTINCT entitas FROM jejak ORDER BY entitas")
    List<String> daftarEntitas();

    @Query("SELECT DISTINCT pengguna FROM jejak WHERE pengguna IS NOT NULL ORDER BY pengguna")
    List<String> daftarPengguna();

    /** The page after the row ({@code waktu}, {@code id}), newest first: keyset paging, as fast on the last page as on the first. */
    @Query("""
            SELECT id, waktu, pengguna, aksi, entitas, entitas_id, lama::text AS lama, baru::text AS baru, alasan FROM jejak
             WHERE waktu >= :dari AND waktu <= :waktu AND (waktu < :waktu OR id < :id)
               AND (:entitas::text IS NULL OR entitas = :entitas)
               AND (:pengguna::text IS NULL OR pengguna = :pengguna)
             ORDER BY waktu DESC, id DESC LIMIT :batas""")
    List<BarisJejak> setelah(Instant dari, Instant waktu, long id, @Nullable String entitas, @Nullable String pengguna, int batas);

    /**
     * How many rows the audit log has, and its newest id. The log is append-only and every write of the dinas's
     * tables adds a row in the writing transaction, so the count grows with every committed change. The newest id
     * alone would not do: ids come from a sequence before commit, so a slower writer can commit a smaller id after a
     * larger one is visible, leaving the newest id unchanged; the count cannot miss it (no row is ever deleted).
     */
    @Query("SELECT count(*) AS jumlah, coalesce(max(id), 0) AS terakhir FROM jejak")
    JejakService.Versi versi();
}
