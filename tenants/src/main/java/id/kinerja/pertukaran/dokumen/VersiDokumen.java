package id.kinerja.pertukaran.dokumen;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The format versions of the exchange document. Version 1 wrote English codes and field names where the API's
 * write routes speak Indonesian; version 2 uses the API's words. A version 1 document still imports: after its own
 * schema has passed it is rewritten as version 2 ({@link #naikkan}); nothing else changed between the two.
 */
public final class VersiDokumen {

    /** Exact numbers in and out: no doubles, no {@code 1E+2}. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    /** Version 1 field → version 2 field. */
    private static final Map<String, String> KOLOM = Map.of("reason", "alasan", "cumulative", "kumulatif");
    /** Version 1 codes → version 2 codes (the domain enums' names), per field. */
    private static final Map<String, Map<String, String>> KODE = Map.of(
            "polarity", Map.of("POSITIVE", "POSITIF", "NEGATIVE", "NEGATIF"),
            "rollup", Map.of("SUM", "JUMLAH", "LAST", "TERAKHIR", "YEAR_END", "AKHIR_TAHUN", "AVERAGE", "RATA_RATA"),
            "status", Map.of("AVAILABLE", "TERSEDIA", "NOT_AVAILABLE", "BELUM_TERSEDIA"));

    private VersiDokumen() {
    }

    /** The parsed JSON; throws {@link tools.jackson.core.JacksonException} when it is not JSON. */
    public static JsonNode pohon(String json) {
        return JSON.readTree(json);
    }

    /** The {@code formatVersion} the document claims: 1 only when it says exactly 1, else the current one. */
    public static int versi(JsonNode dokumen) {
        JsonNode v = dokumen.path("formatVersion");
        return v.isIntegralNumber() && v.asInt() == 1 ? 1 : Dokumen.VERSION;
    }

    /** A version 1 document (already checked against its schema) as version 2; any other document as it is. */
    public static byte[] naikkan(String json, byte[] isi) {
        JsonNode dokumen = pohon(json);
        if (versi(dokumen) != 1 || !(dokumen instanceof ObjectNode o)) {
            return isi;
        }
        ubah(o);
        o.put("formatVersion", Dokumen.VERSION);
        return JSON.writeValueAsBytes(o);
    }

    /** Renames fields and codes everywhere but inside {@code components}, whose keys are the user's names. */
    private static void ubah(JsonNode node) {
        if (node instanceof ArrayNode a) {
            a.forEach(VersiDokumen::ubah);
        } else if (node instanceof ObjectNode o) {
            List<Map.Entry<String, JsonNode>> isi = new ArrayList<>();
            o.properties().forEach(e -> isi.add(new AbstractMap.SimpleEntry<>(e.getKey(), e.getValue())));
            o.removeAll();
            for (Map.Entry<String, JsonNode> e : isi) {
                String kolom = e.getKey();
                JsonNode nilai = e.getValue();
                Map<String, String> kode = KODE.get(kolom);
                if (kode != null && nilai.isString() && kode.containsKey(nilai.asString())) {
                    o.put(kolom, kode.get(nilai.asString()));
                } else {
                    if (!"components".equals(kolom)) {
                        ubah(nilai);
                    }
                    o.set(KOLOM.getOrDefault(kolom, kolom), nilai);
                }
            }
        }
    }
}
