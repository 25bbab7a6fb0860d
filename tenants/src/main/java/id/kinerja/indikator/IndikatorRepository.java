package id.kinerja.indikator;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface IndikatorRepository extends CrudRepository<Indikator, Long> {

    List<Indikator> findBySimpulIdOrderByUrutanAndId(long simpulId);

    @Query("SELECT i.* FROM indikator i JOIN simpul s ON s.id = i.simpul_id WHERE s.periode_id = :periodeId ORDER BY i.urutan, i.id")
    List<Indikator> diPeriode(long periodeId);

    long countBySimpulId(long simpulId);

    @Query("UPDATE indikator SET simpul_id = :simpulId, urutan = :urutan, version = version + 1 WHERE id = :id AND version = :version")
    long pindahkan(long id, long simpulId, int urutan, long version);

    List<Indikator> findByIdInList(Collection<Long> id);

    List<Indikator> findBySimpulIdInList(Collection<Long> simpulId);
}
