package id.kinerja.rumus;

import com.ezylang.evalex.parser.ASTNode;
import com.ezylang.evalex.parser.Token;
import com.ezylang.evalex.parser.Token.TokenType;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * Evaluates a parsed formula on exact decimals with bounds, so that no formula can pin a CPU or fill memory:
 * 34 significant digits ({@link MathContext#DECIMAL128}), integer exponents of at most
 * {@value Rumus#PANGKAT_MAKS}, every intermediate value within 10<sup>±{@value Rumus#DIGIT_MAKS}</sup>. A value
 * that cannot be computed (division by zero, out of range) is a {@link TakTerhitung} with its reason, never an
 * exception a caller has to expect. EvalEx only parses; the arithmetic is here.
 */
final class Penilai {

    static final MathContext PRESISI = MathContext.DECIMAL128;
    private static final BigDecimal PI = new BigDecimal("3.141592653589793238462643383279503");
    private static final BigDecimal E = new BigDecimal("2.718281828459045235360287471352662");

    /** The value of component {@code nama} read {@code mundur} years back (0: the year measured). */
    private final BiFunction<String, Integer, BigDecimal> komponen;

    Penilai(BiFunction<String, Integer, BigDecimal> komponen) {
        this.komponen = komponen;
    }

    /** A value the formula cannot give, with the reason shown to people. */
    static final class TakTerhitung extends RuntimeException {
        TakTerhitung(String alasan) {
            super(alasan, null, false, false);
        }
    }

    BigDecimal nilai(ASTNode node) {
        Token t = node.getToken();
        BigDecimal v = switch (t.getType()) {
            case NUMBER_LITERAL -> angka(t);
            case VARIABLE_OR_CONSTANT -> variabel(t.getValue());
            case ARRAY_INDEX -> komponen.apply(nama(node.getParameters().get(0)), Rumus.mundur(node.getParameters().get(1)));
            case PREFIX_OPERATOR -> awalan(t.getValue(), nilai(node.getParameters().get(0)));
            case INFIX_OPERATOR -> sisipan(t.getValue(), node.getParameters());
            case FUNCTION -> fungsi(t.getValue().toUpperCase(Locale.ROOT), node.getParameters());
            default -> throw new IllegalStateException("A validated formula holds a " + t.getType());
        };
        return dalamJangkauan(v);
    }

    /** A literal as written; its range was checked when the formula was saved. */
    static BigDecimal angka(Token t) {
        return new BigDecimal(t.getValue());
    }

    private BigDecimal variabel(String nama) {
        return switch (nama.toLowerCase(Locale.ROOT)) {
            case "pi" -> PI;
            case "e" -> E;
            case "true" -> BigDecimal.ONE;
            case "false" -> BigDecimal.ZERO;
            default -> komponen.apply(nama.toLowerCase(Locale.ROOT), 0);
        };
    }

    private static String nama(ASTNode node) {
        return node.getToken().getValue().toLowerCase(Locale.ROOT);
    }

    private static BigDecimal awalan(String op, BigDecimal v) {
        return switch (op) {
            case "-" -> v.negate();
            case "+" -> v;
            case "!" -> benar(v.signum() == 0);
            default -> throw new IllegalStateException("prefix operator " + op);
        };
    }

    private BigDecimal sisipan(String op, List<ASTNode> p) {
        if (op.equals("&&")) {
            return benar(nilai(p.get(0)).signum() != 0 && nilai(p.get(1)).signum() != 0);
        }
        if (op.equals("||")) {
            return benar(nilai(p.get(0)).signum() != 0 || nilai(p.get(1)).signum() != 0);
        }
        BigDecimal a = nilai(p.get(0));
        BigDecimal b = nilai(p.get(1));
        return switch (op) {
            case "+" -> a.add(b, PRESISI);
            case "-" -> a.subtract(b, PRESISI);
            case "*" -> a.multiply(b, PRESISI);
            case "/" -> a.divide(bukanNol(b), PRESISI);
            case "%" -> sisaBagi(a, bukanNol(b));
            case "^" -> pangkat(a, b);
            case "=", "==" -> benar(a.compareTo(b) == 0);
            case "!=", "<>" -> benar(a.compareTo(b) != 0);
            case ">" -> benar(a.compareTo(b) > 0);
            case ">=" -> benar(a.compareTo(b) >= 0);
            case "<" -> benar(a.compareTo(b) < 0);
            case "<=" -> benar(a.compareTo(b) <= 0);
            default -> throw new IllegalStateException("infix operator " + op);
        };
    }

    private static BigDecimal bukanNol(BigDecimal pembagi) {
        if (pembagi.signum() == 0) { // compares the value: 0E-10 from numeric(28,10) is zero too
            throw new TakTerhitung("pembagian dengan nol");
        }
        return pembagi;
    }

    private static BigDecimal sisaBagi(BigDecimal a, BigDecimal b) {
        try {
            return a.remainder(b, PRESISI);
        } catch (ArithmeticException e) {
            throw new TakTerhitung("sisa bagi tidak dapat dihitung: hasil baginya lebih dari 34 angka");
        }
    }

    /** Integer exponents only, |n| ≤ {@value Rumus#PANGKAT_MAKS}: exact, and cheap whatever the base. */
    static BigDecimal pangkat(BigDecimal dasar, BigDecimal eksponen) {
        int n = Rumus.eksponenSah(eksponen);
        if (n >= 0) {
            return dasar.pow(n, PRESISI);
        }
        BigDecimal penyebut = dalamJangkauan(dasar.pow(-n, PRESISI));
        return BigDecimal.ONE.divide(bukanNol(penyebut), PRESISI);
    }

    private BigDecimal fungsi(String nama, List<ASTNode> p) {
        if (nama.equals("IF")) { // lazy: the branch not taken is not computed (and cannot fail)
            return nilai(p.get(nilai(p.get(0)).signum() != 0 ? 1 : 2));
        }
        List<BigDecimal> a = new ArrayList<>(p.size());
        for (ASTNode n : p) {
            a.add(nilai(n));
        }
        return switch (nama) {
            case "ABS" -> a.get(0).abs();
            case "MIN" -> a.stream().min(BigDecimal::compareTo).orElseThrow();
            case "MAX" -> a.stream().max(BigDecimal::compareTo).orElseThrow();
            case "SUM" -> a.stream().reduce(BigDecimal.ZERO, (x, y) -> dalamJangkauan(x.add(y, PRESISI)));
            case "AVERAGE" -> dalamJangkauan(a.stream().reduce(BigDecimal.ZERO, (x, y) -> dalamJangkauan(x.add(y, PRESISI))))
                    .divide(BigDecimal.valueOf(a.size()), PRESISI);
            case "FLOOR" -> a.get(0).setScale(0, RoundingMode.FLOOR);
            case "CEILING" -> a.get(0).setScale(0, RoundingMode.CEILING);
            case "ROUND" -> a.get(0).setScale(desimal(a.get(1)), RoundingMode.HALF_UP);
            case "SQRT" -> {
                if (a.get(0).signum() < 0) {
                    throw new TakTerhitung("akar dari bilangan negatif");
                }
                yield a.get(0).sqrt(PRESISI);
            }
            default -> throw new IllegalStateException("function " + nama);
        };
    }

    private static int desimal(BigDecimal d) {
        if (d.stripTrailingZeros().scale() > 0 || d.compareTo(BigDecimal.ZERO) < 0 || d.compareTo(BigDecimal.TEN) > 0) {
            throw new TakTerhitung("ROUND: jumlah desimal harus bilangan bulat 0–10");
        }
        return d.intValue();
    }

    private static BigDecimal benar(boolean b) {
        return b ? BigDecimal.ONE : BigDecimal.ZERO;
    }

    /** Refuses a value beyond 10^±{@value Rumus#DIGIT_MAKS}: beyond it lie only typing slips, and slow arithmetic. */
    static BigDecimal dalamJangkauan(BigDecimal v) {
        if (v.signum() != 0) {
            long pangkatSepuluh = (long) v.precision() - v.scale() - 1;
            if (Math.abs(pangkatSepuluh) > Rumus.DIGIT_MAKS) {
                throw new TakTerhitung("hasil antara di luar jangkauan (lebih dari " + Rumus.DIGIT_MAKS + " digit)");
            }
        }
        return v;
    }

    static boolean angkaTetap(ASTNode node) {
        TokenType t = node.getToken().getType();
        if (t == TokenType.VARIABLE_OR_CONSTANT || t == TokenType.ARRAY_INDEX) {
            return false;
        }
        return node.getParameters().stream().allMatch(Penilai::angkaTetap);
    }
}
