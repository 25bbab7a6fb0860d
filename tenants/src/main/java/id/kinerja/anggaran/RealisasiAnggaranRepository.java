package id.kinerja.anggaran;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface RealisasiAnggaranRepository extends CrudRepository<RealisasiAnggaran, Long> {

    Optional<RealisasiAnggaran> findBySimpulIdAndTahunAndTriwulan(long simpulId, int tahun, int triwulan);

    List<RealisasiAnggaran> findBySimpulIdOrderByTahunAndTriwulan(long simpulId);

    @Query("SELECT r.* FROM realisasi_anggaran r JOIN simpul s ON s.id = r.simpul_id WHERE s.periode_id = :periodeId ORDER BY r.id")
    List<RealisasiAnggaran> diPeriode(long periodeId);
}
