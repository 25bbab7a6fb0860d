package id.kinerja.realisasi;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface RealisasiKomponenRepository extends CrudRepository<RealisasiKomponen, Long> {

    List<RealisasiKomponen> findByRealisasiIdInList(Collection<Long> realisasiId);

    void deleteByRealisasiId(long realisasiId);

    @Query("""
            SELECT k.* FROM realisasi_komponen k JOIN realisasi r ON r.id = k.realisasi_id
              JOIN indikator i ON i.id = r.indikator_id JOIN simpul s ON s.id = i.simpul_id
             WHERE s.periode_id = :periodeId AND r.tahun BETWEEN :dari AND :sampai ORDER BY k.id""")
    List<RealisasiKomponen> diPeriode(long periodeId, int dari, int sampai);
}
