package id.kinerja.unitkerja;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A unit of the dinas (kepala, sekretariat, sub bagian, bidang) that can be responsible for indicators; {@code parentId}
 * places it under another unit (the struktur organisasi), {@code urutan} orders it among its siblings.
 */
@Serdeable
@MappedEntity("unit_kerja")
public record UnitKerja(
        @Id @GeneratedValue @Nullable Long id,
        String kode,
        String nama,
        @Nullable Long parentId,
        int urutan,
        @Nullable String tugas,
        @TypeDef(type = DataType.JSON) List<String> fungsi,
        @Version @Nullable Long version) {

    public UnitKerja {
        fungsi = fungsi == null ? List.of() : List.copyOf(fungsi);
    }
}
