package id.kinerja.pengguna;

import io.micronaut.data.annotation.Query;
import id.kinerja.tenant.TenantSchemas;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dataSource = TenantSchemas.PLATFORM, dialect = Dialect.POSTGRES)
interface KeanggotaanRepository extends CrudRepository<Keanggotaan, Long> {

    List<Keanggotaan> findByPenggunaId(long penggunaId);

    List<Keanggotaan> findByTenantId(long tenantId);

    List<Keanggotaan> findByPenggunaIdInList(Collection<Long> penggunaId);

    Optional<Keanggotaan> findByPenggunaIdAndTenantId(long penggunaId, long tenantId);

    /** The dinas admins of a dinas, their rows locked until the transaction ends (two admins demoting each other wait). */
    @Query("SELECT pengguna_id FROM platform.keanggotaan WHERE tenant_id = :tenantId AND peran = 'ADMIN_DINAS' FOR UPDATE")
    List<Long> adminDinasTerkunci(long tenantId);
}
