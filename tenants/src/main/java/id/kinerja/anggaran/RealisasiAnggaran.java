package id.kinerja.anggaran;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;

/** Budget spent by a node up to the end of a quarter ("realisasi s.d. 30 Juni"). */
@Serdeable
@MappedEntity("realisasi_anggaran")
public record RealisasiAnggaran(
        @Id @GeneratedValue @Nullable Long id,
        long simpulId,
        int tahun,
        int triwulan,
        BigDecimal kumulatif,
        @Version @Nullable Long version) {
}
