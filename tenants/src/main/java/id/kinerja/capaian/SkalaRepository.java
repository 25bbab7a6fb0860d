package id.kinerja.capaian;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SkalaRepository extends CrudRepository<KategoriSkala, Long> {
    List<KategoriSkala> listOrderByUrutan();
}
