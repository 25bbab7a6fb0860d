package id.kinerja.basisdata;

import id.kinerja.config.DatabaseSettings;
import id.kinerja.config.KinerjaSettings;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

/**
 * The PostgreSQL server Kinerja talks to: the configured one, or an embedded one in {@code <data>/pg}
 * when no URL is configured.
 */
@Singleton
public final class DatabaseServer implements AutoCloseable {

    private final EmbeddedDatabase embedded;
    private final String url;
    private final String user;
    private final String password;

    DatabaseServer(DatabaseSettings settings, KinerjaSettings kinerja) {
        if (settings.embedded()) {
            embedded = EmbeddedDatabase.start(kinerja.data().resolve("pg"));
            url = embedded.jdbcUrl();
            user = EmbeddedDatabase.USER;
            password = embedded.password();
        } else {
            embedded = null;
            url = settings.url();
            user = settings.user();
            password = settings.password();
        }
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    @Override
    @PreDestroy
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
