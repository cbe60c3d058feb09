package vn.wtcexpo.it.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.wtcexpo.it.support.Deployments;

/**
 * Every pooled connection waits a bounded time for a lock (and, on PostgreSQL, for a statement): a
 * request stuck behind another never hangs; the application retries, then answers 503.
 */
@ExtendWith(ArquillianExtension.class)
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
    void connections_haveALockTimeout_andOnPostgreSqlAStatementTimeout() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            String product = c.getMetaData().getDatabaseProductName();
            if (product.toLowerCase().contains("postgres")) {
                assertEquals("5s", one(s, "SHOW lock_timeout"));
                assertEquals("30s", one(s, "SHOW statement_timeout"));
            } else {
                assertEquals("10000", one(s, "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'LOCK_TIMEOUT'"));
            }
        }
    }
}
