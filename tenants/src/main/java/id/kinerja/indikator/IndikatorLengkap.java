package id.kinerja.indikator;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** An indicator with its components, as the API shows it. */
@Serdeable
public record IndikatorLengkap(Indikator indikator, List<Komponen> komponen) {
}
