package vn.wtcexpo.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.wtcexpo.infrastructure.cluster.ClusterLeases;

/**
 * The demo data, with {@code wtcexpo.demo-data=true} (the run command sets it): sample halls, a fair being sold and a
 * show that runs today, made through the application services ({@link DemoLoader}) after {@code identity} has made the
 * demo accounts (password {@code demo}). Without it nothing is loaded.
 */
@Startup
@Singleton
@DependsOn({"DatabaseMigrator", "FirstAdmin"})
public class InitialData {

    private static final Logger LOG = Logger.getLogger(InitialData.class.getName());

    @Inject
    @ConfigProperty(name = "wtcexpo.demo-data", defaultValue = "false")
    boolean demoData;

    @Inject
    private ClusterLeases leases;

    @Inject
    private DemoLoader loader;

    @PostConstruct
    void load() {
        if (demoData) {
            // the servers of a cluster that start together load it one after another: the next finds it there
            // (this transaction holds the turn; the loader's use cases commit one by one meanwhile)
            leases.takeTurn(ClusterLeases.STARTUP);
            loader.load();
            LOG.info("Demo data is on: demo accounts admin, organizer, exhibitor, gate (password 'demo')");
        }
    }
}
