package id.kinerja.renstra;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface PeriodeRepository extends CrudRepository<Periode, Long> {
    @io.micronaut.data.annotation.Query("SELECT * FROM periode ORDER BY tahun_awal NULLS FIRST, id")
    List<Periode> listOrderByTahunAwalAndId();
}
