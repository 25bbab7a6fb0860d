package id.kinerja.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.micronaut.context.annotation.Primary;
import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.MapItemReferencePath;
import io.micronaut.serde.exceptions.path.PropertyReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;
import io.micronaut.serde.jackson.JacksonDecoder;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Strict JSON reading for every body Kinerja accepts: a value must have the JSON type of its field. Micronaut
 * Serde (2.x, no coercion settings) would otherwise read {@code true} as 1, {@code 1e400} as the text "1e400"
 * and "40" as a number. Each refusal is a {@link Ditolak} with an Indonesian reason; the containers around it add
 * the path ({@code [0].nilai}), which the API's error response names as the field. These deserializers are
 * {@code @Primary} over Serde's built-in ones.
 */
public final class JsonKetat {

    private JsonKetat() {
    }

    /** A value of the wrong JSON type, or one PostgreSQL could not store; the message is the reason, in Indonesian. */
    public static final class Ditolak extends SerdeException {
        public Ditolak(String alasan) {
            super(alasan);
        }
    }

    /** Where in the document Serde was when it refused a value: {@code [0].nilai}, {@code periods[2].name}; "" for the whole. */
    public static String jalur(SerdeException e) {
        List<ReferencePath> path = new ArrayList<>(e.getPath());
        Collections.reverse(path); // recorded innermost first, as the error travelled out
        StringBuilder s = new StringBuilder();
        for (ReferencePath p : path) {
            switch (p) {
                case CollectionItemReferencePath c -> s.append('[').append(c.index()).append(']');
                case MapItemReferencePath m -> s.append(s.isEmpty() ? "" : ".").append(m.key());
                case PropertyReferencePath r -> s.append(s.isEmpty() ? "" : ".").append(r.property().getName());
                default -> { }
            }
        }
        return s.toString();
    }

    /** Text: only a JSON string, without NUL characters (PostgreSQL cannot store them). */
    @Singleton
    @Primary
    static final class Teks implements Deserializer<String> {
        @Override
        public String deserialize(Decoder decoder, DecoderContext context, Argument<? super String> type) throws IOException {
            JsonNode node = decoder.decodeNode();
            if (node.isNull()) {
                return null;
            }
            if (!node.isString()) {
                throw new Ditolak("harus berupa teks dalam tanda petik, bukan " + jenis(node));
            }
            String s = node.getStringValue();
            if (s.indexOf('\u0000') >= 0) {
                throw new Ditolak("tidak boleh berisi karakter NUL (\\u0000)");
            }
            return s;
        }
    }

    /**
     * A list of texts ({@code fungsi}, {@code misi}): Serde reads these with a list reader of its own that would
     * take {@code [1]} as "1"; each item is read as {@link Teks}, and a refusal names it ({@code fungsi[2]}).
     */
    @Singleton
    @Primary
    static final class DaftarTeks implements Deserializer<List<String>> {
        private final Teks teks = new Teks();

        @Override
        public List<String> deserialize(Decoder decoder, DecoderContext context, Argument<? super List<String>> type)
                throws IOException {
            if (decoder.decodeNull()) {
                return null;
            }
            List<String> hasil = new ArrayList<>();
            Decoder daftar = decoder.decodeArray();
            while (daftar.hasNextArrayValue()) {
                try {
                    hasil.add(teks.deserialize(daftar, context, Argument.STRING));
                } catch (SerdeException e) {
                    e.getPath().add(ReferencePath.ofCollection(List.class, type, hasil.size()));
                    throw e;
                }
            }
            daftar.finishStructure();
            return hasil;
        }
    }

    /** A whole number: a JSON number without fraction or exponent, within the range of an int. */
    @Singleton
    @Primary
    static final class BilanganBulat implements Deserializer<Integer> {
        @Override
        public Integer deserialize(Decoder decoder, DecoderContext context, Argument<? super Integer> type) throws IOException {
            BigInteger n = bulat(decoder);
            if (n == null) {
                return null;
            }
            if (n.bitLength() > 31) {
                throw new Ditolak("di luar jangkauan bilangan bulat");
            }
            return n.intValue();
        }
    }

    /** An id or a version: a JSON whole number within the range of a long. */
    @Singleton
    @Primary
    static final class BilanganPanjang implements Deserializer<Long> {
        @Override
        public Long deserialize(Decoder decoder, DecoderContext context, Argument<? super Long> type) throws IOException {
            BigInteger n = bulat(decoder);
            if (n == null) {
                return null;
            }
            if (n.bitLength() > 63) {
                throw new Ditolak("di luar jangkauan bilangan bulat");
            }
            return n.longValue();
        }
    }

    /** A figure: a JSON number, read exactly; an exponent beyond ±1000 is refused before anything computes with it. */
    @Singleton
    @Primary
    static final class Angka implements Deserializer<BigDecimal> {
        @Override
        public BigDecimal deserialize(Decoder decoder, DecoderContext context, Argument<? super BigDecimal> type) throws IOException {
            if (decoder.decodeNull()) {
                return null;
            }
            Number n = angka(decoder);
            BigDecimal b = n instanceof Double ? persis(decoder, (Double) n) : desimal(n);
            if (Math.abs((long) b.scale()) > 1000 || (long) b.precision() - b.scale() > 1000) {
                throw new Ditolak("angka di luar jangkauan");
            }
            return b;
        }
    }

