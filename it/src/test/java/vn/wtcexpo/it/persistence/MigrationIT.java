package vn.wtcexpo.it.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.wtcexpo.it.support.Deployments;

/** The Flyway migrations ran on the database this suite targets (H2 or PostgreSQL). */
@ExtendWith(ArquillianExtension.class)
@Tag(Deployments.IN_CONTAINER)
class MigrationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestClasses(MigrationIT.class);
    }

    @Resource(lookup = "jdbc/wtcexpo")
    private DataSource dataSource;

    @Test
    void migrations_allSucceeded() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*), sum(case when \"success\" then 1 else 0 end) from \"flyway_schema_history\"")) {
            r.next();
            assertTrue(r.getInt(1) >= 1, "no migration recorded");
            assertEquals(r.getInt(1), r.getInt(2), "a migration failed");
        }
    }

    @Test
    void vendorSpecificMigration_ran() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*) from \"flyway_schema_history\" where \"version\" = '3' and \"success\"")) {
            r.next();
            assertEquals(1, r.getInt(1), "V3 (h2 or postgresql folder) was not applied");
        }
    }

    @Test
    void database_isTheOneThisSuiteTargets() throws Exception {
        // config/payara.sh records which database the domain was pointed at
        String expected = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("wtcexpo.database", String.class).orElse(null);
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            assertTrue(product.contains("h2") || product.contains("postgresql"), product);
            if (expected != null) {
                assertTrue(product.contains(expected), product + " is not " + expected);
            }
        }
    }

    @Test
    void schema_refusesACapacityAboveSafeDensity() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            var e = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class, () -> s.executeUpdate(
                    "insert into hall (code, name_vi, name_en, kind, area_sqm, capacity, day_rate_vnd, active, created_at, updated_at, version) "
                            + "values ('ZZCHECK', 'x', 'x', 'EXHIBITION_HALL', 10, 21, 0, true, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)"));
            assertTrue(e.getMessage() != null);
        }
    }

    @Test
    void theArrivalTally_keptAsScansWereStored_isWhatV20WorksOutFromTheScans() throws Exception {
        // the demo's history was scanned through the gates: its tally was kept scan by scan; V20, which fills the
        // tally of a database scanned before it, must work out the same rows from gate_scan alone
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                List<String> kept = rows(s, ARRIVALS);
                List<String> entered = rows(s, ENTERED);
                assertTrue(kept.size() > 50, "the demo's history has arrivals: " + kept.size());
                s.executeUpdate("DELETE FROM gate_arrival");
                s.executeUpdate("UPDATE gate_presence SET entered_day = NULL");
                new vn.wtcexpo.infrastructure.persistence.V20__Tally_the_arrivals_already_scanned().migrate(context(c));
                assertEquals(kept, rows(s, ARRIVALS));
                assertEquals(entered, rows(s, ENTERED));
            } finally {
                c.rollback();
            }
        }
    }

    private static final String ARRIVALS = "SELECT event_id, arrival_day, gate_code, hall_code, badge_kind, quarter_start, "
            + "arrivals FROM gate_arrival";
    private static final String ENTERED = "SELECT badge_id, entered_day FROM gate_presence WHERE entered_day IS NOT NULL";

    private static List<String> rows(Statement s, String sql) throws java.sql.SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    Object v = r.getObject(i);
                    row.append(v instanceof java.sql.Timestamp t ? t.toInstant() : v instanceof java.time.OffsetDateTime o
                            ? o.toInstant() : v).append('|');
                }
                out.add(row.toString());
            }
        }
        java.util.Collections.sort(out);
        return out;
    }

    private static org.flywaydb.core.api.migration.Context context(Connection c) {
        return new org.flywaydb.core.api.migration.Context() {
            @Override
            public org.flywaydb.core.api.configuration.Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return c;
            }
        };
    }
}
