package id.kinerja.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.sql.SQLException;
import java.util.Optional;

/**
 * How a refusal names what it refuses, the same for the API and the UI: the input path of a Bean Validation
 * violation, and the message of a rule the database itself enforces.
 */
public final class Penolakan {

    private Penolakan() {
    }

    /** {@code simpan.items[3].nilai} → {@code [3].nilai}; {@code provision.command.slug} → {@code slug}; null for the whole input. */
    public static String jalur(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CONSTRUCTOR || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            String name = node.getName();
            if (name != null && !name.isEmpty() && !name.startsWith("<")) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(name);
            }
        }
        return field.isEmpty() ? null : field.toString();
    }

    /**
     * The message of a rule of the database (a locked quarter, a signed PK, the audit log): its triggers raise
     * SQLSTATE {@code KNxxx} with an Indonesian message. Empty for any other failure.
     */
    public static Optional<String> aturanBasisData(Throwable e) {
        // the deepest one: a batch's BatchUpdateException carries the same state with the statement's text around it
        return Sebab.rantai(e).reversed().stream()
                .filter(t -> t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("KN"))
                .findFirst()
                .map(sql -> {
                    String m = String.valueOf(sql.getMessage());
                    int awal = m.indexOf("ERROR: ");
                    m = awal >= 0 ? m.substring(awal + 7) : m;
                    int baris = m.indexOf('\n');
                    return (baris > 0 ? m.substring(0, baris) : m).strip();
                });
    }
    /** What a database failure means for a person, in Indonesian, without the database's own text. */
    public record SebabBasisData(Jenis jenis, String pesan) {
        public enum Jenis {
            /** a rule of the database's triggers (a quarter under review, a signed PK): 409 */
            ATURAN,
            /** another request changed the same data at the same moment: 409, try again */
            BERSAMAAN,
            /** a value PostgreSQL cannot store (a NUL character, a date or number out of its range): 400 */
            NILAI
        }
    }

    /**
     * The meaning of a database failure, by SQLSTATE: a trigger's rule ({@code KNxxx}, its own Indonesian message,
     * first line only), a concurrent write (unique violation, deadlock, serialization), or a value that cannot be
     * stored. Empty for anything else (a bug: log it, answer 500).
     */
    public static Optional<SebabBasisData> sebabBasisData(Throwable e) {
        Optional<String> aturan = aturanBasisData(e);
        if (aturan.isPresent()) {
            return Optional.of(new SebabBasisData(SebabBasisData.Jenis.ATURAN, aturan.get()));
        }
        for (Throwable t : Sebab.rantai(e)) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String pesan = switch (sql.getSQLState()) {
                    case "23505" -> "data yang sama baru saja disimpan oleh permintaan lain; muat ulang lalu ulangi";
                    case "40001", "40P01", "55P03" -> "data ini sedang diubah bersamaan oleh permintaan lain; ulangi sebentar lagi";
                    default -> null;
                };
                if (pesan != null) {
                    return Optional.of(new SebabBasisData(SebabBasisData.Jenis.BERSAMAAN, pesan));
                }
                pesan = switch (sql.getSQLState()) {
                    case "22021", "22P05" -> "teks berisi karakter yang tidak dapat disimpan (NUL, \\u0000)";
                    case "22008", "22007" -> "tanggal di luar jangkauan";
                    case "22003" -> "angka di luar jangkauan";
                    case "22001" -> "teks terlalu panjang";
                    default -> null;
                };
                if (pesan != null) {
                    return Optional.of(new SebabBasisData(SebabBasisData.Jenis.NILAI, pesan));
                }
            }
        }
        return Optional.empty();
    }
}
