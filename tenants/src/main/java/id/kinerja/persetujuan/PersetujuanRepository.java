package id.kinerja.persetujuan;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PersetujuanRepository extends CrudRepository<Persetujuan, Long> {

    Optional<Persetujuan> findByTahunAndTriwulan(int tahun, int triwulan);

    List<Persetujuan> findByTahunOrderByTriwulan(int tahun);
}
