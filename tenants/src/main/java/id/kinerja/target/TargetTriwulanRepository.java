package id.kinerja.target;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface TargetTriwulanRepository extends CrudRepository<TargetTriwulan, Long> {

    List<TargetTriwulan> findByIndikatorIdInList(Collection<Long> indikatorId);

    List<TargetTriwulan> findByIndikatorIdOrderByTahunAndTriwulan(long indikatorId);

    @Query("SELECT t.* FROM target_triwulan t JOIN indikator i ON i.id = t.indikator_id JOIN simpul s ON s.id = i.simpul_id"
            + " WHERE s.periode_id = :periodeId ORDER BY t.id")
    List<TargetTriwulan> diPeriode(long periodeId);
}
