package id.kinerja.anggaran;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AnggaranRepository extends CrudRepository<Anggaran, Long> {

    List<Anggaran> findBySimpulIdOrderByTahunAndId(long simpulId);

    /** @return how many lines were deleted */
    int deleteBySimpulIdAndTahun(long simpulId, int tahun);

    @Query("SELECT a.* FROM anggaran a JOIN simpul s ON s.id = a.simpul_id WHERE s.periode_id = :periodeId ORDER BY a.id")
    List<Anggaran> diPeriode(long periodeId);
}
