package id.kinerja.indikator;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface KomponenRepository extends CrudRepository<Komponen, Long> {

    List<Komponen> findByIndikatorIdOrderByUrutan(long indikatorId);

    List<Komponen> findByIndikatorIdInListOrderByUrutan(Collection<Long> indikatorIds);

    @Query("""
            SELECT k.* FROM komponen k JOIN indikator i ON i.id = k.indikator_id JOIN simpul s ON s.id = i.simpul_id
             WHERE s.periode_id = :periodeId ORDER BY k.indikator_id, k.urutan""")
    List<Komponen> diPeriode(long periodeId);
}
