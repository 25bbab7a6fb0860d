package id.kinerja.tenant;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The tenant registry in {@code platform.tenant}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface TenantRepository extends CrudRepository<Tenant, Long> {

    Optional<Tenant> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<Tenant> listOrderBySlug();

    long countByMigrationStatus(String migrationStatus);

    @Query("SELECT * FROM platform.tenant WHERE changelog_version IS DISTINCT FROM :version ORDER BY slug")
    List<Tenant> findNotAtVersion(String version);

    @Query("""
            UPDATE platform.tenant SET changelog_version = :version, migration_status = 'ok',
                   migration_error = NULL, migrated_at = :at, updated_at = :at
             WHERE id = :id""")
    void markMigrated(long id, String version, Instant at);

    @Query("""
            UPDATE platform.tenant SET migration_status = 'failed', migration_error = :error, updated_at = :at
             WHERE id = :id""")
    void markFailed(long id, String error, Instant at);
}
