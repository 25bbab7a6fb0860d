package id.kinerja.tenant;

import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.DatabaseException;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;

/**
 * Hands Liquibase the caller's connection inside the caller's transaction. Liquibase's commits and rollbacks become
 * savepoints: it can still recover from a failed probe (PostgreSQL aborts the whole transaction otherwise), but only
 * the caller's commit makes anything permanent.
 */
final class KomitPemanggil extends JdbcConnection {
    private final Connection connection;
    private Savepoint savepoint;

    KomitPemanggil(Connection connection) throws SQLException {
        super(connection);
        this.connection = connection;
        this.savepoint = connection.setSavepoint();
    }

    @Override
    public void commit() throws DatabaseException {
        try {
            connection.releaseSavepoint(savepoint);
            savepoint = connection.setSavepoint();
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
    }

    @Override
    public void rollback() throws DatabaseException {
        try {
            connection.rollback(savepoint);
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
    }

    @Override
    public void setAutoCommit(boolean autoCommit) {
    }

    @Override
    public void close() {
    }
}
