package id.kinerja.laporan.mesin;

import io.micronaut.core.annotation.Nullable;

/**
 * The title block at the top of a document (sub-report {@code kepala}): the dinas's logo when it has one, the
 * document's title, the dinas's name and a line such as {@code TAHUN 2025}.
 */
public record Kop(String judul, String instansi, @Nullable String keterangan, @Nullable byte[] logo) {
}
