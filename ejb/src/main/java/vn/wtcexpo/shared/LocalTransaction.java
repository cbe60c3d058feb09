package vn.wtcexpo.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A unit of work on one connection with its own local transaction, outside JTA, bound to the thread that began
 * it: every statement the thread sends through {@link #lease(DataSource)} until it is closed runs in it, whichever
 * bounded context sends it. {@link #commit()} makes it durable; closing it without a commit rolls it back, and the
 * connection goes back to the pool as it came (autocommit on). Use it with try-with-resources.
 *
 * <p>For the busiest path of the house only (a gate scan: one badge read and a few ledger statements), where the
 * transaction manager and a second pooled connection cost more than the statements. Everything else runs in its
 * use case's JTA transaction.
 */
public final class LocalTransaction implements AutoCloseable {

    private static final ThreadLocal<LocalTransaction> CURRENT = new ThreadLocal<>();

    private final Connection connection;
    private boolean committed;

    private LocalTransaction(Connection connection) {
        this.connection = connection;
    }

    /**
     * Begins one on a connection of its own from {@code dataSource} (the caller makes sure no JTA transaction is
     * active: the pool would hand out that transaction's connection).
     *
     * @throws IllegalStateException if this thread has one open already
     * @throws Failure if the database refuses
     */
    public static LocalTransaction begin(DataSource dataSource) {
        if (CURRENT.get() != null) {
            throw new IllegalStateException("a local transaction is already open on this thread");
        }
        try {
            Connection c = dataSource.getConnection();
            try {
                c.setAutoCommit(false);
            } catch (SQLException e) {
                c.close();
                throw e;
            }
            LocalTransaction unit = new LocalTransaction(c);
            CURRENT.set(unit);
            return unit;
        } catch (SQLException e) {
            throw new Failure(e);
        }
    }

    /** Whether this thread has one open. */
    public static boolean active() {
        return CURRENT.get() != null;
    }

    /**
     * A connection for one statement: the open local transaction's (left open by the lease), else one of
     * {@code dataSource}'s, closed with the lease (in a JTA transaction the pool gives that transaction's connection).
     */
    public static Lease lease(DataSource dataSource) throws SQLException {
        LocalTransaction unit = CURRENT.get();
        return unit != null ? new Lease(unit.connection, unit) : new Lease(dataSource.getConnection(), null);
    }

    /** Commits, unless the statements sent last ended with a {@code COMMIT} ({@link Lease#committed()}). */
    public void commit() {
        if (!committed) {
            try {
                connection.commit();
            } catch (SQLException e) {
                throw new Failure(e);
            }
            committed = true;
        }
    }

    /** Rolls back unless committed, and gives the connection back to the pool with autocommit on. */
    @Override
    public void close() {
        CURRENT.remove();
        try (connection) {
            if (!committed) {
                connection.rollback();
            }
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new Failure(e);
        }
    }

    /** The database refused to begin, commit or end a local transaction ({@link DatabaseFailures} reads the cause). */
    public static final class Failure extends RuntimeException {
        Failure(SQLException cause) {
            super(cause);
        }
    }

    /** A connection lent for one statement. */
    public static final class Lease implements AutoCloseable {
        private final Connection connection;
        private final LocalTransaction unit;

        private Lease(Connection connection, LocalTransaction unit) {
            this.connection = connection;
            this.unit = unit;
        }

        public PreparedStatement prepare(String sql) throws SQLException {
            return connection.prepareStatement(sql);
        }

        /**
         * Says that the statements just sent on this local transaction's connection ended with {@code COMMIT}, which
         * succeeded: the transaction is durable and {@link LocalTransaction#commit()} has nothing left to send.
         */
        public void committed() {
            if (unit == null) {
                throw new IllegalStateException("not a local transaction's connection");
            }
            unit.committed = true;
        }

        @Override
        public void close() throws SQLException {
            if (unit == null) {
                connection.close();
            }
        }
    }
}
