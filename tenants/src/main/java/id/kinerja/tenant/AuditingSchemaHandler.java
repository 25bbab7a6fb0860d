package id.kinerja.tenant;

import io.micronaut.context.annotation.Primary;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.operations.JdbcSchemaHandler;
import io.micronaut.data.model.query.builder.sql.Dialect;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Micronaut Data calls this before every operation in a tenant's schema: it switches the schema (Hikari puts
 * the sentinel back when the connection returns) and tells the database who is working and why, for the audit
 * triggers. Every tenant operation sets all three settings, so none is left over from an earlier user.
 */
@Singleton
@Primary
final class AuditingSchemaHandler implements JdbcSchemaHandler {

    @Override
    public void createSchema(Connection connection, Dialect dialect, String name) {
        throw new UnsupportedOperationException("Tenant schemas are created by provisioning");
    }

    @Override
    public void useSchema(Connection connection, Dialect dialect, String name) {
        JejakKonteks jejak = JejakKonteks.sekarang();
        try {
            connection.setSchema(name == null ? TenantSchemas.NONE : name); // null would mean the server default ("$user", public)
            try (var st = connection.prepareStatement(
                    "SELECT set_config('kinerja.pengguna', ?, false), set_config('kinerja.alasan', ?, false),"
                            + " set_config('kinerja.jejak', ?, false)")) {
                st.setString(1, jejak.pengguna() == null ? "" : jejak.pengguna());
                st.setString(2, jejak.alasan() == null ? "" : jejak.alasan());
                st.setString(3, jejak.ringkas() ? "ringkas" : "rinci");
                st.execute();
            }
        } catch (SQLException e) {
            throw new DataAccessException("Failed to switch to schema " + name + ": " + e.getMessage(), e);
        }
    }
}
