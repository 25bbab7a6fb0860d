package id.kinerja.rumus;

import java.math.BigDecimal;

/** Where a formula finds the value of a component in a year; null when it is not known. */
@FunctionalInterface
public interface NilaiKomponen {
    BigDecimal nilai(String komponen, int tahun);
}
