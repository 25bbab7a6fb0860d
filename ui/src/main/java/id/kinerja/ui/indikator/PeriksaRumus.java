package id.kinerja.ui.indikator;

import id.kinerja.rumus.HasilRumus;
import id.kinerja.rumus.Rumus;
import id.kinerja.rumus.RumusTidakValidException;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The formula as it is typed: checked by the same rule the save uses ({@link Rumus#parse}), and computed once with
 * sample values of its components, so the officer sees at once where it is wrong or what it gives.
 *
 * @param galat           the reason it cannot be saved, null when it can
 * @param posisi          the character the reason points at (from 1), or null
 * @param contoh          the value from the sample values, or null
 * @param alasanContoh    why there is no sample value (a component without a sample, a division by zero)
 * @param butuhTahunLalu  the formula reads a component of an earlier year ({@code x[N-1]})
 */
public record PeriksaRumus(@Nullable String galat, @Nullable Integer posisi, @Nullable BigDecimal contoh,
                           @Nullable String alasanContoh, boolean butuhTahunLalu) {

    private static final Pattern KARAKTER = Pattern.compile("karakter ke-(\\d+)");

    /** Year N of the sample (any year: only the difference to N-1 matters). */
    static final int TAHUN_CONTOH = 2000;

    public boolean sah() {
        return galat == null;
    }

    /**
     * @param contohIni  sample value of each component in year N (null: none given)
     * @param contohLalu sample value of each component in earlier years
     */
    public static PeriksaRumus periksa(@Nullable String rumus, Map<String, BigDecimal> contohIni, Map<String, BigDecimal> contohLalu) {
        if (rumus == null || rumus.isBlank()) {
            return new PeriksaRumus(null, null, null, null, false);
        }
        Rumus r;
        try {
            r = Rumus.parse(rumus, contohIni.keySet());
        } catch (RumusTidakValidException e) {
            Matcher m = KARAKTER.matcher(String.valueOf(e.getMessage()));
            return new PeriksaRumus(e.getMessage(), m.find() ? Integer.valueOf(m.group(1)) : null, null, null, false);
        }
        HasilRumus h = r.hitung(TAHUN_CONTOH, (nama, tahun) -> tahun == TAHUN_CONTOH ? contohIni.get(nama) : contohLalu.get(nama));
        return new PeriksaRumus(null, null, h.nilai(), h.alasan(), r.butuhTahunLalu());
    }
}
