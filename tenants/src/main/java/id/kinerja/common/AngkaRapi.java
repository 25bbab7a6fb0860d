package id.kinerja.common;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.Encoder;
import io.micronaut.serde.Serializer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * One number format on output: a figure is written exact, without the trailing zeros of its column's scale and
 * without an exponent ({@code 5.0000000000} → {@code 5}, {@code 0E-10} → {@code 0}, {@code 1.5E+3} → {@code 1500}).
 * The serializer (over Serde's built-in one) makes every JSON answer use it; {@link #bersih} is the same rule for
 * the code that tidies a figure itself (the exchange document, the capaian scale).
 */
@Singleton
@Primary
public final class AngkaRapi implements Serializer<BigDecimal> {

    /** Exact value without trailing zeros and without exponent. */
    @Nullable
    public static BigDecimal bersih(@Nullable BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    @Override
    public void serialize(Encoder encoder, EncoderContext context, Argument<? extends BigDecimal> type, BigDecimal value)
            throws IOException {
        if (value == null) {
            encoder.encodeNull();
        } else {
            encoder.encodeBigDecimal(bersih(value));
        }
    }
}
