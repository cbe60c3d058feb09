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
     * Who tries to sign in, resolved once: an account (null for a token) from an address; the count it is held to
     * ({@code pairKey}: the account from this address, or from this known browser); and whether the source signed in
     * to the account with its password before ({@code known}: a browser's device cookie, or over the API the address
     * of the account's last sign-in), which failures from elsewhere never hold back.
     */
    public record Attempt(String username, String address, boolean browser, String pairKey, boolean known) {
    }

    /** An attempt on the sign-in page of a browser that sent {@code deviceCookie} (or none). */
    public Attempt onPage(String username, String address, String deviceCookie) {
        if (deviceCookie != null && deviceCookie.startsWith(KnownDevice.COOKIE_PREFIX) && deviceCookie.length() <= 100) {
            String hash = KnownDevice.cookieHash(deviceCookie);
            if (records.knownDevice(hash, username).isPresent()) {
                return new Attempt(username, address, true, SignInCounter.pair(username, "device:" + hash.substring(0, 32)), true);
            }
        }
        return new Attempt(username, address, true, SignInCounter.pair(username, "address:" + address), false);
    }

    /** An attempt over the API (Basic; {@code username} null for a bearer token). */
    public Attempt overApi(String username, String address) {
        if (username == null) {
            return new Attempt(null, address, false, null, false);
        }
        boolean known = records.knownDevice(KnownDevice.addressHash(username, address), username).isPresent();
        return new Attempt(username, address, false, SignInCounter.pair(username, "address:" + address), known);
    }

    /** Seconds to wait before the attempt is heard; 0 when it is heard now. */
    public long retryAfter(Attempt a, Instant now) {
        String addressKey = SignInCounter.address(a.address());
        if (a.username() == null) {
            return wait(records.counters(List.of(addressKey)), now);
        }
        long pair = 0;
        long wide = 0;
        for (SignInCounter c : records.counters(List.of(a.pairKey(), addressKey, SignInCounter.account(a.username())))) {
            if (c.key().equals(a.pairKey())) {
                pair = c.secondsToWait(now);
            } else {
                wide = Math.max(wide, c.secondsToWait(now));
            }
        }
        // the owner's own device: what others do elsewhere does not hold it back
        return Math.max(pair, a.known() ? 0 : wide);
    }

    /** Counts a failed attempt. */
    public void failed(Attempt a, Instant now) {
        List<String> keys = new ArrayList<>();
        if (a.username() == null) {
            keys.add(SignInCounter.address(a.address()));
        } else {
            keys.add(a.pairKey());
            if (!a.known()) {
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
            writes.forget(a.pairKey());
            if (a.browser()) {
                return a.known() ? null : writes.newBrowser(a.username(), now);
            }
            if (!a.known()) {
                writes.knownAddress(a.username(), a.address(), now);
            }
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

    private static long wait(List<SignInCounter> counters, Instant now) {
        return counters.stream().mapToLong(c -> c.secondsToWait(now)).max().orElse(0);
    }
}
