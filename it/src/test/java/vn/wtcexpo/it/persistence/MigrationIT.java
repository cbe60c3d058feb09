package vn.wtcexpo.it.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
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
}
