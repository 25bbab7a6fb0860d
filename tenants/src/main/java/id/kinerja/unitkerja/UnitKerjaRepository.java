package id.kinerja.unitkerja;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

/** Lives in the current tenant's schema (see {@code id.kinerja.tenant.TenantScope}). */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface UnitKerjaRepository extends CrudRepository<UnitKerja, Long> {

    List<UnitKerja> listOrderByKode();

    Optional<UnitKerja> findByKode(String kode);

    boolean existsByKode(String kode);

    /** Locks every unit until the transaction ends: changes of the hierarchy take turns. */
    @Query("SELECT id FROM unit_kerja ORDER BY id FOR UPDATE")
    List<Long> kunciSemua();
}
