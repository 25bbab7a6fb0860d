package id.kinerja.pengguna;

import io.micronaut.data.annotation.Query;
import id.kinerja.tenant.TenantSchemas;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dataSource = TenantSchemas.PLATFORM, dialect = Dialect.POSTGRES)
interface TokenRepository extends CrudRepository<Token, Long> {

    @Query("SELECT * FROM platform.token WHERE hash = :hash AND kedaluwarsa > :sekarang")
    Optional<Token> berlaku(String hash, Instant sekarang);

    void deleteByHash(String hash);
}
