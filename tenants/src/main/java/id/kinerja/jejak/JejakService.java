package id.kinerja.jejak;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The audit log of the current dinas: read, export as CSV, and summary rows for bulk work. */
@Singleton
public class JejakService {

    /** The most rows one page of {@code GET …/jejak} returns. */
    public static final int BATAS_MAKS = 1000;
    /** Rows read per query of the CSV export; each query is its own short read. */
    static final int POTONGAN = 1000;

    private static final JsonFactory JSON = new JsonFactory();

    private final JejakRepository jejak;

    JejakService(JejakRepository jejak) {
        this.jejak = jejak;
    }

    /** One page, newest first; old and new values keep every digit (numbers are {@code BigDecimal} or whole numbers). */
    public List<Jejak> cari(@Nullable Instant dari, @Nullable Instant sampai, @Nullable String entitas, @Nullable Long entitasId,
                            int batas, int lewati) {
        return jejak.cari(awal(dari), akhir(sampai), entitas, entitasId, null, Math.max(1, Math.min(BATAS_MAKS, batas)),
                Math.max(0, lewati)).stream().map(JejakService::jejak).toList();
    }

    /** One page of the rows {@code saring} lets through, newest first (a page of the UI's grid). */
    public List<Jejak> cari(SaringJejak saring, int batas, int lewati) {
        return jejak.cari(awal(saring.dari()), akhir(saring.sampai()), saring.entitas(), null, saring.pengguna(),
                Math.max(1, Math.min(BATAS_MAKS, batas)), Math.max(0, lewati)).stream().map(JejakService::jejak).toList();
    }

    /** How many rows {@code saring} lets through. */
    public long hitung(SaringJejak saring) {
        return jejak.hitung(awal(saring.dari()), akhir(saring.sampai()), saring.entitas(), saring.pengguna());
    }

    /** The tables the log has rows of, for a filter. */
    public List<String> daftarEntitas() {
        return jejak.daftarEntitas();
    }

    /** The users the log has rows of, for a filter. */
    public List<String> daftarPengguna() {
        return jejak.daftarPengguna();
    }

    /**
     * The version of the dinas's data: changes with every committed write of its tables (each leaves a row in the
     * append-only log), and never returns to an earlier value. A key for what is computed from the data.
     */
    @io.micronaut.serde.annotation.Serdeable
    @io.micronaut.core.annotation.Introspected
    public record Versi(long jumlah, long terakhir) {
    }

    /** The current version of the dinas's data (see {@link Versi}). */
    public Versi versi() {
        return jejak.versi();
    }

    /** One row recording bulk work (an import) that did not record every change. */
    public void ringkasan(@Nullable String pengguna, String aksi, String entitas, Map<String, Object> isi) {
        jejak.save(new Jejak(null, Instant.now(), pengguna, aksi, entitas, null, null, isi, null));
    }

    /**
     * Writes every row of the log in the range as CSV (UTF-8, comma separated, quoted; cells a spreadsheet would run
     * as formulas defused), newest first. Rows are read {@value #POTONGAN} at a time by keyset, each read its own
     * short query: no transaction or connection is held while the client receives the file, and memory stays flat
     * however long the log is. Rows written after the export began are not in it.
     *
     * @return the number of rows written
     */
    public long tulisCsv(@Nullable Instant dari, @Nullable Instant sampai, @Nullable String entitas, Writer out) throws IOException {
        return tulisCsv(new SaringJejak(dari, sampai, entitas, null), out);
    }

    /** As {@link #tulisCsv(Instant, Instant, String, Writer)}, for the rows {@code saring} lets through. */
    public long tulisCsv(SaringJejak saring, Writer out) throws IOException {
        Instant mulai = awal(saring.dari());
        Instant sampai = saring.sampai();
        String entitas = saring.entitas();
        String pengguna = saring.pengguna();
        out.write("waktu,pengguna,aksi,entitas,entitas_id,lama,baru,alasan\n");
        long jumlah = 0;
        List<BarisJejak> potongan = jejak.cari(mulai, akhir(sampai), entitas, null, pengguna, POTONGAN, 0);
        while (!potongan.isEmpty()) {
            for (BarisJejak j : potongan) {
                out.write(sel(String.valueOf(j.waktu())) + ',' + sel(j.pengguna()) + ',' + sel(j.aksi()) + ',' + sel(j.entitas())
                        + ',' + sel(j.entitasId() == null ? null : j.entitasId().toString()) + ',' + sel(j.lama()) + ','
                        + sel(j.baru()) + ',' + sel(j.alasan()) + '\n');
            }
            jumlah += potongan.size();
            if (potongan.size() < POTONGAN) {
                break;
            }
            BarisJejak terakhir = potongan.getLast();
            potongan = jejak.setelah(mulai, terakhir.waktu(), terakhir.id(), entitas, pengguna, POTONGAN);
        }
        out.flush();
        return jumlah;
    }

    private static Instant awal(@Nullable Instant dari) {
        return dari == null ? Instant.EPOCH : dari;
    }

    private static Instant akhir(@Nullable Instant sampai) {
        return sampai == null ? Instant.now().plusSeconds(60) : sampai;
    }

    private static Jejak jejak(BarisJejak b) {
        return new Jejak(b.id(), b.waktu(), b.pengguna(), b.aksi(), b.entitas(), b.entitasId(), peta(b.lama()), peta(b.baru()),
                b.alasan());
    }

    /** JSON text to a map whose numbers are exact: fractions as {@code BigDecimal}, whole numbers as Integer/Long/BigInteger. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> peta(@Nullable String teks) {
        if (teks == null) {
            return null;
        }
        try (JsonParser p = JSON.createParser(teks)) {
            p.nextToken();
            return (Map<String, Object>) nilai(p);
        } catch (IOException e) {
            throw new UncheckedIOException("jejak JSON cannot be read", e);
        }
    }

    private static Object nilai(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String kunci = p.currentName();
                    p.nextToken();
                    m.put(kunci, nilai(p));
                }
                return m;
            }
            case START_ARRAY -> {
                List<Object> l = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    l.add(nilai(p));
                }
                return l;
            }
            case VALUE_NUMBER_FLOAT -> {
                return p.getDecimalValue();
            }
            case VALUE_NUMBER_INT -> {
                return p.getNumberValue();
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_TRUE -> {
                return Boolean.TRUE;
            }
            case VALUE_FALSE -> {
                return Boolean.FALSE;
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new IOException("unexpected JSON token " + t);
        }
    }

    /** CSV cell; a leading = + - @ would be a formula in a spreadsheet, so it gets a leading apostrophe. */
    static String sel(@Nullable String s) {
        if (s == null) {
            return "";
        }
        String v = !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
