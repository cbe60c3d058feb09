package vn.wtcexpo.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with the Flyway migrations before anything else touches the database.
 * Scripts live in {@code db/migration/common} (both databases) and {@code db/migration/<vendor>}
 * ({@code h2} or {@code postgresql}, chosen from the connection's metadata) where a database feature
 * needs its own SQL; a version number is never used twice across the folders.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

    public static final String DATA_SOURCE = "jdbc/wtcexpo";
    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    private String schemaVersion;

    @PostConstruct
    void migrate() {
        long start = System.nanoTime();
        String vendor = vendor();
        Flyway flyway = Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .failOnMissingLocations(true)
                .load();
        MigrateResult result = flyway.migrate();
        var current = flyway.info().current();
        schemaVersion = current == null ? "none" : current.getVersion().getVersion();
        LOG.info(() -> String.format("Database %s at schema version %s (%d migrations applied in %d ms)",
                result.database, schemaVersion, result.migrationsExecuted, (System.nanoTime() - start) / 1_000_000));
    }

    /** {@code h2} or {@code postgresql}: the folder of the vendor-specific migrations. */
    private String vendor() {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("postgres")) {
                return "postgresql";
            }
            if (product.contains("h2")) {
                return "h2";
            }
            throw new IllegalStateException("Unsupported database " + product + ": use H2 or PostgreSQL");
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached", e);
        }
    }

    /** The schema version after start-up, e.g. {@code 1}. */
    public String schemaVersion() {
        return schemaVersion;
    }
}
