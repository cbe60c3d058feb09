package vn.wtcexpo.infrastructure.persistence;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Tells what a database failure means, whatever layer wrapped it (JDBC, EclipseLink, JPA, EJB):
 * <ul>
 * <li><em>transient</em>: a deadlock, a lock or statement timeout, an optimistic-lock clash, a lost or
 * refused connection. The work rolled back and may succeed if done again: callers retry a few times,
 * then the API answers 503 with {@code Retry-After}.</li>
 * <li>a <em>constraint violation</em>: the database's own guard refused the change (a unique key, an
 * exclusion constraint): a conflict with what is stored, never a reason to retry.</li>
 * </ul>
 * SQLSTATEs: PostgreSQL 40001/40P01 (serialization, deadlock), 55P03 (lock_timeout), 57014 (statement
 * timeout), 57P01-57P03 and 08xxx (server gone, connection lost), 53300 (too many connections); H2 uses
 * 40001 for deadlocks, HYT00 for its lock timeout and 90131 for a concurrent update.
 */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        return causes(failure).anyMatch(t -> {
            String name = t.getClass().getName();
            return t instanceof OptimisticLockException || t instanceof PessimisticLockException
                    || t instanceof LockTimeoutException
                    || (t instanceof SQLException sql && sqlChain(sql).anyMatch(DatabaseFailures::isTransientSql))
                    // EclipseLink's own optimistic-lock failure, and a pool that could not hand out a connection
                    || name.endsWith("OptimisticLockException") || name.endsWith("PoolingException")
                    || name.endsWith("ResourceAllocationException");
        });
    }

    public static boolean isConstraintViolation(Throwable failure) {
        return causes(failure).anyMatch(t -> t instanceof SQLException sql && sqlChain(sql)
                .anyMatch(e -> e.getSQLState() != null && e.getSQLState().startsWith("23")));
    }

    /**
     * Runs {@code writes} (adds and a flush): when the database's own guard refuses them, the caller gets
     * {@code refusal} (a conflict the user can read) instead; any other failure goes on as it was.
     */
    public static void guarded(Runnable writes, java.util.function.Supplier<? extends RuntimeException> refusal) {
        try {
            writes.run();
        } catch (jakarta.persistence.PersistenceException e) {
            if (isConstraintViolation(e)) {
                throw refusal.get();
            }
            throw e;
        }
    }

    /** {@code failure} and its causes, each once (a cause chain can loop). */
    private static Stream<Throwable> causes(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        return Stream.iterate(failure, t -> t != null && seen.add(t), Throwable::getCause);
    }

    /** An SQL exception and the ones chained to it with {@code getNextException}. */
    private static Stream<SQLException> sqlChain(SQLException first) {
        Set<SQLException> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        return Stream.iterate(first, e -> e != null && seen.add(e), SQLException::getNextException);
    }

    private static boolean isTransientSql(SQLException e) {
        if (e instanceof SQLTransientException || e instanceof SQLRecoverableException) {
            return true;
        }
        String state = e.getSQLState();
        if (state == null) {
            String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
            // Payara's pool: "Error in allocating a connection", "Connection could not be allocated"
            return message.contains("allocat") && message.contains("connection");
        }
        return state.startsWith("08") || state.equals("40001") || state.equals("40P01") || state.equals("55P03")
                || state.equals("57014") || state.startsWith("57P") || state.equals("53300")
                || state.equals("HYT00") || state.equals("90131") || e.getErrorCode() == 50200;
    }
}
