package id.kinerja.jejak;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

/** Reading and appending only: the audit log has no update or delete here (and the database refuses them). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface JejakRepository extends GenericRepository<Jejak, Long> {

    Jejak save(Jejak jejak);

    @Query("""
            SELECT * FROM jejak
             WHERE waktu >= :dari AND waktu < :sampai AND (:entitas::text IS NULL OR entitas = :entitas)
               AND (:entitasId::bigint IS NULL OR entitas_id = :entitasId)
             ORDER BY waktu DESC, id DESC LIMIT :batas OFFSET :lewati""")
    List<Jejak> cari(Instant dari, Instant sampai, @Nullable String entitas, @Nullable Long entitasId, int batas, int lewati);
}
