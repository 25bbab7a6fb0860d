package id.kinerja.tenant;

import id.kinerja.basisdata.KumpulanServer;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Primary;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The two data sources Micronaut Data sees. {@code default}: the pool of the current dinas's server
 * ({@link TenantScope#current()}'s locator; no dinas → the main server), chosen when a connection is opened — a
 * transaction stays on the server it began on, and {@link TenantScope} refuses to change dinas inside one.
 * {@code platform}: the platform schema's own pool on the main server; the registry, users, memberships and tokens
 * ({@code @JdbcRepository(dataSource = "platform")}) are read and written there whichever dinas is being served.
 */
@Factory
final class DataSourceFactory {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DataSourceFactory.class);

    @Singleton
    @Primary
    @Named("default")
    DataSource dataSource(KumpulanServer servers) {
        return new SumberPerDinas(servers);
    }

    @Singleton
    @Named(TenantSchemas.PLATFORM)
    DataSource platform(KumpulanServer servers) {
        return servers.platform();
    }

    /** Hands out a connection of the current dinas's server. */
    private record SumberPerDinas(KumpulanServer servers) implements DataSource {

        /** A connection of the current dinas's server; when it cannot be had, {@link ServerTidakTerjangkau} (503). */
        @Override
        public Connection getConnection() {
            String nama = TenantScope.current().map(TenantRef::locator).orElse(KumpulanServer.UTAMA);
            try {
                return servers.sumber(nama).getConnection();
            } catch (SQLException | IllegalArgumentException e) {
                LOG.warn("Database server {} does not answer: {}", nama, e.getMessage());
                throw new ServerTidakTerjangkau(nama, e);
            }
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            throw new SQLFeatureNotSupportedException("connections come from the servers' pools");
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            // the pools log through SLF4J
        }

        @Override
        public void setLoginTimeout(int seconds) {
            // each pool has its own connection timeout
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            if (iface.isInstance(this)) {
                return iface.cast(this);
            }
            throw new SQLException("not a wrapper of " + iface.getName());
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return iface.isInstance(this);
        }
    }
}
