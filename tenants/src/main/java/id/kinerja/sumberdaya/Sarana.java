package id.kinerja.sumberdaya;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;

/** One kind of sarana or prasarana the dinas has in a year: how many, and in what condition. */
@Serdeable
@MappedEntity("sarana")
public record Sarana(
        @Id @GeneratedValue @Nullable Long id,
        int tahun,
        int urutan,
        String nama,
        String satuan,
        int jumlah,
        @Nullable String kondisi,
        @Version @Nullable Long version) {
}
