package id.kinerja.sumberdaya;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface KomposisiPegawaiRepository extends CrudRepository<KomposisiPegawai, Long> {

    List<KomposisiPegawai> findByTahunOrderByUrutan(int tahun);

    /** The latest year up to {@code tahun} that has a composition, or 0. */
    @Query("SELECT coalesce(max(tahun), 0) FROM komposisi_pegawai WHERE tahun <= :tahun")
    int tahunTerakhir(int tahun);

    void deleteByTahun(int tahun);

    /** The years that have rows, in order. */
    @Query("SELECT DISTINCT tahun FROM komposisi_pegawai ORDER BY tahun")
    List<Integer> tahunAda();
}
