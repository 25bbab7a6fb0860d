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
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("KN")) {
                String m = String.valueOf(sql.getMessage());
                int baris = m.indexOf('\n');
                return Optional.of((baris > 0 ? m.substring(0, baris) : m).replaceFirst("^ERROR: ", ""));
            }
        }
        return Optional.empty();
    }
}
