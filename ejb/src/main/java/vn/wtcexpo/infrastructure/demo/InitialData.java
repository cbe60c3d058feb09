package vn.wtcexpo.infrastructure.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.wtcexpo.identity.model.AccountRepository;
import vn.wtcexpo.identity.model.PasswordHash;
import vn.wtcexpo.identity.model.Role;
import vn.wtcexpo.identity.model.UserAccount;

/**
 * What the database needs at start-up. With {@code wtcexpo.demo-data=true} (the run command sets it)
 * it loads the demo accounts (password {@code demo}) and the sample halls. Without it, a database
 * with no venue admin gets one account {@code admin} with a random password, written once to the
 * server log: a production start never creates a known password.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class InitialData {

    private static final Logger LOG = Logger.getLogger(InitialData.class.getName());
    static final String DEMO_PASSWORD = "demo";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

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

    @PostConstruct
    void load() {
        if (demoData) {
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
        } else if (accounts.countEnabledWith(Role.VENUE_ADMIN) == 0 && accounts.find("admin").isEmpty()) {
            String password = randomPassword();
            UserAccount admin = new UserAccount("admin", "Venue administrator", null, List.of(Role.VENUE_ADMIN),
                    PasswordHash.of(password));
            admin.requirePasswordChange();
            accounts.add(admin);
            LOG.warning("No venue admin existed: created account 'admin' with password '" + password
                    + "'. Sign in and change it (asked at the first sign-in); it is not shown again.");
        }
    }

    private void demoAccount(String username, String fullName, String email, Role role) {
        if (accounts.find(username).isEmpty()) {
            accounts.add(new UserAccount(username, fullName, email, Set.of(role), demoHash));
        }
    }

    static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
