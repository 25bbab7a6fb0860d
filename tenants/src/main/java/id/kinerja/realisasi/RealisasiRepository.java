package id.kinerja.realisasi;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface RealisasiRepository extends CrudRepository<Realisasi, Long> {

    /**
     * Locks these indikator rows until the transaction ends (in id order, so that two writers never wait on each other
     * crosswise): writers of the same indicators' realisations take turns, and the second sees what the first saved instead of
     * inserting the same new key beside it. ({@code FOR NO KEY UPDATE} would be gentler on inserts that merely
     * reference the rows, but Micronaut Data then takes the query for an UPDATE.)
     */
    @Query("SELECT id FROM indikator WHERE id IN (:ids) ORDER BY id FOR UPDATE")
    List<Long> kunciIndikator(Collection<Long> ids);

    List<Realisasi> findByIndikatorIdInList(Collection<Long> indikatorId);

    List<Realisasi> findByIndikatorIdOrderByTahunAndTriwulan(long indikatorId);

    long countByTahunAndTriwulan(int tahun, int triwulan);

    @Query("SELECT r.* FROM realisasi r JOIN indikator i ON i.id = r.indikator_id JOIN simpul s ON s.id = i.simpul_id"
            + " WHERE s.periode_id = :periodeId AND r.tahun BETWEEN :dari AND :sampai ORDER BY r.id")
    List<Realisasi> diPeriode(long periodeId, int dari, int sampai);
}
