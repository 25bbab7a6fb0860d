package id.kinerja.narasi;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface BabRepository extends CrudRepository<Bab, Long> {

    /**
     * Locks these periode rows until the transaction ends (in id order, so that two writers never wait on each other
     * crosswise): writers of the same period's chapters take turns, and the second sees what the first saved instead of
     * inserting the same new key beside it. ({@code FOR NO KEY UPDATE} would be gentler on inserts that merely
     * reference the rows, but Micronaut Data then takes the query for an UPDATE.)
     */
    @Query("SELECT id FROM periode WHERE id IN (:ids) ORDER BY id FOR UPDATE")
    List<Long> kunciPeriode(Collection<Long> ids);

    List<Bab> findByPeriodeIdOrderByTahunAndKunci(long periodeId);

    @Query("SELECT * FROM bab WHERE periode_id = :periodeId AND kunci = :kunci AND tahun = :tahun AND triwulan IS NOT DISTINCT FROM :triwulan")
    List<Bab> cari(long periodeId, String kunci, int tahun, @Nullable Integer triwulan);
}
