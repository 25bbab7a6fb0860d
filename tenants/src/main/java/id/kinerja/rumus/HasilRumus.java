package id.kinerja.rumus;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;

/** A formula's value, or the reason there is none (missing component, division by zero). */
public record HasilRumus(@Nullable BigDecimal nilai, @Nullable String alasan) {

    static HasilRumus dari(BigDecimal nilai) {
        return new HasilRumus(nilai, null);
    }

    static HasilRumus tidakDiketahui(String alasan) {
        return new HasilRumus(null, alasan);
    }

    public boolean diketahui() {
        return nilai != null;
    }
}
