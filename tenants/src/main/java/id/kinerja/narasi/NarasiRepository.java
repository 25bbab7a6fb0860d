package id.kinerja.narasi;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface NarasiRepository extends CrudRepository<Narasi, Long> {

    /**
     * Locks these simpul rows until the transaction ends (in id order, so that two writers never wait on each other
     * crosswise): writers of the same node's narratives take turns, and the second sees what the first saved instead of
     * inserting the same new key beside it. ({@code FOR NO KEY UPDATE} would be gentler on inserts that merely
     * reference the rows, but Micronaut Data then takes the query for an UPDATE.)
     */
    @Query("SELECT id FROM simpul WHERE id IN (:ids) ORDER BY id FOR UPDATE")
    List<Long> kunciSimpul(Collection<Long> ids);

    @Query("SELECT n.* FROM narasi n JOIN simpul s ON s.id = n.simpul_id WHERE s.periode_id = :periodeId ORDER BY n.tahun, n.triwulan, n.id")
    List<Narasi> diPeriode(long periodeId);

    @Query("SELECT * FROM narasi WHERE simpul_id = :simpulId AND tahun = :tahun AND triwulan IS NOT DISTINCT FROM :triwulan")
    List<Narasi> cari(long simpulId, int tahun, @io.micronaut.core.annotation.Nullable Integer triwulan);
}
