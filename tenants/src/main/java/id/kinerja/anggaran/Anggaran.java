package id.kinerja.anggaran;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;

/** One budget line of a program, kegiatan or sub kegiatan for a year, from one funding source (DAU, DIF, …). */
@Serdeable
@MappedEntity("anggaran")
public record Anggaran(
        @Id @GeneratedValue @Nullable Long id,
        long simpulId,
        int tahun,
        BigDecimal jumlah,
        @Nullable String sumberDana,
        @Version @Nullable Long version) {
}
