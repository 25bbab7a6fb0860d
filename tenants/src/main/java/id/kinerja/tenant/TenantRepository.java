package id.kinerja.tenant;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The tenant registry in {@code platform.tenant}. */
@JdbcRepository(dataSource = TenantSchemas.PLATFORM, dialect = Dialect.POSTGRES)
public interface TenantRepository extends CrudRepository<Tenant, Long> {

    Optional<Tenant> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<Tenant> listOrderBySlug();

    /** A page of the registry, sorted as the page asks (the provincial admin's list of 2,000 dinas). */
    Page<Tenant> list(Pageable pageable);

    /** A page of the tenants whose slug, name or region contains the patterns ({@code ILIKE}). */
    Page<Tenant> findBySlugIlikeOrNameIlikeOrRegionIlike(String slug, String name, String region, Pageable pageable);

    List<Tenant> findByIdInListOrderByName(Collection<Long> id);

    @Query("UPDATE platform.tenant SET status = :status, updated_at = :at WHERE id = :id")
    void ubahStatus(long id, String status, Instant at);

    long countByMigrationStatus(String migrationStatus);

    /** Status {@code dari} → {@code ke}, only if it still is {@code dari}; the rows changed (0 or 1). */
    @Query("UPDATE platform.tenant SET status = :ke, updated_at = :at WHERE id = :id AND status = :dari")
    long gantiStatus(long id, String dari, String ke, Instant at);

    /** After a move: the dinas lives on {@code locator} and serves again. */
    @Query("UPDATE platform.tenant SET locator = :locator, status = 'active', updated_at = :at WHERE id = :id AND status = 'moving'")
    long pindahkan(long id, String locator, Instant at);

    /** The dinas in one status ({@code provisioning}, {@code moving}: what a crash may leave, {@link PemulihanDinas}). */
    List<Tenant> findByStatusOrderBySlug(String status);

    /** Deletes the row of an onboarding that never made its schema, only if it is still {@code provisioning}. */
    @Query("DELETE FROM platform.tenant WHERE id = :id AND status = 'provisioning'")
    long hapusPendaftaranTerhenti(long id);

    /** How many dinas the registry places on server {@code locator} (placement by the fewest). */
    long countByLocator(String locator);

    /** Tenants not failed and not yet at {@code version}: waiting for the roll-out of the current changelog. */
    @Query("SELECT count(*) FROM platform.tenant WHERE migration_status = 'ok' AND changelog_version IS DISTINCT FROM :version")
    long countPending(String version);

    /** Not a dinas still being made ('provisioning'): its schema, if any, is made at the current version. */
    @Query("SELECT * FROM platform.tenant WHERE changelog_version IS DISTINCT FROM :version AND status <> 'provisioning' ORDER BY slug")
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
