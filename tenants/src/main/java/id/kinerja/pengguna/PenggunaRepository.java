package id.kinerja.pengguna;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PenggunaRepository extends CrudRepository<Pengguna, Long> {

    Optional<Pengguna> findByUsername(String username);

    boolean existsByUsername(String username);

    List<Pengguna> listOrderByUsername();

    List<Pengguna> findByIdInListOrderByUsername(Collection<Long> ids);
}
