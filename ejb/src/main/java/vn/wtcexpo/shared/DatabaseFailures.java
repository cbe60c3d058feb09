package vn.wtcexpo.shared;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.IdentityHashMap;
import java.util.Map;

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
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof PessimisticLockException
                    || t instanceof LockTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    if (isTransientSql(e)) {
                        return true;
                    }
                }
            }
            String name = t.getClass().getName();
            // EclipseLink's own optimistic-lock failure, and a pool that could not hand out a connection
            if (name.endsWith("OptimisticLockException") || name.endsWith("PoolingException")
                    || name.endsWith("ResourceAllocationException")) {
                return true;
            }
        }
        return false;
    }

    public static boolean isConstraintViolation(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    String state = e.getSQLState();
                    if (state != null && state.startsWith("23")) {
                        return true;
                    }
                }
            }
        }
        return false;
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
