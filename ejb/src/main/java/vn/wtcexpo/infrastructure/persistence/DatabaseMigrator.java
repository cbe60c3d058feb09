package vn.wtcexpo.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with the Flyway migrations before anything else touches the database.
 * Scripts live in {@code db/migration/common} (both databases) and {@code db/migration/<vendor>}
 * ({@code h2} or {@code postgresql}: {@link DatabaseDialect}) where a database feature needs its own SQL; the few
 * that must look something up first are Java classes here, named like the scripts ({@code V16__...}), listed below;
 * a version number is never used twice.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

    public static final String DATA_SOURCE = "jdbc/wtcexpo";
    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    private DatabaseDialect dialect;

    private String schemaVersion;

    @PostConstruct
    void migrate() {
        long start = System.nanoTime();
        Flyway flyway = Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:" + dialect.get().migrations())
                .javaMigrations(new V16__Name_the_scan_nonce_constraint(), new V20__Tally_the_arrivals_already_scanned())
                .failOnMissingLocations(true)
                .load();
        MigrateResult result = flyway.migrate();
        var current = flyway.info().current();
        schemaVersion = current == null ? "none" : current.getVersion().getVersion();
        LOG.info(() -> String.format("Database %s at schema version %s (%d migrations applied in %d ms)",
                result.database, schemaVersion, result.migrationsExecuted, (System.nanoTime() - start) / 1_000_000));
    }

    /** The schema version after start-up, e.g. {@code 1}. */
    public String schemaVersion() {
        return schemaVersion;
    }
}
