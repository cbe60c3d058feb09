package vn.wtcexpo.web.health;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import vn.wtcexpo.infrastructure.persistence.DatabaseProbe;

/** Ready only while the database answers; shows the schema version; at {@code /health} and {@code /health/ready}. */
@Readiness
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {

    @EJB
    private DatabaseProbe database;

    @Override
    public HealthCheckResponse call() {
        DatabaseProbe.Status status = database.probe();
        var response = HealthCheckResponse.named("database").status(status.up())
                .withData("schemaVersion", status.schemaVersion());
        if (status.product() != null) {
            response.withData("product", status.product());
        }
        if (status.error() != null) {
            response.withData("error", status.error());
        }
        return response.build();
    }
}
