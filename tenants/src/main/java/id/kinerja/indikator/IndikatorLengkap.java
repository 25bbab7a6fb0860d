package id.kinerja.indikator;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * An indicator with its components, as the API shows it: one object, the indicator's own fields with
 * {@code komponen} beside them ({@code {id, kode, nama, …, version, komponen: […]}}), so what a create answers is
 * the indicator itself, not a wrapper.
 */
@Serdeable
public record IndikatorLengkap(@JsonUnwrapped Indikator indikator, List<Komponen> komponen) {
}
