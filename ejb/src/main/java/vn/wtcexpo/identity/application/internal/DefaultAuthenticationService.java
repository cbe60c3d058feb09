package vn.wtcexpo.identity.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import vn.wtcexpo.identity.application.AuthenticationService;
import vn.wtcexpo.identity.application.SignIn;
import vn.wtcexpo.identity.model.AccountRepository;
import vn.wtcexpo.identity.model.ApiToken;
import vn.wtcexpo.identity.model.PasswordHash;
import vn.wtcexpo.identity.model.Role;
import vn.wtcexpo.identity.model.UserAccount;

@Stateless
@PermitAll
public class DefaultAuthenticationService implements AuthenticationService {

    /** The time the rules read ({@code infrastructure.time.Clocks}). */
    @Inject
    private Clock clock;

    private static final Logger LOG = Logger.getLogger(DefaultAuthenticationService.class.getName());
    private static final int MAX_PASSWORD_LENGTH = 1024;

    @Inject
    private AccountRepository accounts;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private VerifiedCredentials verified;

    @Inject
    private TokenSignIns tokens;

    @Override
    public SignIn signIn(String rawUsername, String password, String clientAddress) {
        return check(rawUsername, password, clientAddress, false, null);
    }

    @Override
    public SignIn signInOnPage(String rawUsername, String password, String clientAddress, String deviceCookie) {
        return check(rawUsername, password, clientAddress, true, deviceCookie);
    }

    private SignIn check(String rawUsername, String password, String clientAddress, boolean browser, String deviceCookie) {
        Instant now = clock.instant();
        String username = rawUsername == null ? "" : rawUsername.strip().toLowerCase(Locale.ROOT);
        if (username.isEmpty() || username.length() > 32 || password == null || password.length() > MAX_PASSWORD_LENGTH) {
            return SignIn.invalid();
        }
        UserAccount account = accounts.find(username).orElse(null);
        // an API client sends its right password with every call: remembered, it costs neither PBKDF2 nor a look at
        // the throttle (which slows guessing, and a guess is never remembered as right)
        if (!browser && account != null && account.isEnabled()
                && verified.isKnown(username, password, account.passwordHash(), now)) {
            return SignIn.valid(username, roles(account));
        }
        LoginThrottle.Attempt attempt = browser ? throttle.onPage(username, clientAddress, deviceCookie)
                : throttle.overApi(username, clientAddress);
        long wait = throttle.retryAfter(attempt, now);
        if (wait > 0) {
            LOG.warning(() -> "Sign-in for '" + username + "' from " + clientAddress + " refused for " + wait
                    + " s: too many failed attempts");
            return SignIn.throttled(wait);
        }
        boolean right;
        if (account == null || !account.isEnabled()) {
            PasswordHash.spendAsMuchAsAVerification(password);
            right = false;
        } else {
            right = account.hasPassword(password);
        }
        if (!right) {
            throttle.failed(attempt, now);
            LOG.warning(() -> "Failed sign-in for '" + username + "' from " + clientAddress
                    + (account == null ? " (no such account)" : account.isEnabled() ? "" : " (account disabled)"));
            return SignIn.invalid();
        }
        String newCookie = throttle.succeeded(attempt, now);
        if (account.hasWeakPasswordHash()) {
            account.rehash(PasswordHash.of(password));
            LOG.info(() -> "Password hash of '" + username + "' upgraded to " + PasswordHash.ITERATIONS + " iterations");
        }
        verified.remember(username, password, account.passwordHash(), now);
        SignIn valid = SignIn.valid(username, roles(account));
        return newCookie == null ? valid : valid.withDeviceCookie(newCookie);
    }

    @Override
    public SignIn bearer(String token, String clientAddress) {
        Instant now = clock.instant();
        LoginThrottle.Attempt attempt = throttle.overApi(null, clientAddress);
        boolean wellFormed = token != null && token.startsWith(ApiToken.PREFIX) && token.length() <= 100;
        String hash = wellFormed ? ApiToken.hash(token) : null;
        // a token found valid a moment ago is not a guess: it skips the throttle's look at the database
        TokenSignIns.Entry known = wellFormed ? tokens.fresh(hash, now) : null;
        if (known != null) {
            return SignIn.valid(known.username(), known.roles());
        }
        long wait = throttle.retryAfter(attempt, now);
        if (wait > 0) {
            return SignIn.throttled(wait);
        }
        if (!wellFormed) {
            throttle.failed(attempt, now);
            return SignIn.invalid();
        }
        Optional<ApiToken> found = accounts.tokenByHash(hash).filter(t -> t.isUsableAt(now));
        Optional<UserAccount> account = found.flatMap(t -> accounts.find(t.username())).filter(UserAccount::isEnabled);
        if (account.isEmpty()) {
            throttle.failed(attempt, now);
            LOG.warning(() -> "Unknown, expired or revoked API token from " + clientAddress);
            return SignIn.invalid();
        }
        Set<String> roles = roles(account.get());
        tokens.remember(hash, found.get().id(), account.get().username(), roles, found.get().expiresAt(), now);
        return SignIn.valid(account.get().username(), roles);
    }

    @Override
    public Optional<SignIn> stillSignedIn(String username, Instant signedInAt) {
        return accounts.find(username)
                .filter(UserAccount::isEnabled)
                .filter(a -> !a.credentialsChangedAt().isAfter(signedInAt))
                .map(a -> SignIn.valid(a.username(), roles(a)));
    }

    @Override
    public boolean mustChangePassword(String username) {
        return accounts.find(username).map(UserAccount::passwordChangeRequired).orElse(false);
    }

    private static Set<String> roles(UserAccount account) {
        return account.roles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    }
}
