package id.kinerja.common;

import io.micronaut.serde.annotation.Serdeable;

/** How many rows a bulk write saved and deleted. */
@Serdeable
public record HasilSimpan(int disimpan, int dihapus) {
}
