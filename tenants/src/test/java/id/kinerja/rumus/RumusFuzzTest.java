package id.kinerja.rumus;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Generated formulas over generated components: whatever is typed, saving throws nothing but a validation error,
 * and computing throws nothing at all, gives a value within the bound or a reason, and never takes long.
 * Seeded, so that a failure can be replayed.
 */
class RumusFuzzTest {

    static final List<String> KOMPONEN = List.of("a", "b", "c", "g");
    static final List<String> NILAI = List.of("0", "0E-10", "0.0000000000", "-0", "1", "-1", "0.5", "3", "100", "1E-10",
            "-1E-10", "999999999999999999.9999999999", "-999999999999999999.9999999999", "123456789.123456789", "7");
    static final List<String> ANGKA = List.of("0", "0.0", "1", "2", "10", "100", "0.001", "1e5", "1e-5", "1e60", "1e-60",
            "1e61", "1e400", "99999999", "3.14", "0x10", "1.2.3", "1e");
    static final List<String> OPERATOR = List.of("+", "-", "*", "/", "^", "%", "==", "!=", ">", "<=", "&&", "||");
    static final List<String> FUNGSI = List.of("ABS", "MIN", "MAX", "SUM", "AVERAGE", "ROUND", "FLOOR", "CEILING", "SQRT",
            "IF", "FACT", "RANDOM", "STR_MATCHES", "LOG", "DT_DATE_NEW");

    final Random random = new Random(20251201L);

    @Test
    void generatedFormulasOnlyEverFailValidationAndAlwaysComputeQuickly() {
        int[] hasil = new int[4]; // refused, value, reason, max millis of one evaluation
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int n = 0; n < 4000; n++) {
                String teks = n % 5 == 4 ? rusak(ekspresi(4)) : ekspresi(4);
                Rumus rumus;
                try {
                    rumus = Rumus.parse(teks, KOMPONEN);
                } catch (RumusTidakValidException e) {
                    assertThat(e.getMessage()).as(teks).isNotBlank().doesNotContain("Exception");
                    hasil[0]++;
                    continue;
                } catch (RuntimeException e) {
                    fail("'" + teks + "' failed to parse with " + e, e);
                    return;
                }
                for (int k = 0; k < 3; k++) {
                    String[] nilai = {pilih(NILAI), pilih(NILAI), pilih(NILAI), pilih(NILAI)};
                    long mulai = System.nanoTime();
                    HasilRumus h;
                    try {
                        h = rumus.hitung(2025, (nama, tahun) -> new BigDecimal(nilai[(KOMPONEN.indexOf(nama) + tahun) % 4]));
                    } catch (RuntimeException e) {
                        fail("'" + teks + "' with " + String.join(", ", nilai) + " threw " + e, e);
                        return;
                    }
                    hasil[3] = (int) Math.max(hasil[3], (System.nanoTime() - mulai) / 1_000_000);
                    if (h.diketahui()) {
                        assertThat(h.nilai().abs()).as(teks).isLessThan(BigDecimal.TEN.pow(Rumus.HASIL_MAKS_DIGIT));
                        assertThat(h.alasan()).isNull();
                        hasil[1]++;
                    } else {
                        assertThat(h.alasan()).as(teks).isNotBlank();
                        hasil[2]++;
                    }
                }
            }
        });
        // the generator reaches all three outcomes, so the assertions above were exercised
        assertThat(hasil[0]).isGreaterThan(400);
        assertThat(hasil[1]).isGreaterThan(1000);
        assertThat(hasil[2]).isGreaterThan(400);
        assertThat(hasil[3]).as("slowest evaluation, ms").isLessThan(1000);
    }

    private String ekspresi(int kedalaman) {
        int pilihan = kedalaman <= 0 ? random.nextInt(3) : random.nextInt(10);
        return switch (pilihan) {
            case 0 -> komponen();
            case 1 -> pilih(ANGKA);
            case 2 -> "g[N-" + (random.nextInt(7)) + "]";
            case 3, 4, 5 -> ekspresi(kedalaman - 1) + " " + pilih(OPERATOR) + " " + ekspresi(kedalaman - 1);
            case 6 -> "(" + ekspresi(kedalaman - 1) + ")";
            case 7 -> "(g[N] - g[N-1]) / g[N-1] * " + ekspresi(kedalaman - 1);
            case 8 -> ekspresi(kedalaman - 1) + " ^ " + pilih(List.of("2", "-3", "100", "101", "99999999", "0.5", "a", "(1+1)"));
            default -> fungsi(kedalaman);
        };
    }

    private String fungsi(int kedalaman) {
        String f = pilih(FUNGSI);
        int n = f.equals("IF") ? 3 : f.equals("ROUND") ? 2 : 1 + random.nextInt(3);
        StringBuilder s = new StringBuilder(f).append('(');
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "" : ", ").append(ekspresi(kedalaman - 1));
        }
        return s.append(')').toString();
    }

    private String komponen() {
        return random.nextInt(4) == 0 ? "x" : pilih(List.of("a", "b", "c"));
    }

    /** A typing slip: a character dropped, doubled or replaced. */
    private String rusak(String teks) {
        if (teks.isEmpty()) {
            return "(";
        }
        int i = random.nextInt(teks.length());
        String sisip = pilih(List.of("(", ")", "[", "]", ",", ".", "\"", "$", "N", "*", " ", "!", "e"));
        return switch (random.nextInt(3)) {
            case 0 -> teks.substring(0, i) + teks.substring(i + 1);
            case 1 -> teks.substring(0, i) + sisip + teks.substring(i);
            default -> teks.substring(0, i) + sisip + teks.substring(i + 1);
        };
    }

    private <T> T pilih(List<T> daftar) {
        return daftar.get(random.nextInt(daftar.size()));
    }
}
