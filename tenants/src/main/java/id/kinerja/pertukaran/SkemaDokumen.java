package id.kinerja.pertukaran;

import id.kinerja.common.Sebab;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON Schema of the exchange format (resource {@code pertukaran/kinerja-exchange-1.schema.json}), applied to raw JSON. */
final class SkemaDokumen {

    static final String RESOURCE = "pertukaran/kinerja-exchange-1.schema.json";
    private static final Schema SCHEMA = muat();

    private SkemaDokumen() {
    }

    /** Every violation of the schema, with its path; empty when the JSON conforms. */
    static List<Galat> periksa(String json) {
        List<Error> errors;
        try {
            errors = SCHEMA.validate(json, InputFormat.JSON);
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
    static String bukanJson(Throwable e) {
        for (Throwable t : Sebab.rantai(e)) {
            if (t instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null
                    && j.getLocation().getLineNr() > 0) {
                return "berkas bukan dokumen JSON yang sah (baris " + j.getLocation().getLineNr() + ", kolom "
                        + j.getLocation().getColumnNr() + "); unggah dokumen pertukaran .json atau buku kerja .xlsx";
            }
        }
        return "berkas bukan dokumen JSON yang sah; unggah dokumen pertukaran .json atau buku kerja .xlsx";
    }

    /** {@code /periods/0/startYear} (or {@code $.periods[0].startYear}) → {@code periods[0].startYear}. */
    static String path(String location) {
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

    private static String pesan(Error e) {
        String m = e.getMessage();
        int colon = m.indexOf(": ");
        return colon > 0 && m.startsWith("$") ? m.substring(colon + 2) : m;
    }

    private static Schema muat() {
        try (InputStream in = SkemaDokumen.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