    /** Yes or no: only {@code true} or {@code false}. */
    @Singleton
    @Primary
    static final class YaTidak implements Deserializer<Boolean> {
        @Override
        public Boolean deserialize(Decoder decoder, DecoderContext context, Argument<? super Boolean> type) throws IOException {
            JsonNode node = decoder.decodeNode();
            if (node.isNull()) {
                return null;
            }
            if (!node.isBoolean()) {
                throw new Ditolak("harus true atau false, bukan " + jenis(node));
            }
            return node.getBooleanValue();
        }
    }

    private static final Pattern TANGGAL = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** A date: a JSON string {@code yyyy-mm-dd} with a four-digit year (PostgreSQL's range, and a person's). */
    @Singleton
    @Primary
    static final class Tanggal implements Deserializer<LocalDate> {
        @Override
        public LocalDate deserialize(Decoder decoder, DecoderContext context, Argument<? super LocalDate> type) throws IOException {
            JsonNode node = decoder.decodeNode();
            if (node.isNull()) {
                return null;
            }
            String s = node.isString() ? node.getStringValue() : null;
            if (s == null || !TANGGAL.matcher(s).matches()) {
                throw new Ditolak("harus tanggal berbentuk tttt-bb-hh, misalnya \"2025-03-31\"");
            }
            try {
                return LocalDate.parse(s);
            } catch (DateTimeException e) {
                throw new Ditolak("bukan tanggal yang ada: " + s);
            }
        }
    }

    /** A whole number, or null for JSON null; a fraction or an exponent is refused. */
    private static BigInteger bulat(Decoder decoder) throws IOException {
        if (decoder.decodeNull()) {
            return null;
        }
        Number n = angka(decoder);
        if (n instanceof BigDecimal || n instanceof Double || n instanceof Float) {
            throw new Ditolak("harus bilangan bulat, tanpa koma atau eksponen");
        }
        return n instanceof BigInteger bi ? bi : BigInteger.valueOf(n.longValue());
    }

    /** A JSON number as it was written; any other JSON type is refused. */
    private static Number angka(Decoder decoder) throws IOException {
        Number n;
        try {
            n = decoder.decodeNumber();
        } catch (SerdeException e) {
            throw new Ditolak("harus berupa angka tanpa tanda petik");
        }
        // Serde's decodeNumber also turns a string of digits ("40") into a number
        if (PENGURAI != null && decoder instanceof JacksonDecoder
                && ((JsonParser) PENGURAI.get(decoder)).currentToken() == JsonToken.VALUE_STRING) {
            throw new Ditolak("harus berupa angka tanpa tanda petik");
        }
        return n;
    }

    private static final VarHandle PENGURAI = pengurai();

    private static VarHandle pengurai() {
        try {
            return MethodHandles.privateLookupIn(JacksonDecoder.class, MethodHandles.lookup())
                    .findVarHandle(JacksonDecoder.class, "parser", JsonParser.class);
        } catch (ReflectiveOperationException | SecurityException e) {
            return null;
        }
    }

    /**
     * A decimal as it was written. Serde's decoder hands a fraction over as a double, which keeps only about 16 digits
     * (99999999999999999.1234567890 would become 1.0E17); Jackson's parser still holds the token and rebuilds it
     * exactly from its text. Without that parser (a buffered decoder) the double's shortest text is the best there is.
     */
    private static BigDecimal persis(Decoder decoder, double d) throws IOException {
        if (PENGURAI != null && decoder instanceof JacksonDecoder) {
            JsonParser p = (JsonParser) PENGURAI.get(decoder);
            if (p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
                return p.getDecimalValue();
            }
        }
        return desimal(d);
    }

    private static BigDecimal desimal(Number n) throws Ditolak {
        return switch (n) {
            case BigDecimal b -> b;
            case BigInteger b -> new BigDecimal(b);
            // the parser hands a short decimal over as a double: its shortest text, without the trailing zero that
            // BigDecimal.valueOf adds (1.0E-10 would count 11 decimals for the 10 written in 0.0000000001)
            case Double d when Double.isFinite(d) -> {
                BigDecimal b = BigDecimal.valueOf(d).stripTrailingZeros();
                yield b.scale() < 0 ? b.setScale(0) : b;
            }
            case Double d -> throw new Ditolak("angka di luar jangkauan");
            default -> BigDecimal.valueOf(n.longValue());
        };
    }

    private static String jenis(JsonNode node) {
        if (node.isNumber()) {
            return "angka";
        }
        if (node.isBoolean()) {
            return "true/false";
        }
        if (node.isArray()) {
            return "daftar";
        }
        if (node.isObject()) {
            return "objek";
        }
        return "teks";
    }
}
