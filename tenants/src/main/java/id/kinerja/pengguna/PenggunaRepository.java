package id.kinerja.pengguna;

import id.kinerja.tenant.TenantSchemas;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dataSource = TenantSchemas.PLATFORM, dialect = Dialect.POSTGRES)
interface PenggunaRepository extends CrudRepository<Pengguna, Long> {

    Optional<Pengguna> findByUsername(String username);

    boolean existsByUsername(String username);

    List<Pengguna> listOrderByUsername();

    List<Pengguna> findByIdInListOrderByUsername(Collection<Long> ids);

    Page<Pengguna> list(Pageable pageable);

    Page<Pengguna> findByUsernameIlikeOrNamaIlike(String username, String nama, Pageable pageable);
}
