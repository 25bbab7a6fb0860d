package id.kinerja.indikator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An indicator of a node (indikator tujuan, IKU of a sasaran, indikator program/kegiatan/sub kegiatan).
 *
 * @param formulaTeks the formula as printed in the documents
 * @param formula     a computable formula over the indicator's components, or null
 * @param presisi     decimals shown in reports (values are kept exact)
 */
@Serdeable
@MappedEntity("indikator")
public record Indikator(
        @Id @GeneratedValue @Nullable Long id,
        long simpulId,
        String kode,
        String nama,
        @Nullable String satuan,
        @Nullable String formulaTeks,
        @Nullable String formula,
        Polaritas polaritas,
        Agregasi agregasi,
        @Nullable String sumberData,
        @Nullable String unitKerja,
        boolean iku,
        int presisi,
        int urutan,
        @Version @Nullable Long version) {
}
