package id.kinerja.persetujuan;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PerjanjianKinerjaRepository extends CrudRepository<PerjanjianKinerja, Long> {
    Optional<PerjanjianKinerja> findByTahunAndPerubahan(int tahun, boolean perubahan);
}
