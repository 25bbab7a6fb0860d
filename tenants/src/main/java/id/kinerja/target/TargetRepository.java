package id.kinerja.target;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface TargetRepository extends CrudRepository<Target, Long> {

    /**
     * Locks these indikator rows until the transaction ends (in id order, so that two writers never wait on each other
     * crosswise): writers of the same indicators' targets take turns, and the second sees what the first saved instead of
     * inserting the same new key beside it. ({@code FOR NO KEY UPDATE} would be gentler on inserts that merely
     * reference the rows, but Micronaut Data then takes the query for an UPDATE.)
     */
    @Query("SELECT id FROM indikator WHERE id IN (:ids) ORDER BY id FOR UPDATE")
    List<Long> kunciIndikator(Collection<Long> ids);

    List<Target> findByIndikatorIdInList(Collection<Long> indikatorId);

    List<Target> findByIndikatorIdOrderByTahunAndJenis(long indikatorId);

    @Query("SELECT t.* FROM target t JOIN indikator i ON i.id = t.indikator_id JOIN simpul s ON s.id = i.simpul_id"
            + " WHERE s.periode_id = :periodeId ORDER BY t.id")
    List<Target> diPeriode(long periodeId);
}
