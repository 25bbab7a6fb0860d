package id.kinerja.narasi;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface NarasiRepository extends CrudRepository<Narasi, Long> {

    @Query("SELECT n.* FROM narasi n JOIN simpul s ON s.id = n.simpul_id WHERE s.periode_id = :periodeId ORDER BY n.tahun, n.triwulan, n.id")
    List<Narasi> diPeriode(long periodeId);

    @Query("SELECT * FROM narasi WHERE simpul_id = :simpulId AND tahun = :tahun AND triwulan IS NOT DISTINCT FROM :triwulan")
    List<Narasi> cari(long simpulId, int tahun, @io.micronaut.core.annotation.Nullable Integer triwulan);
}
