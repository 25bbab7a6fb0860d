package id.kinerja.jejak;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The audit log of the current dinas: read, export as CSV, and summary rows for bulk work. */
@Singleton
public class JejakService {

    public static final int BATAS_MAKS = 1000;

    private final JejakRepository jejak;
    private final JsonMapper json;

    JejakService(JejakRepository jejak, JsonMapper json) {
        this.jejak = jejak;
        this.json = json;
    }

    public List<Jejak> cari(@Nullable Instant dari, @Nullable Instant sampai, @Nullable String entitas, @Nullable Long entitasId,
                            int batas, int lewati) {
        return jejak.cari(dari == null ? Instant.EPOCH : dari, sampai == null ? Instant.now().plusSeconds(60) : sampai,
                entitas, entitasId, Math.max(1, Math.min(BATAS_MAKS, batas)), Math.max(0, lewati));
    }

    /** One row recording bulk work (an import) that did not record every change. */
    public void ringkasan(@Nullable String pengguna, String aksi, String entitas, Map<String, Object> isi) {
        jejak.save(new Jejak(null, Instant.now(), pengguna, aksi, entitas, null, null, isi, null));
    }

    /** The log as CSV (UTF-8, comma separated, quoted), cells that a spreadsheet would run as formulas defused. */
    public byte[] csv(List<Jejak> rows) {
        StringBuilder out = new StringBuilder("waktu,pengguna,aksi,entitas,entitas_id,lama,baru,alasan\n");
        for (Jejak j : rows) {
            out.append(sel(String.valueOf(j.waktu()))).append(',').append(sel(j.pengguna())).append(',').append(sel(j.aksi()))
                    .append(',').append(sel(j.entitas())).append(',').append(sel(j.entitasId() == null ? null : j.entitasId().toString()))
                    .append(',').append(sel(tulis(j.lama()))).append(',').append(sel(tulis(j.baru()))).append(',')
                    .append(sel(j.alasan())).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String tulis(@Nullable Map<String, Object> map) {
        if (map == null) {
            return null;
        }
        try {
            return json.writeValueAsString(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
