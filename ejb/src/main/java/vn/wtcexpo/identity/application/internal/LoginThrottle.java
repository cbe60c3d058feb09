package vn.wtcexpo.identity.application.internal;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.wtcexpo.identity.model.KnownDevice;
import vn.wtcexpo.identity.model.SignInCounter;
import vn.wtcexpo.identity.model.SignInRecords;

/**
 * Slows password guessing down without locking an account's owner out (the rules are {@link SignInCounter}'s).
 * Failures count per account and source: a known device (a browser's device cookie; over the API, the address the
 * account last signed in from) has its own count and is never held back by failures from elsewhere; an unknown
 * device is also held to the address's and the account's counts. Kept in the database: every server of a cluster
 * sees the same counts, and a restart forgets nothing.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final Logger LOG = Logger.getLogger(LoginThrottle.class.getName());

    @Inject
    private SignInRecords records;

    @Inject
    private SignInFailures writes;

    /**
     * Who tries to sign in: an account (null for a token), from an address; a browser (the sign-in page) sends its
     * device cookie, if it has one ({@code browser} true, {@code deviceCookie} maybe null); an API client none.
     */
    public record Attempt(String username, String address, boolean browser, String deviceCookie) {

        public static Attempt api(String username, String address) {
            return new Attempt(username, address, false, null);
        }

        public static Attempt page(String username, String address, String deviceCookie) {
            return new Attempt(username, address, true, deviceCookie);
        }
    }

    /** What is known of an attempt's source before its password is checked. */
    private record Source(String pairKey, boolean known) {
    }

    /** Seconds to wait before the attempt is heard; 0 when it is heard now. */
    public long retryAfter(Attempt a, Instant now) {
        if (a.username() == null) {
            return wait(records.counters(List.of(SignInCounter.address(a.address()))), now);
        }
        Source source = source(a);
        String addressKey = SignInCounter.address(a.address());
        String accountKey = SignInCounter.account(a.username());
        long pair = 0;
        long wide = 0;
        for (SignInCounter c : records.counters(List.of(source.pairKey(), addressKey, accountKey))) {
            if (c.key().equals(source.pairKey())) {
                pair = c.secondsToWait(now);
            } else {
                wide = Math.max(wide, c.secondsToWait(now));
            }
        }
        if (wide > 0 && (source.known() || !a.browser() && knownAddress(a))) {
            wide = 0; // the owner's own device: what others do elsewhere does not hold it back
        }
        return Math.max(pair, wide);
    }

    /** Counts a failed attempt. */
    public void failed(Attempt a, Instant now) {
        List<String> keys = new ArrayList<>();
        if (a.username() == null) {
            keys.add(SignInCounter.address(a.address()));
        } else {
            Source source = source(a);
            keys.add(source.pairKey());
            if (!source.known() && (a.browser() || !knownAddress(a))) {
                keys.add(SignInCounter.address(a.address()));
                keys.add(SignInCounter.account(a.username()));
            }
        }
        count(keys, a.username(), a.address(), now);
    }

    /**
     * A right password: the pair's failures are forgotten and the source becomes known. Returns the secret of a new
     * device cookie for a browser that had no known one (the caller sets it), else null.
     */
    public String succeeded(Attempt a, Instant now) {
        try {
            Source source = source(a);
            writes.forget(source.pairKey());
            if (a.browser()) {
                return source.known() ? null : writes.newBrowser(a.username(), now);
            }
            writes.knownAddress(a.username(), a.address(), now);
        } catch (EJBException | PersistenceException e) {
            // the same source made known at the same moment by another call: it is known either way
            LOG.log(Level.FINE, "known device not recorded", e);
        }
        return null;
    }

    /** Seconds to wait on a counter of its own (a password change's check of the current password). */
    public long retryAfter(String key, Instant now) {
        return wait(records.counters(List.of(SignInCounter.pair(key, "self"))), now);
    }

    public void failed(String key, Instant now) {
        count(List.of(SignInCounter.pair(key, "self")), null, null, now);
    }

    private void count(List<String> keys, String username, String address, Instant now) {
        try {
            writes.count(keys, username, address, now);
        } catch (EJBException | PersistenceException firstOfItsKind) {
            // another server made the same counter at the same moment: it exists now, count on it
            writes.count(keys, username, address, now);
        }
    }

    private Source source(Attempt a) {
        if (a.browser() && a.deviceCookie() != null && a.deviceCookie().startsWith(KnownDevice.COOKIE_PREFIX)
                && a.deviceCookie().length() <= 100) {
            String hash = KnownDevice.cookieHash(a.deviceCookie());
            if (records.knownDevice(hash, a.username()).isPresent()) {
                return new Source(SignInCounter.pair(a.username(), "device:" + hash.substring(0, 32)), true);
            }
        }
        return new Source(SignInCounter.pair(a.username(), "address:" + a.address()), false);
    }

    private boolean knownAddress(Attempt a) {
        return records.knownDevice(KnownDevice.addressHash(a.username(), a.address()), a.username()).isPresent();
    }

    private static long wait(List<SignInCounter> counters, Instant now) {
        return counters.stream().mapToLong(c -> c.secondsToWait(now)).max().orElse(0);
    }
}
