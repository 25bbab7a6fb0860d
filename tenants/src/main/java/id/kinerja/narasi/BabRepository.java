package id.kinerja.narasi;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface BabRepository extends CrudRepository<Bab, Long> {

    List<Bab> findByPeriodeIdOrderByTahunAndKunci(long periodeId);

    @Query("SELECT * FROM bab WHERE periode_id = :periodeId AND kunci = :kunci AND tahun = :tahun AND triwulan IS NOT DISTINCT FROM :triwulan")
    List<Bab> cari(long periodeId, String kunci, int tahun, @Nullable Integer triwulan);
}
