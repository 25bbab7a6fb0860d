package id.kinerja.rumus;

import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.data.EvaluationValue;
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
 * A computable indicator formula over named components, evaluated exactly with EvalEx on BigDecimal
 * (34 significant digits, {@link MathContext#DECIMAL128}).
 * <p>
 * A component is written by its name ({@code jumlah_koperasi_rat / jumlah_koperasi * 100}). Its value in
 * another year is written with a year index, {@code N} being the year measured:
 * {@code (nilai_produksi[N] - nilai_produksi[N-1]) / nilai_produksi[N-1] * 100}. A component is used either
 * always with an index or never; {@code N} appears only inside an index.
 */
public final class Rumus {

    /** How many years back {@code x[N-k]} may reach. */
    public static final int TAHUN_KE_BELAKANG = 5;
    public static final Pattern NAMA_KOMPONEN = Pattern.compile("[a-z][a-z0-9_]{0,59}");
    private static final Set<String> CADANGAN = Set.of("n", "e", "pi", "true", "false", "null", "dt_format_local_date",
            "dt_format_local_date_time");
    private static final ExpressionConfiguration CONFIG = ExpressionConfiguration.builder()
            .mathContext(MathContext.DECIMAL128)
            .build();

    private final String teks;
    /** component → year offsets it is read at (0 = this year); bare components read at offset 0 only. */
    private final Map<String, Set<Integer>> komponen;
    private final Set<String> berindeks;

    private Rumus(String teks, Map<String, Set<Integer>> komponen, Set<String> berindeks) {
        this.teks = teks;
        this.komponen = komponen;
        this.berindeks = berindeks;
    }

    /**
     * Checks {@code teks} against the declared component names.
     *
     * @throws RumusTidakValidException naming the position of a syntax error, or the unknown name
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
            throw new RumusTidakValidException(
                    (e.getStartPosition() > 0 ? "pada posisi " + e.getStartPosition() + ": " : "") + e.getMessage());
        }
        Map<String, Set<Integer>> dipakai = new HashMap<>();
        Set<String> berindeks = new TreeSet<>();
        Set<String> polos = new TreeSet<>();
        periksa(root, dipakai, berindeks, polos);
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
        return new Rumus(teks, Map.copyOf(dipakai), Set.copyOf(berindeks));
    }

    private static void periksa(ASTNode node, Map<String, Set<Integer>> dipakai, Set<String> berindeks, Set<String> polos) {
        Token token = node.getToken();
        if (token.getType() == TokenType.ARRAY_INDEX) {
            ASTNode array = node.getParameters().get(0);
            if (array.getToken().getType() != TokenType.VARIABLE_OR_CONSTANT) {
                throw salahIndeks(token);
            }
            String nama = array.getToken().getValue().toLowerCase(Locale.ROOT);
            int mundur = offset(node.getParameters().get(1), token);
            dipakai.computeIfAbsent(nama, k -> new TreeSet<>()).add(mundur);
            berindeks.add(nama);
            return;
        }
        if (token.getType() == TokenType.VARIABLE_OR_CONSTANT) {
            String nama = token.getValue().toLowerCase(Locale.ROOT);
            if (nama.equals("n")) {
                throw new RumusTidakValidException("pada posisi " + token.getStartPosition()
                        + ": N hanya boleh dipakai di dalam [ ], misalnya nilai[N-1]");
            }
            if (!CADANGAN.contains(nama)) {
                dipakai.computeIfAbsent(nama, k -> new TreeSet<>()).add(0);
                polos.add(nama);
            }
            return;
        }
        for (ASTNode child : node.getParameters()) {
            periksa(child, dipakai, berindeks, polos);
        }
    }

    /** The index must be {@code N} or {@code N-k}, 1 ≤ k ≤ {@value #TAHUN_KE_BELAKANG}. */
    private static int offset(ASTNode index, Token at) {
        Token t = index.getToken();
        if (t.getType() == TokenType.VARIABLE_OR_CONSTANT && t.getValue().equalsIgnoreCase("n")) {
            return 0;
        }
        if (t.getType() == TokenType.INFIX_OPERATOR && t.getValue().equals("-")) {
            ASTNode left = index.getParameters().get(0);
            ASTNode right = index.getParameters().get(1);
            if (left.getToken().getValue().equalsIgnoreCase("n")
                    && right.getToken().getType() == TokenType.NUMBER_LITERAL
                    && right.getToken().getValue().matches("\\d+")) {
                int k = Integer.parseInt(right.getToken().getValue());
                if (k >= 1 && k <= TAHUN_KE_BELAKANG) {
                    return k;
                }
                throw new RumusTidakValidException("pada posisi " + at.getStartPosition() + ": paling jauh [N-"
                        + TAHUN_KE_BELAKANG + "]");
            }
        }
        throw salahIndeks(at);
    }

    private static RumusTidakValidException salahIndeks(Token at) {
        return new RumusTidakValidException("pada posisi " + at.getStartPosition()
                + ": indeks tahun harus [N] atau [N-1] … [N-" + TAHUN_KE_BELAKANG + "]");
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
     * Evaluates for year {@code tahun}.
     *
     * @param nilai the value of a component in a year, or null when not known
     */
    public HasilRumus hitung(int tahun, NilaiKomponen nilai) {
        Map<String, Object> values = new HashMap<>();
        List<String> kurang = new ArrayList<>();
        for (Map.Entry<String, Set<Integer>> k : komponen.entrySet()) {
            String nama = k.getKey();
            for (int mundur : k.getValue()) {
                if (nilai.nilai(nama, tahun - mundur) == null) {
                    kurang.add(mundur == 0 ? nama : nama + " tahun " + (tahun - mundur));
                }
            }
            if (berindeks.contains(nama)) {
                List<BigDecimal> perTahun = new ArrayList<>();
                for (int mundur = TAHUN_KE_BELAKANG; mundur >= 0; mundur--) {
                    BigDecimal v = nilai.nilai(nama, tahun - mundur);
                    perTahun.add(v == null ? BigDecimal.ZERO : v); // never read: missing ones were reported above
                }
                values.put(nama, perTahun);
            } else {
                values.put(nama, nilai.nilai(nama, tahun));
            }
        }
        if (!kurang.isEmpty()) {
            return HasilRumus.tidakDiketahui("komponen belum diisi: " + String.join(", ", new TreeSet<>(kurang)));
        }
        values.put("N", TAHUN_KE_BELAKANG);
        try {
            EvaluationValue result = new Expression(teks, CONFIG).withValues(values).evaluate();
            if (!result.isNumberValue()) {
                return HasilRumus.tidakDiketahui("rumus tidak menghasilkan angka");
            }
            return HasilRumus.dari(result.getNumberValue());
        } catch (EvaluationException e) {
            String pesan = e.getMessage() == null ? "" : e.getMessage();
            return HasilRumus.tidakDiketahui(pesan.toLowerCase(Locale.ROOT).contains("division by zero")
                    ? "pembagian dengan nol" : "rumus tidak dapat dihitung: " + pesan);
        } catch (ParseException e) {
            throw new IllegalStateException("A formula validated on save no longer parses: " + teks, e);
        }
    }

    @Override
    public String toString() {
        return teks;
    }
}
