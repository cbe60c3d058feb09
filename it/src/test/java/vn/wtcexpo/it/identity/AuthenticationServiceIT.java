package vn.wtcexpo.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.Callable;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.wtcexpo.identity.application.AuthenticationService;
import vn.wtcexpo.identity.application.SignIn;
import vn.wtcexpo.identity.model.AccountRepository;
import vn.wtcexpo.identity.model.PasswordHash;
import vn.wtcexpo.identity.model.Role;
import vn.wtcexpo.identity.model.UserAccount;
import vn.wtcexpo.it.support.Deployments;

/** Sign-in inside the container: old hashes upgraded on the next sign-in, sessions that must end. */
@ExtendWith(ArquillianExtension.class)
@Tag(Deployments.IN_CONTAINER)
class AuthenticationServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestClasses(AuthenticationServiceIT.class);
    }

    @Inject
    private AuthenticationService authentication;

    @Inject
    private AccountRepository accounts;

    @Resource(lookup = "java:comp/UserTransaction")
    private UserTransaction tx;

    private <T> T inTransaction(Callable<T> work) throws Exception {
        tx.begin();
        try {
            T result = work.call();
            tx.commit();
            return result;
        } catch (Exception e) {
            tx.rollback();
            throw e;
        }
    }

    /** A hash as the application wrote them before this version: 3,072 iterations. */
    private static String legacyHash(String password) throws Exception {
        byte[] salt = new byte[32];
        salt[0] = 7;
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 3072, 256)).getEncoded();
        return "PBKDF2WithHmacSHA256:3072:" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(key);
    }

    private String account(String hash) throws Exception {
        String username = "auth" + Long.toString(System.nanoTime() % 100_000_000L, 36);
        inTransaction(() -> {
            accounts.add(new UserAccount(username, "Auth test", null, Set.of(Role.ORGANIZER), hash));
            return null;
        });
        return username;
    }

    @Test
    void anOldHash_isUpgradedToTodaysCostAtTheNextSignIn() throws Exception {
        String user = account(legacyHash("legacy-pass-1"));
        SignIn result = authentication.signIn(user, "legacy-pass-1", "10.9.9.9");
        assertTrue(result.isValid(), result.toString());
        PasswordHash stored = PasswordHash.parse(inTransaction(() -> accounts.find(user).orElseThrow().passwordHash()));
        assertEquals(PasswordHash.ITERATIONS, stored.iterations());
        assertTrue(stored.matches("legacy-pass-1"));
        assertTrue(authentication.signIn(user, "legacy-pass-1", "10.9.9.9").isValid());
    }

    @Test
    void aSession_endsWhenTheAccountIsDisabled() throws Exception {
        String user = account(PasswordHash.of("session-pass-1"));
        Instant signedIn = Instant.now();
        assertTrue(authentication.stillSignedIn(user, signedIn).isPresent());
        inTransaction(() -> {
            accounts.find(user).orElseThrow().disable();
            return null;
        });
        assertTrue(authentication.stillSignedIn(user, signedIn).isEmpty());
    }

    @Test
    void aSession_endsWhenThePasswordChangesElsewhere() throws Exception {
        String user = account(PasswordHash.of("session-pass-1"));
        Instant signedIn = Instant.now();
        Thread.sleep(5);
        inTransaction(() -> {
            accounts.find(user).orElseThrow().changePassword(PasswordHash.of("session-pass-2"));
            return null;
        });
        assertTrue(authentication.stillSignedIn(user, signedIn).isEmpty());
        assertTrue(authentication.stillSignedIn(user, Instant.now()).isPresent());
    }

    @Test
    void aDisabledAccount_cannotSignIn() throws Exception {
        String user = account(PasswordHash.of("disabled-pass-1"));
        inTransaction(() -> {
            accounts.find(user).orElseThrow().disable();
            return null;
        });
        assertEquals(SignIn.Outcome.INVALID, authentication.signIn(user, "disabled-pass-1", "10.9.9.8").outcome());
    }
}
