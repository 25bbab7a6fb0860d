package id.kinerja.renstra;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One node of the framework: a tujuan, sasaran, program, kegiatan or sub kegiatan.
 *
 * @param unitKerja the responsible unit (bidang)
 * @param outcome   the outcome statement printed under a program, kegiatan or sub kegiatan
 * @param lokasi    where a sub kegiatan takes place
 */
@Serdeable
@MappedEntity("simpul")
public record Simpul(
        @Id @GeneratedValue @Nullable Long id,
        long periodeId,
        @Nullable Long parentId,
        Tingkat tingkat,
        String kode,
        String nama,
        int urutan,
        @Nullable String unitKerja,
        @Nullable String outcome,
        @Nullable String lokasi,
        @Version @Nullable Long version) {

    Simpul withUrutan(int urutanBaru) {
        return new Simpul(id, periodeId, parentId, tingkat, kode, nama, urutanBaru, unitKerja, outcome, lokasi, version);
    }

    Simpul withParent(@Nullable Long parentBaru, int urutanBaru) {
        return new Simpul(id, periodeId, parentBaru, tingkat, kode, nama, urutanBaru, unitKerja, outcome, lokasi, version);
    }
}
