package vn.wtcexpo.it.persistence;

import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.wtcexpo.it.support.Deployments;

/**
 * The database itself refuses two occupations of one hall at the same time, even when code skips the
 * checks: PostgreSQL by an exclusion constraint over a time range, H2 at least for the very same slot.
 */
@ExtendWith(ArquillianExtension.class)
@Tag(Deployments.IN_CONTAINER)
class OccupationGuardIT {

    private static final OffsetDateTime T = OffsetDateTime.parse("2034-01-10T00:00:00+07:00");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestClasses(OccupationGuardIT.class);
    }

    @Resource(lookup = "jdbc/wtcexpo")
    private DataSource dataSource;

    private String newHall(Connection c) throws SQLException {
        String code = "G" + Long.toString(System.nanoTime() % 10_000_000L, 36).toUpperCase();
        try (Statement s = c.createStatement()) {
            s.executeUpdate("insert into hall (code, name_vi, name_en, kind, area_sqm, capacity, day_rate_vnd, active,"
                    + " created_at, updated_at, version) values ('" + code + "', 'x', 'x', 'EXHIBITION_HALL', 100, 100, 0,"
                    + " true, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)");
        }
        return code;
    }

    private void blackout(Connection c, String hall, OffsetDateTime start, OffsetDateTime end) throws SQLException {
        String id = UUID.randomUUID().toString();
        try (PreparedStatement b = c.prepareStatement("insert into blackout (id, hall_code, starts_at, ends_at, reason,"
                + " created_at) values (?, ?, ?, ?, 'guard test', CURRENT_TIMESTAMP)")) {
            b.setString(1, id);
            b.setString(2, hall);
            b.setObject(3, start);
            b.setObject(4, end);
            b.executeUpdate();
        }
        try (PreparedStatement o = c.prepareStatement("insert into hall_occupation (id, hall_code, starts_at, ends_at,"
                + " blackout_id) values (?, ?, ?, ?, ?)")) {
            o.setString(1, UUID.randomUUID().toString());
            o.setString(2, hall);
            o.setObject(3, start);
            o.setObject(4, end);
            o.setString(5, id);
            o.executeUpdate();
        }
    }

    @Test
    void sameSlotTwice_isRefusedByTheDatabase() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            String hall = newHall(c);
            blackout(c, hall, T, T.plusDays(3));
            assertThrows(SQLException.class, () -> blackout(c, hall, T, T.plusDays(1)));
        }
    }

    @Test
    void overlappingSlots_areRefusedByPostgreSql() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            if (!c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
                return; // H2 has no exclusion constraints: the PostgreSQL suite (.ci/run) runs this check
            }
            String hall = newHall(c);
            blackout(c, hall, T, T.plusDays(3));
            assertThrows(SQLException.class, () -> blackout(c, hall, T.plusDays(2), T.plusDays(5)));
        }
    }

    @Test
    void adjacentSlots_areAllowed() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            String hall = newHall(c);
            blackout(c, hall, T, T.plusDays(3));
            blackout(c, hall, T.plusDays(3), T.plusDays(5));
        }
    }
}
