package id.kinerja.laporan.mesin;

import io.micronaut.core.annotation.Nullable;

/**
 * A signature block (sub-report {@code tandatangan}): place and date, the role in the document ("Pihak
 * Pertama,"), the position, room for the signature, the name (bold, underlined), rank and NIP.
 *
 * @param tempatTanggal e.g. {@code Lumajang, 10 Januari 2025}
 * @param sebutan       e.g. {@code Pihak Pertama,}
 * @param jabatan       e.g. {@code KEPALA DINAS KOPERASI, … KABUPATEN LUMAJANG}
 * @param nip           as printed: {@code NIP. 19731118 199303 1 002}
 */
public record Penandatangan(@Nullable String tempatTanggal, @Nullable String sebutan, String jabatan, String nama,
                            @Nullable String pangkat, @Nullable String nip) {
}
