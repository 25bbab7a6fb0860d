package id.kinerja.bukti;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface BuktiRepository extends CrudRepository<Bukti, Long> {
    List<Bukti> findByIndikatorIdOrderByTahunAndTriwulanAndId(long indikatorId);

    List<Bukti> listOrderByIndikatorIdAndTahunAndTriwulanAndId();
}
