package id.kinerja.capaian;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;

/** One step of the ordinal scale: capaian above {@code batasBawah} (none for the last step) earns {@code label}. */
@Serdeable
@MappedEntity("skala_capaian")
public record KategoriSkala(
        @Id @GeneratedValue @Nullable Long id,
        @Nullable BigDecimal batasBawah,
        String label,
        int urutan) {
}
