package vn.wtcexpo.gate.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import vn.wtcexpo.gate.model.ScanFailure;
import vn.wtcexpo.gate.model.ScanUnit;
import vn.wtcexpo.infrastructure.persistence.DatabaseMigrator;
import vn.wtcexpo.shared.Connections;

/**
 * A scan's unit of work on one pooled connection with a local transaction (autocommit off), bound to the thread
 * that runs it; {@link #lease()} gives its connection to the statements sent meanwhile by the beans that ask for
 * {@link Connections} (the scan ledger, the badge read), and the data source's to them otherwise. Only
 * {@link #run} begins, commits and rolls back; the connection goes back to the pool with autocommit on.
 */
@ApplicationScoped
public class LocalScanUnit implements ScanUnit, Connections {

    private static final ThreadLocal<Connection> CURRENT = new ThreadLocal<>();

    @Resource(lookup = DatabaseMigrator.DATA_SOURCE)
    private DataSource dataSource;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Override
    public <T> T run(Supplier<T> work) {
        if (CURRENT.get() != null) {
            throw new IllegalStateException("a scan unit is already open on this thread");
        }
        if (transactions.getTransactionKey() != null) {
            // the pool would hand out the JTA transaction's connection
            throw new IllegalStateException("a scan unit begins outside a JTA transaction");
        }
        Connection c = begin();
        CURRENT.set(c);
        boolean committed = false;
        try {
            T result = work.get();
            c.commit();
            committed = true;
            return result;
        } catch (SQLException e) {
            throw new ScanFailure.Database(e);
        } finally {
            CURRENT.remove();
            end(c, committed);
        }
    }

    private Connection begin() {
        try {
            Connection c = dataSource.getConnection();
            try {
                c.setAutoCommit(false);
                return c;
            } catch (SQLException e) {
                c.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new ScanFailure.Database(e);
        }
    }

    /**
     * Rolls back what was not committed and gives the connection back with autocommit on. Never throws: when the unit
     * did not commit, the work's or the commit's failure is on its way to the caller already, and a connection that
     * cannot be reset is the pool's to validate and drop.
     */
    private static void end(Connection c, boolean committed) {
        try (c) {
            if (!committed) {
                c.rollback();
            }
            c.setAutoCommit(true);
        } catch (SQLException e) {
            java.util.logging.Logger.getLogger(LocalScanUnit.class.getName()).log(java.util.logging.Level.FINE,
                    "a scan unit's connection could not be reset", e);
        }
    }

    @Override
    public boolean inUnit() {
        return CURRENT.get() != null;
    }

    @Override
    public Lease lease() throws SQLException {
        Connection unit = CURRENT.get();
        return unit != null ? new Lent(unit, false) : new Lent(dataSource.getConnection(), true);
    }

    /** A connection lent for one statement; the data source's is given back with the lease, the unit's stays open. */
    private record Lent(Connection connection, boolean own) implements Lease {
        @Override
        public PreparedStatement prepare(String sql) throws SQLException {
            return connection.prepareStatement(sql);
        }

        @Override
        public void close() throws SQLException {
            if (own) {
                connection.close();
            }
        }
    }
}
