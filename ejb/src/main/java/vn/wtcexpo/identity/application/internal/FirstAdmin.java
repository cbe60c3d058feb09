package vn.wtcexpo.identity.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.wtcexpo.identity.model.AccountRepository;
import vn.wtcexpo.infrastructure.cluster.ClusterLeases;
import vn.wtcexpo.identity.model.PasswordHash;
import vn.wtcexpo.identity.model.Role;
import vn.wtcexpo.identity.model.UserAccount;

/**
 * The accounts a start-up makes. A database with no venue admin gets one: account {@code admin} with a random password,
 * written once to the server log and to be changed at the first sign-in; a production start never creates a known
 * password. With the demo data on ({@code wtcexpo.demo-data=true}), the four demo accounts are made instead, with the
 * password {@code demo} that the README gives: shorter than the rule for passwords, on purpose, and the only accounts
 * not opened through a use case. The rest of the demo ({@code vn.wtcexpo.demo}) uses the application services.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "wtcexpo.demo-data", defaultValue = "false")
    boolean demoData;

    @Inject
    private AccountRepository accounts;

    @Inject
    private ClusterLeases leases;

    static final String DEMO_PASSWORD = "demo";

    @PostConstruct
    void ensure() {
        // two servers of a cluster starting on an empty database would each make an admin: one after the other
        leases.takeTurn(ClusterLeases.STARTUP);
        if (demoData) {
            demoAccounts();
            return;
        }
        if (accounts.countEnabledWith(Role.VENUE_ADMIN) > 0 || accounts.find("admin").isPresent()) {
            return;
        }
        String password = randomPassword();
        UserAccount admin = new UserAccount("admin", "Venue administrator", null, List.of(Role.VENUE_ADMIN),
                PasswordHash.of(password));
        admin.requirePasswordChange();
        accounts.add(admin);
        LOG.warning("No venue admin existed: created account 'admin' with password '" + password
                + "'. Sign in and change it (asked at the first sign-in); it is not shown again.");
    }

    private void demoAccounts() {
        String[][] demo = {
            {"admin", "Nguyễn Thị Lan (Venue)", "admin@wtcexpo.vn", "VENUE_ADMIN"},
            {"organizer", "Trần Văn Minh (Organizer)", "organizer@example.vn", "ORGANIZER"},
            {"exhibitor", "Lê Hoàng Anh (Exhibitor)", "exhibitor@example.vn", "EXHIBITOR"},
            {"gate", "Phạm Quốc Bảo (Gate)", "gate@wtcexpo.vn", "GATE_STAFF"},
        };
        String hash = null;
        for (String[] a : demo) {
            if (accounts.find(a[0]).isEmpty()) {
                // one hash for the four: PBKDF2 at today's cost takes a quarter of a second each
                hash = hash == null ? PasswordHash.of(DEMO_PASSWORD) : hash;
                accounts.add(new UserAccount(a[0], a[1], a[2], List.of(Role.valueOf(a[3])), hash));
            }
        }
    }

    /** Sixteen letters and digits that cannot be mistaken for one another (no 0/O, 1/l/I). */
    static String randomPassword() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
