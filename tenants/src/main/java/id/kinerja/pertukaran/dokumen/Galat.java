package id.kinerja.pertukaran.dokumen;

import io.micronaut.serde.annotation.Serdeable;

/** One problem of a document: where (a JSON path such as {@code periods[0].tujuan[1].code}, or a sheet cell) and why. */
@Serdeable
public record Galat(String path, String alasan) {
}
