package vn.wtcexpo.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Whether the database answers, for the readiness check: the web module asks here, never JDBC itself. */
@Stateless
@PermitAll
public class DatabaseProbe {

    /** What the readiness check shows. */
    public record Status(boolean up, String product, String schemaVersion, String error) {
    }

    @Resource(lookup = DatabaseMigrator.DATA_SOURCE)
    private DataSource dataSource;

    @EJB
    private DatabaseMigrator migrator;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Status probe() {
        try (Connection c = dataSource.getConnection()) {
            boolean valid = c.isValid(2);
            return new Status(valid, c.getMetaData().getDatabaseProductName(), migrator.schemaVersion(), null);
        } catch (SQLException | RuntimeException e) {
            return new Status(false, null, migrator.schemaVersion(), e.getClass().getSimpleName());
        }
    }
}
