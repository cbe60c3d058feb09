package vn.wtcexpo.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Which database the application's data source is, read once from its metadata; the migrator and the scan ledger ask it. */
@ApplicationScoped
public class DatabaseDialect {

    @Resource(lookup = DatabaseMigrator.DATA_SOURCE)
    private DataSource dataSource;

    private volatile Dialect dialect;

    public Dialect get() {
        Dialect d = dialect;
        if (d == null) {
            try (Connection c = dataSource.getConnection()) {
                d = Dialect.of(c.getMetaData().getDatabaseProductName());
            } catch (SQLException e) {
                throw new IllegalStateException("The database cannot be reached", e);
            }
            dialect = d;
        }
        return d;
    }
}
