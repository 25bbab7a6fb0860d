package id.kinerja.rumus;

import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.parser.ParseException;
import com.ezylang.evalex.parser.Token;
import com.ezylang.evalex.parser.Token.TokenType;
import com.ezylang.evalex.parser.Tokenizer;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * EvalEx's English parse errors in words an officer understands, pointing at the character (counted from 1):
 * {@code "Closing brace not found"} becomes "karakter ke-5: kurung '(' tidak ditutup".
 */
final class PesanRumus {

    private PesanRumus() {
    }

    /** The first problem of {@code teks} that EvalEx reported as {@code e}, in Indonesian. */
    static RumusTidakValidException terjemahkan(String teks, ParseException e, ExpressionConfiguration config) {
        String kurung = kurungTakSeimbang(teks);
        if (kurung != null) {
            return new RumusTidakValidException(kurung);
        }
        String m = e.getMessage() == null ? "" : e.getMessage();
        String tanda = e.getTokenString() == null ? "" : e.getTokenString();
        int posisi = e.getStartPosition();
        String alasan;
        if (m.startsWith("Undefined function")) {
            alasan = "fungsi '" + tanda + "' tidak tersedia; yang tersedia: " + String.join(", ", Rumus.FUNGSI);
        } else if (tanda.equals(".") || m.contains("Structure") || m.contains("structure")) {
            alasan = "titik hanya dipakai sebagai tanda desimal di dalam angka";
        } else if (m.startsWith("Undefined operator") || m.startsWith("Unknown operator")) {
            alasan = "tanda '" + tanda + "' bukan operator; yang berlaku: + - * / ^ % ( ) dan perbandingan < <= > >= == !=";
        } else if (m.equals("Not enough parameters for function")) {
            alasan = "fungsi " + tanda.toUpperCase() + " kekurangan nilai di dalam kurungnya";
        } else if (m.equals("Too many parameters for function")) {
            alasan = "fungsi " + tanda.toUpperCase() + " kelebihan nilai di dalam kurungnya";
        } else if (m.equals("Too many operands")) {
            int[] di = duaNilaiBerurutan(teks, config);
            posisi = di[0];
            alasan = di[1] == 1 ? "koma hanya memisahkan nilai di dalam fungsi; untuk pecahan desimal pakai titik (0.5)"
                    : "dua nilai berurutan tanpa operator di antaranya (tambahkan + - * atau /)";
        } else if (m.equals("Missing second operand for operator") || m.equals("Missing operand for operator")
                || m.equals("Unexpected token after infix operator")) {
            alasan = "operator '" + tanda + "' kekurangan nilai di sebelahnya";
        } else if (m.equals("Empty expression")) {
            alasan = tanda.isBlank() ? "rumus kosong" : "kurung kosong atau nilai hilang";
        } else if (m.equals("Missing operator")) {
            alasan = "operator hilang di antara dua nilai";
        } else if (m.equals("Number contains more than one decimal point")) {
            alasan = "angka '" + tanda + "' memuat lebih dari satu titik desimal";
        } else if (m.equals("Illegal scientific format")) {
            alasan = "angka '" + tanda + "' tidak sah";
        } else if (m.equals("Closing quote not found") || m.equals("Unknown escape character")) {
            alasan = "teks dalam tanda kutip tidak dapat dipakai dalam rumus";
        } else if (m.contains("Array") || m.contains("array")) {
            alasan = "kurung siku hanya untuk tahun komponen, misalnya nilai[N-1]";
        } else {
            alasan = "rumus tidak dapat dibaca";
        }
        return new RumusTidakValidException(posisi > 0 ? di(posisi, teks) + alasan : alasan);
    }

    /** When EvalEx fails without saying where: the unbalanced bracket if there is one, else a general hint. */
    static RumusTidakValidException tidakTerbaca(String teks) {
        String kurung = kurungTakSeimbang(teks);
        return new RumusTidakValidException(kurung != null ? kurung
                : "rumus tidak dapat dibaca: periksa bahwa setiap operator diapit dua nilai dan setiap kurung berpasangan");
    }

    /** "karakter ke-5 ('*'): " — the position counted from 1, with the character itself. */
    static String di(int posisi, String teks) {
        String c = posisi >= 1 && posisi <= teks.length() ? " ('" + teks.charAt(posisi - 1) + "')" : "";
        return "karakter ke-" + posisi + c + ": ";
    }

    /** The first bracket that is never closed, or closed without being opened; null when they balance. */
    static String kurungTakSeimbang(String teks) {
        Deque<Integer> buka = new ArrayDeque<>();
        boolean dalamKutip = false;
        for (int i = 0; i < teks.length(); i++) {
            char c = teks.charAt(i);
            if (c == '"') {
                dalamKutip = !dalamKutip;
            }
            if (dalamKutip) {
                continue;
            }
            if (c == '(' || c == '[') {
                buka.push(i);
            } else if (c == ')' || c == ']') {
                char pasangan = c == ')' ? '(' : '[';
                if (buka.isEmpty() || teks.charAt(buka.peek()) != pasangan) {
                    return di(i + 1, teks) + "kurung tutup tanpa kurung buka " + (buka.isEmpty() ? "" : "yang cocok ")
                            + "'" + pasangan + "'";
                }
                buka.pop();
            }
        }
        if (!buka.isEmpty()) {
            int i = buka.getLast();
            return di(i + 1, teks) + "kurung '" + teks.charAt(i) + "' tidak ditutup";
        }
        return null;
    }

    private static final Set<TokenType> NILAI = Set.of(TokenType.NUMBER_LITERAL, TokenType.VARIABLE_OR_CONSTANT,
            TokenType.STRING_LITERAL, TokenType.BRACE_CLOSE, TokenType.ARRAY_CLOSE);
    private static final Set<TokenType> AWAL_NILAI = Set.of(TokenType.NUMBER_LITERAL, TokenType.VARIABLE_OR_CONSTANT,
            TokenType.STRING_LITERAL, TokenType.FUNCTION, TokenType.BRACE_OPEN);

    /** Where two values follow each other ({position, 0}) or a comma stands outside a function ({position, 1}). */
    private static int[] duaNilaiBerurutan(String teks, ExpressionConfiguration config) {
        try {
            List<Token> tokens = new Tokenizer(teks, config).parse();
            Deque<Boolean> fungsi = new ArrayDeque<>();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                switch (t.getType()) {
                    case BRACE_OPEN -> fungsi.push(i > 0 && tokens.get(i - 1).getType() == TokenType.FUNCTION);
                    case BRACE_CLOSE -> fungsi.poll();
                    case COMMA -> {
                        if (fungsi.isEmpty() || !fungsi.peek()) {
                            return new int[] {t.getStartPosition(), 1};
                        }
                    }
                    default -> {
                    }
                }
                if (i > 0 && NILAI.contains(tokens.get(i - 1).getType()) && AWAL_NILAI.contains(t.getType())) {
                    return new int[] {t.getStartPosition(), 0};
                }
            }
        } catch (ParseException ignored) {
            // the tokens did not come out: no position to give
        }
        return new int[] {0, 0};
    }
}
