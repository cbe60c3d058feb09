package vn.wtcexpo.infrastructure.persistence;

import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Work to do once the caller's transaction has ended, committed or not (nothing when there is none). */
public final class AfterTransaction {

    private AfterTransaction() {
    }

    /** Runs {@code work} when the current transaction ends; if there is no transaction, does nothing. */
    public static void run(TransactionSynchronizationRegistry transactions, Runnable work) {
        if (transactions.getTransactionKey() == null) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                work.run();
            }
        });
    }
}
