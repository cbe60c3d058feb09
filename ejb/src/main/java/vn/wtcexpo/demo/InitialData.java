package vn.wtcexpo.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.wtcexpo.identity.model.AccountRepository;
import vn.wtcexpo.infrastructure.cluster.ClusterLeases;
import vn.wtcexpo.identity.model.PasswordHash;
import vn.wtcexpo.identity.model.Role;
import vn.wtcexpo.identity.model.UserAccount;

/**
 * The demo data, with {@code wtcexpo.demo-data=true} (the run command sets it): the demo accounts (password
 * {@code demo}), the sample halls, a fair and a show that runs today. Without it nothing is loaded; a database
 * without a venue admin gets one from {@code identity} ({@code FirstAdmin}).
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class InitialData {

    private static final Logger LOG = Logger.getLogger(InitialData.class.getName());
    static final String DEMO_PASSWORD = "demo";

    @Inject
    @ConfigProperty(name = "wtcexpo.demo-data", defaultValue = "false")
    boolean demoData;

    @Inject
    private AccountRepository accounts;

    @Inject
    private DemoVenue demoVenue;

    @Inject
    private DemoFair demoFair;

    @Inject
    private DemoToday demoToday;

    private String demoHash;

    @Inject
    private ClusterLeases leases;

    @PostConstruct
    void load() {
        if (demoData) {
            // the servers of a cluster that start together load it one after another: the next finds it there
            leases.takeTurn(ClusterLeases.STARTUP);
            // one hash for the four demo accounts: PBKDF2 at today's cost takes a quarter of a second each
            demoHash = PasswordHash.of(DEMO_PASSWORD);
            demoAccount("admin", "Nguyễn Thị Lan (Venue)", "admin@wtcexpo.vn", Role.VENUE_ADMIN);
            demoAccount("organizer", "Trần Văn Minh (Organizer)", "organizer@example.vn", Role.ORGANIZER);
            demoAccount("exhibitor", "Lê Hoàng Anh (Exhibitor)", "exhibitor@example.vn", Role.EXHIBITOR);
            demoAccount("gate", "Phạm Quốc Bảo (Gate)", "gate@wtcexpo.vn", Role.GATE_STAFF);
            demoVenue.loadIfEmpty();
            demoFair.loadIfEmpty("organizer", "exhibitor");
            demoToday.loadIfNoneToday("organizer", "exhibitor");
            LOG.info("Demo data is on: demo accounts admin, organizer, exhibitor, gate (password 'demo')");
        }
    }

    private void demoAccount(String username, String fullName, String email, Role role) {
        if (accounts.find(username).isEmpty()) {
            accounts.add(new UserAccount(username, fullName, email, Set.of(role), demoHash));
        }
    }
}
