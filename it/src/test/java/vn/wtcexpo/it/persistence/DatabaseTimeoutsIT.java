package vn.wtcexpo.it.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.wtcexpo.it.support.Deployments;
import vn.wtcexpo.infrastructure.persistence.DatabaseFailures;

/**
 * Every pooled connection waits a bounded time for a lock (and, on PostgreSQL, for a statement): a
 * request stuck behind another never hangs; the application retries, then answers 503.
 */
@ExtendWith(ArquillianExtension.class)
@Tag(Deployments.IN_CONTAINER)
class DatabaseTimeoutsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestClasses(DatabaseTimeoutsIT.class);
    }

    @Resource(lookup = "jdbc/wtcexpo")
    private DataSource dataSource;

    private static String one(Statement s, String sql) throws Exception {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    @Test
    void onPostgreSql_connectionsHaveALockAndAStatementTimeout() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase();
            if (product.contains("postgres")) {
                assertEquals("5s", one(s, "SHOW lock_timeout"));
                assertEquals("30s", one(s, "SHOW statement_timeout"));
            } else {
                assertTrue(product.contains("h2"), product);
            }
        }
    }

    /** A second writer waiting for a locked row gives up after the lock timeout, with a failure the retry logic knows. */
    @Test
    void aWriterWaitingForALock_givesUpWithAPassingFailure() throws Exception {
        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            try (Statement a = first.createStatement()) {
                a.executeQuery("SELECT code FROM hall WHERE code = 'A' FOR UPDATE").close();
                long start = System.nanoTime();
                SQLException refused = assertThrows(SQLException.class, () -> {
                    try (Statement b = second.createStatement()) {
                        b.executeQuery("SELECT code FROM hall WHERE code = 'A' FOR UPDATE").close();
                    }
                });
                long waited = (System.nanoTime() - start) / 1_000_000;
                assertTrue(waited >= 4_000 && waited < 20_000, "waited " + waited + " ms");
                assertTrue(DatabaseFailures.isTransient(refused), refused + " " + refused.getSQLState());
            } finally {
                first.rollback();
                second.rollback();
            }
        }
    }
}
