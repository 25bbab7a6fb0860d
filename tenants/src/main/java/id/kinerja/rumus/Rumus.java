package id.kinerja.rumus;

import com.ezylang.evalex.Expression;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.config.MapBasedFunctionDictionary;
import com.ezylang.evalex.functions.FunctionIfc;
import com.ezylang.evalex.functions.basic.AbsFunction;
import com.ezylang.evalex.functions.basic.AverageFunction;
import com.ezylang.evalex.functions.basic.CeilingFunction;
import com.ezylang.evalex.functions.basic.FloorFunction;
import com.ezylang.evalex.functions.basic.IfFunction;
import com.ezylang.evalex.functions.basic.MaxFunction;
import com.ezylang.evalex.functions.basic.MinFunction;
import com.ezylang.evalex.functions.basic.RoundFunction;
import com.ezylang.evalex.functions.basic.SqrtFunction;
import com.ezylang.evalex.functions.basic.SumFunction;
import com.ezylang.evalex.parser.ASTNode;
import com.ezylang.evalex.parser.ParseException;
import com.ezylang.evalex.parser.Token;
import com.ezylang.evalex.parser.Token.TokenType;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A computable indicator formula over named components, evaluated exactly on BigDecimal (34 significant digits,
 * {@link MathContext#DECIMAL128}). EvalEx parses it; {@link Penilai} computes it within bounds.
 * <p>
 * A component is written by its name ({@code jumlah_koperasi_rat / jumlah_koperasi * 100}). Its value in
 * another year is written with a year index, {@code N} being the year measured:
 * {@code (nilai_produksi[N] - nilai_produksi[N-1]) / nilai_produksi[N-1] * 100}. A component is used either
 * always with an index or never; {@code N} appears only inside an index.
 * <p>
 * Bounds, so that no formula can hold a CPU or a connection: exponents are whole numbers written in the formula,
 * at most {@value #PANGKAT_MAKS} either way; numbers and every intermediate value stay within
 * 10<sup>±{@value #DIGIT_MAKS}</sup>; a result beyond 10<sup>{@value #HASIL_MAKS_DIGIT}</sup> (what a realisation may
 * hold) is refused with its reason; only the functions in {@link #FUNGSI}. Formulas are at most 1,000 characters, so
 * evaluation is a few thousand decimal operations at most.
 */
public final class Rumus {

    /** How many years back {@code x[N-k]} may reach. */
    public static final int TAHUN_KE_BELAKANG = 5;
    /** The largest exponent, either way ({@code x^100}, {@code x^-100}). */
    public static final int PANGKAT_MAKS = 100;
    /** Every number in a formula and every intermediate value lies within 10^±60. */
    public static final int DIGIT_MAKS = 60;
    /** A result must have fewer than 18 digits before the decimal point, like a realisation entered by hand. */
    public static final int HASIL_MAKS_DIGIT = 18;
    public static final Pattern NAMA_KOMPONEN = Pattern.compile("[a-z][a-z0-9_]{0,59}");
    /** The functions a formula may call. */
    public static final List<String> FUNGSI = List.of("ABS", "AVERAGE", "CEILING", "FLOOR", "IF", "MAX", "MIN", "ROUND",
            "SQRT", "SUM");
    private static final Set<String> CADANGAN = Set.of("n", "e", "pi", "true", "false", "null", "dt_format_local_date",
            "dt_format_local_date_time");
    private static final BigDecimal HASIL_MAKS = BigDecimal.TEN.pow(HASIL_MAKS_DIGIT);
    static final ExpressionConfiguration CONFIG = ExpressionConfiguration.builder()
            .mathContext(MathContext.DECIMAL128)
            .structuresAllowed(false)
            .functionDictionary(MapBasedFunctionDictionary.ofFunctions(
                    fungsi("ABS", new AbsFunction()), fungsi("AVERAGE", new AverageFunction()),
                    fungsi("CEILING", new CeilingFunction()), fungsi("FLOOR", new FloorFunction()),
                    fungsi("IF", new IfFunction()), fungsi("MAX", new MaxFunction()), fungsi("MIN", new MinFunction()),
                    fungsi("ROUND", new RoundFunction()), fungsi("SQRT", new SqrtFunction()), fungsi("SUM", new SumFunction())))
            .build();

    private final String teks;
    private final ASTNode pohon;
    /** component → year offsets it is read at (0 = this year); bare components read at offset 0 only. */
    private final Map<String, Set<Integer>> komponen;

    private Rumus(String teks, ASTNode pohon, Map<String, Set<Integer>> komponen) {
        this.teks = teks;
        this.pohon = pohon;
        this.komponen = komponen;
    }

    private static Map.Entry<String, FunctionIfc> fungsi(String nama, FunctionIfc f) {
        return Map.entry(nama, f);
    }

    /**
     * Checks {@code teks} against the declared component names.
     *
     * @throws RumusTidakValidException naming the character of a syntax error (counted from 1), the unknown name,
     *                                  or the bound exceeded
     */
    public static Rumus parse(String teks, Collection<String> namaKomponen) {
        if (teks == null || teks.isBlank()) {
            throw new RumusTidakValidException("rumus kosong");
        }
        Set<String> dikenal = new TreeSet<>();
        namaKomponen.forEach(n -> dikenal.add(n.toLowerCase(Locale.ROOT)));
        ASTNode root;
        try {
            Expression expression = new Expression(teks, CONFIG);
            expression.validate();
            root = expression.getAbstractSyntaxTree();
        } catch (ParseException e) {
            throw PesanRumus.terjemahkan(teks, e, CONFIG);
        } catch (RuntimeException e) { // EvalEx's own slip on some malformed input (an operator right after "(")
            throw PesanRumus.tidakTerbaca(teks);
        }
        Map<String, Set<Integer>> dipakai = new HashMap<>();
        Set<String> berindeks = new TreeSet<>();
        Set<String> polos = new TreeSet<>();
        periksa(teks, root, dipakai, berindeks, polos);
        for (String nama : dipakai.keySet()) {
            if (!dikenal.contains(nama)) {
                throw new RumusTidakValidException("komponen '" + nama + "' tidak dikenal; yang ada: "
                        + (dikenal.isEmpty() ? "(belum ada komponen)" : String.join(", ", dikenal)));
            }
        }
        for (String nama : berindeks) {
            if (polos.contains(nama)) {
                throw new RumusTidakValidException("komponen '" + nama + "' dipakai dengan dan tanpa [N]: tulis "
                        + nama + "[N] untuk nilai tahun ini");
            }
        }
        return new Rumus(teks, root, Map.copyOf(dipakai));
    }

    private static void periksa(String teks, ASTNode node, Map<String, Set<Integer>> dipakai, Set<String> berindeks,
                                Set<String> polos) {
        Token token = node.getToken();
        switch (token.getType()) {
            case ARRAY_INDEX -> {
                ASTNode array = node.getParameters().get(0);
                if (array.getToken().getType() != TokenType.VARIABLE_OR_CONSTANT) {
                    throw salahIndeks(teks, token);
                }
                String nama = array.getToken().getValue().toLowerCase(Locale.ROOT);
                int mundur = offset(teks, node.getParameters().get(1), token);
                dipakai.computeIfAbsent(nama, k -> new TreeSet<>()).add(mundur);
                berindeks.add(nama);
                return;
            }
            case VARIABLE_OR_CONSTANT -> {
                String nama = token.getValue().toLowerCase(Locale.ROOT);
                if (nama.equals("n")) {
                    throw new RumusTidakValidException(PesanRumus.di(token.getStartPosition(), teks)
                            + "N hanya boleh dipakai di dalam [ ], misalnya nilai[N-1]");
                }
                if (nama.equals("null") || nama.startsWith("dt_")) {
                    throw new RumusTidakValidException(PesanRumus.di(token.getStartPosition(), teks)
                            + "'" + token.getValue() + "' tidak dapat dipakai dalam rumus");
                }
                if (!CADANGAN.contains(nama)) {
                    dipakai.computeIfAbsent(nama, k -> new TreeSet<>()).add(0);
                    polos.add(nama);
                }
                return;
            }
            case NUMBER_LITERAL -> {
                BigDecimal v;
                try {
                    v = Penilai.angka(token);
                } catch (NumberFormatException e) {
                    throw new RumusTidakValidException(PesanRumus.di(token.getStartPosition(), teks)
                            + "angka '" + token.getValue() + "' tidak sah; tulis angka desimal dengan titik, misalnya 0.5");
                }
                try {
                    Penilai.dalamJangkauan(v);
                } catch (Penilai.TakTerhitung e) {
                    throw new RumusTidakValidException(PesanRumus.di(token.getStartPosition(), teks)
                            + "angka '" + token.getValue() + "' di luar jangkauan 10^±" + DIGIT_MAKS);
                }
                return;
            }
            case STRING_LITERAL -> throw new RumusTidakValidException(PesanRumus.di(token.getStartPosition(), teks)
                    + "teks dalam tanda kutip tidak dapat dipakai dalam rumus");
            case INFIX_OPERATOR, PREFIX_OPERATOR, FUNCTION -> {
                for (ASTNode child : node.getParameters()) {
                    periksa(teks, child, dipakai, berindeks, polos);
                }
                if (token.getValue().equals("^")) {
                    periksaPangkat(teks, token, node.getParameters().get(1));
                }
            }
            default -> throw new RumusTidakValidException(PesanRumus.di(token.getStartPosition(), teks)
                    + "'" + token.getValue() + "' tidak dapat dipakai dalam rumus");
        }
    }

    /** An exponent is a whole number written in the formula (or a small sum of such), |n| ≤ {@value #PANGKAT_MAKS}. */
    private static void periksaPangkat(String teks, Token at, ASTNode eksponen) {
        String salah = PesanRumus.di(at.getStartPosition(), teks) + "pangkat harus bilangan bulat tetap antara -"
                + PANGKAT_MAKS + " dan " + PANGKAT_MAKS + " (misalnya x^2)";
        if (!Penilai.angkaTetap(eksponen)) {
            throw new RumusTidakValidException(salah + ", bukan komponen");
        }
        try {
            eksponenSah(new Penilai((nama, mundur) -> {
                throw new IllegalStateException("a constant exponent reads no component");
            }).nilai(eksponen));
        } catch (Penilai.TakTerhitung e) {
            throw new RumusTidakValidException(salah);
        }
    }

    /** The exponent as an int, or {@link Penilai.TakTerhitung} when it is not a whole number within the bound. */
    static int eksponenSah(BigDecimal eksponen) {
        if (eksponen.signum() != 0 && eksponen.stripTrailingZeros().scale() > 0
                || eksponen.abs().compareTo(BigDecimal.valueOf(PANGKAT_MAKS)) > 0) {
            throw new Penilai.TakTerhitung("pangkat harus bilangan bulat antara -" + PANGKAT_MAKS + " dan " + PANGKAT_MAKS);
        }
        return eksponen.intValueExact();
    }

    /** The index must be {@code N} or {@code N-k}, 1 ≤ k ≤ {@value #TAHUN_KE_BELAKANG}. */
    private static int offset(String teks, ASTNode index, Token at) {
        Token t = index.getToken();
        if (t.getType() == TokenType.VARIABLE_OR_CONSTANT && t.getValue().equalsIgnoreCase("n")) {
            return 0;
        }
        if (t.getType() == TokenType.INFIX_OPERATOR && t.getValue().equals("-")) {
            ASTNode left = index.getParameters().get(0);
            ASTNode right = index.getParameters().get(1);
            if (left.getToken().getValue().equalsIgnoreCase("n")
                    && right.getToken().getType() == TokenType.NUMBER_LITERAL
                    && right.getToken().getValue().matches("\\d{1,9}")) {
                int k = Integer.parseInt(right.getToken().getValue());
                if (k >= 1 && k <= TAHUN_KE_BELAKANG) {
                    return k;
                }
                throw new RumusTidakValidException(PesanRumus.di(at.getStartPosition(), teks) + "paling jauh [N-"
                        + TAHUN_KE_BELAKANG + "]");
            }
        }
        throw salahIndeks(teks, at);
    }

    /** The year offset of a validated index node ({@code N} → 0, {@code N-2} → 2). */
    static int mundur(ASTNode index) {
        return index.getToken().getType() == TokenType.INFIX_OPERATOR
                ? Integer.parseInt(index.getParameters().get(1).getToken().getValue()) : 0;
    }

    private static RumusTidakValidException salahIndeks(String teks, Token at) {
        return new RumusTidakValidException(PesanRumus.di(at.getStartPosition(), teks)
                + "indeks tahun harus [N] atau [N-1] … [N-" + TAHUN_KE_BELAKANG + "]");
    }

    /** Checks a component name: lowercase letters, digits and underscores, starting with a letter, not reserved. */
    public static void periksaNamaKomponen(String nama) {
        if (nama == null || !NAMA_KOMPONEN.matcher(nama).matches()) {
            throw new RumusTidakValidException("nama komponen '" + nama
                    + "' harus huruf kecil, angka atau garis bawah, diawali huruf (contoh: jumlah_koperasi)");
        }
        if (CADANGAN.contains(nama)) {
            throw new RumusTidakValidException("nama komponen '" + nama + "' sudah dipakai oleh rumus");
        }
    }

    public String teks() {
        return teks;
    }

    /** Components the formula refers to. */
    public Set<String> komponen() {
        return komponen.keySet();
    }

    /** True when the formula reads a component of an earlier year ({@code x[N-1]}). */
    public boolean butuhTahunLalu() {
        return komponen.values().stream().anyMatch(offsets -> offsets.stream().anyMatch(k -> k > 0));
    }

    /**
     * Evaluates for year {@code tahun}. Never throws: a value that cannot be computed (a missing component, a
     * division by zero, a value out of range) comes back without a value and with its reason.
     *
     * @param nilai the value of a component in a year, or null when not known
     */
    public HasilRumus hitung(int tahun, NilaiKomponen nilai) {
        List<String> kurang = new ArrayList<>();
        for (Map.Entry<String, Set<Integer>> k : komponen.entrySet()) {
            for (int mundur : k.getValue()) {
                if (nilai.nilai(k.getKey(), tahun - mundur) == null) {
                    kurang.add(mundur == 0 ? k.getKey() : k.getKey() + " tahun " + (tahun - mundur));
                }
            }
        }
        if (!kurang.isEmpty()) {
            return HasilRumus.tidakDiketahui("komponen belum diisi: " + String.join(", ", new TreeSet<>(kurang)));
        }
        try {
            BigDecimal hasil = new Penilai((nama, mundur) -> Penilai.dalamJangkauan(nilai.nilai(nama, tahun - mundur)))
                    .nilai(pohon);
            if (hasil.abs().compareTo(HASIL_MAKS) >= 0) {
                return HasilRumus.tidakDiketahui("hasil rumus melebihi " + HASIL_MAKS_DIGIT + " angka di depan koma");
            }
            return HasilRumus.dari(hasil);
        } catch (Penilai.TakTerhitung e) {
            return HasilRumus.tidakDiketahui(e.getMessage());
        }
    }

    @Override
    public String toString() {
        return teks;
    }
}
