package id.kinerja.renstra;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface SimpulRepository extends CrudRepository<Simpul, Long> {

    List<Simpul> findByPeriodeIdOrderByUrutanAndId(long periodeId);

    List<Simpul> findByIdInList(java.util.Collection<Long> id);

    @Query("SELECT * FROM simpul WHERE periode_id = :periodeId AND parent_id IS NOT DISTINCT FROM :parentId ORDER BY urutan, id")
    List<Simpul> saudara(long periodeId, @Nullable Long parentId);

    long countByParentId(long parentId);

    long countByPeriodeId(long periodeId);

    /** Position among siblings; not a change of the node's content, so its version stays. */
    @Query("UPDATE simpul SET urutan = :urutan WHERE id = :id")
    void setUrutan(long id, int urutan);

    @Query("""
            UPDATE simpul SET kode = :kode, nama = :nama, unit_kerja = :unitKerja, outcome = :outcome, lokasi = :lokasi,
                   version = version + 1
             WHERE id = :id AND version = :version""")
    long ubahIsi(long id, String kode, String nama, @Nullable String unitKerja, @Nullable String outcome,
                 @Nullable String lokasi, long version);

    @Query("UPDATE simpul SET parent_id = :parentId, urutan = :urutan, version = version + 1 WHERE id = :id AND version = :version")
    long pindahkan(long id, @Nullable Long parentId, int urutan, long version);

    @Query("""
            SELECT (SELECT count(*) FROM simpul WHERE parent_id = :id) AS anak,
                   (SELECT count(*) FROM indikator WHERE simpul_id = :id) AS indikator,
                   (SELECT count(*) FROM anggaran WHERE simpul_id = :id)
                 + (SELECT count(*) FROM realisasi_anggaran WHERE simpul_id = :id) AS anggaran,
                   (SELECT count(*) FROM narasi WHERE simpul_id = :id) AS narasi""")
    IsiSimpul isi(long id);
}
