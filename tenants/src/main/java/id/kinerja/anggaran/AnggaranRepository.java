package id.kinerja.anggaran;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AnggaranRepository extends CrudRepository<Anggaran, Long> {

    /**
     * Locks these simpul rows until the transaction ends (in id order, so that two writers never wait on each other
     * crosswise): writers of the same nodes' budgets or spending take turns, and the second sees what the first saved instead of
     * inserting the same new key beside it. ({@code FOR NO KEY UPDATE} would be gentler on inserts that merely
     * reference the rows, but Micronaut Data then takes the query for an UPDATE.)
     */
    @Query("SELECT id FROM simpul WHERE id IN (:ids) ORDER BY id FOR UPDATE")
    List<Long> kunciSimpul(Collection<Long> ids);

    List<Anggaran> findBySimpulIdOrderByTahunAndId(long simpulId);

    /** @return how many lines were deleted */
    int deleteBySimpulIdAndTahun(long simpulId, int tahun);

    @Query("SELECT a.* FROM anggaran a JOIN simpul s ON s.id = a.simpul_id WHERE s.periode_id = :periodeId ORDER BY a.id")
    List<Anggaran> diPeriode(long periodeId);
}
