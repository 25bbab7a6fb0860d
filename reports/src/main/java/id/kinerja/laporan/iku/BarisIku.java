package id.kinerja.laporan.iku;

import java.util.List;

/** One sasaran of the IKU table with its indicators (the sasaran's cells span its indicators' rows). */
public record BarisIku(String nomor, String sasaran, List<IndikatorIku> indikator) {

    /**
     * One IKU.
     *
     * @param formulasi the formula as the documents print it
     * @param rumus     the computable formula and its components, when there is one
     */
    public record IndikatorIku(String nomor, String nama, String satuan, String formulasi, @io.micronaut.core.annotation.Nullable String rumus,
                               String sumberData, String penanggungJawab) {
    }
}
