package id.kinerja.realisasi;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface RealisasiRepository extends CrudRepository<Realisasi, Long> {

    List<Realisasi> findByIndikatorIdInList(Collection<Long> indikatorId);

    List<Realisasi> findByIndikatorIdOrderByTahunAndTriwulan(long indikatorId);

    long countByTahunAndTriwulan(int tahun, int triwulan);

    @Query("SELECT r.* FROM realisasi r JOIN indikator i ON i.id = r.indikator_id JOIN simpul s ON s.id = i.simpul_id"
            + " WHERE s.periode_id = :periodeId AND r.tahun BETWEEN :dari AND :sampai")
    List<Realisasi> diPeriode(long periodeId, int dari, int sampai);
}
