package id.kinerja.unitkerja;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;

/** A unit of the dinas (sekretariat, bidang) that can be responsible for indicators. */
@Serdeable
@MappedEntity("unit_kerja")
public record UnitKerja(
        @Id @GeneratedValue @Nullable Long id,
        String kode,
        String nama,
        @Version @Nullable Long version) {
}
