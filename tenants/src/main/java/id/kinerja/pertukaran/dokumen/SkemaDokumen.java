package id.kinerja.pertukaran.dokumen;

import id.kinerja.common.Sebab;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema of the exchange format (resource {@code pertukaran/kinerja-exchange-2.schema.json}; a version 1
 * document is checked against {@code kinerja-exchange-1.schema.json}), applied to raw JSON. Its violations are
 * said in Indonesian, each with the field's path, as the API says them.
 */
public final class SkemaDokumen {

    public static final String RESOURCE = "pertukaran/kinerja-exchange-" + Dokumen.VERSION + ".schema.json";
    private static final Schema SCHEMA = muat(RESOURCE);
    private static final Schema SCHEMA_1 = muat("pertukaran/kinerja-exchange-1.schema.json");

    private SkemaDokumen() {
    }

    /** Every violation of the schema, with its path; empty when the JSON conforms. */
    public static List<Galat> periksa(String json) {
        List<Error> errors;
        try {
            JsonNode dokumen = VersiDokumen.pohon(json);
            errors = (VersiDokumen.versi(dokumen) == 1 ? SCHEMA_1 : SCHEMA).validate(dokumen);
        } catch (RuntimeException e) {
            return List.of(new Galat("", bukanJson(e)));
        }
        Map<String, Galat> satuPerPath = new LinkedHashMap<>();
        for (Error e : errors) {
            String path = path(e.getInstanceLocation().toString());
            satuPerPath.putIfAbsent(path, new Galat(path, pesan(e)));
        }
        return satuPerPath.values().stream().limit(200).toList();
    }

    /** The parser's English ("Unrecognized token 'hello'…") as a person's reason, with the place when it is known. */
    public static String bukanJson(Throwable e) {
        for (Throwable t : Sebab.rantai(e)) {
            if (t instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null
                    && j.getLocation().getLineNr() > 0) {
                return bukanJson(j.getLocation().getLineNr(), j.getLocation().getColumnNr());
            }
            if (t instanceof tools.jackson.core.JacksonException j && j.getLocation() != null
                    && j.getLocation().getLineNr() > 0) {
                return bukanJson(j.getLocation().getLineNr(), j.getLocation().getColumnNr());
            }
        }
        return "berkas bukan dokumen JSON yang sah; unggah dokumen pertukaran .json atau buku kerja .xlsx";
    }

    private static String bukanJson(int baris, int kolom) {
        return "berkas bukan dokumen JSON yang sah (baris " + baris + ", kolom " + kolom
                + "); unggah dokumen pertukaran .json atau buku kerja .xlsx";
    }

    /** {@code /periods/0/startYear} (or {@code $.periods[0].startYear}) → {@code periods[0].startYear}. */
    public static String path(String location) {
        if (location.startsWith("$")) {
            String p = location.substring(1);
            return p.startsWith(".") ? p.substring(1) : p;
        }
        StringBuilder out = new StringBuilder();
        for (String segment : location.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            String s = segment.replace("~1", "/").replace("~0", "~");
            if (s.matches("\\d+")) {
                out.append('[').append(s).append(']');
            } else {
                out.append(out.isEmpty() ? "" : ".").append(s);
            }
        }
        return out.toString();
    }

    /** The violation as the API says it: the reason in Indonesian ("terlalu besar: harus kurang dari …"). */
    public static String pesan(Error e) {
        JsonNode s = e.getSchemaNode();
        JsonNode arg = s != null && s.isObject() && s.has(e.getKeyword()) ? s.get(e.getKeyword()) : s;
        String kata = e.getKeyword() == null ? "" : e.getKeyword();
        return switch (kata) {
            case "type" -> "harus berupa " + jenis(arg);
            case "required" -> "wajib diisi: " + e.getProperty();
            case "additionalProperties" -> "kolom tidak dikenal: " + e.getProperty();
            case "minLength" -> "paling sedikit " + angka(arg) + " karakter";
            case "maxLength" -> "paling banyak " + angka(arg) + " karakter";
            case "minimum" -> "terlalu kecil: paling kecil " + angka(arg);
            case "maximum" -> "terlalu besar: paling besar " + angka(arg);
            case "exclusiveMinimum" -> "terlalu kecil: harus lebih dari " + angka(arg);
            case "exclusiveMaximum" -> "terlalu besar: harus kurang dari " + angka(arg);
            case "enum" -> "harus salah satu dari " + pilihan(arg);
            case "const" -> "harus " + (arg == null ? "" : arg.toString());
            case "pattern" -> "bentuknya tidak sesuai pola " + (arg == null ? "" : arg.asString());
            case "minItems" -> "paling sedikit " + angka(arg) + " butir";
            case "maxItems" -> "paling banyak " + angka(arg) + " butir";
            case "maxProperties" -> "paling banyak " + angka(arg) + " isian";
            case "format" -> "bukan tanggal yyyy-mm-dd";
            default -> {
                String m = e.getMessage();
                int colon = m.indexOf(": ");
                yield colon > 0 && m.startsWith("$") ? m.substring(colon + 2) : m;
            }
        };
    }

    private static final Map<String, String> JENIS = Map.of("number", "angka", "integer", "bilangan bulat",
            "string", "teks", "boolean", "true atau false", "array", "daftar [ ]", "object", "objek { }", "null", "kosong (null)");

    private static String jenis(JsonNode type) {
        if (type == null) {
            return "berjenis lain";
        }
        List<String> nama = new java.util.ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> nama.add(JENIS.getOrDefault(t.asString(), t.asString())));
        } else {
            nama.add(JENIS.getOrDefault(type.asString(), type.asString()));
        }
        return String.join(" atau ", nama);
    }

    private static String pilihan(JsonNode daftar) {
        List<String> nilai = new java.util.ArrayList<>();
        if (daftar != null) {
            daftar.forEach(n -> nilai.add(n.isNull() ? "null" : n.asString()));
        }
        return String.join(", ", nilai);
    }

    /** 1e18 → {@code 1.000.000.000.000.000.000}, the Indonesian way; a year or a length (below 10.000) as it is. */
    private static String angka(JsonNode n) {
        if (n == null || !n.isNumber()) {
            return n == null ? "" : n.toString();
        }
        if (n.decimalValue().abs().compareTo(java.math.BigDecimal.valueOf(10_000)) < 0) {
            return n.decimalValue().stripTrailingZeros().toPlainString();
        }
        java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0.##########",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.forLanguageTag("id")));
        return f.format(n.decimalValue());
    }

    private static Schema muat(String resource) {
        try (InputStream in = SkemaDokumen.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
