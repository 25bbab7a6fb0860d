package id.kinerja.basisdata;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.TransactionStatus;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;

import java.sql.Connection;

/** Work outside the database that must follow the open transaction's outcome (files beside the rows); work that must not run inside one. */
@Singleton
public final class Transaksi {

    private final TransactionOperations<Connection> transactions;

    Transaksi(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /** Runs {@code work} once the open transaction has committed; not at all when it rolls back. */
    public void setelahCommit(Runnable work) {
        status().registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                work.run();
            }
        });
    }

    /** Runs {@code work} when the open transaction ends without committing. */
    public void setelahBatal(Runnable work) {
        status().registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(Status status) {
                if (status != Status.COMMITTED) {
                    work.run();
                }
            }
        });
    }

    /**
     * Refuses to go on inside an open transaction: long computation (capaian, formulas) runs on data already read,
     * never while a connection is held.
     */
    public void pastikanDiLuarTransaksi(String kerja) {
        if (transactions.findTransactionStatus().isPresent()) {
            throw new IllegalStateException(kerja + " must run outside a transaction: read the data first, then compute");
        }
    }

    private TransactionStatus<?> status() {
        return transactions.findTransactionStatus()
                .orElseThrow(() -> new IllegalStateException("must run inside a transaction"));
    }
}
