package vn.wtcexpo.identity.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing. Per account: five failures in a row are free (people mistype), then
 * each further attempt waits 30 s, doubling up to 15 minutes, until a success. Per client address, a
 * much higher bar (an office behind one address must not be locked out by one colleague): 100 failures
 * in 15 minutes, whatever the accounts, close that address for the rest of the window. While throttled,
 * attempts are refused without checking the password.
 *
 * <p>Kept in memory: a restart forgets it, and each server of a cluster counts on its own (the data-grid
 * issue moves it into the grid). Both maps are bounded.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int FREE_FAILURES_PER_ACCOUNT = 5;
    static final Duration FIRST_PAUSE = Duration.ofSeconds(30);
    static final Duration LONGEST_PAUSE = Duration.ofMinutes(15);
    static final Duration FORGET_ACCOUNT_AFTER = Duration.ofHours(1);
    static final int MAX_FAILURES_PER_ADDRESS = 100;
    static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);
    private static final int MAX_ENTRIES = 100_000;

    private final Map<String, AccountFailures> accounts = new ConcurrentHashMap<>();
    private final Map<String, AddressFailures> addresses = new ConcurrentHashMap<>();

    private static final class AccountFailures {
        int inARow;
        Instant last;
        Instant blockedUntil;
    }

    private static final class AddressFailures {
        int count;
        Instant windowStart;
    }

    /** Seconds to wait before an attempt for {@code username} from {@code address} is heard; 0 when it is heard now. */
    public long retryAfter(String username, String address, Instant now) {
        long wait = 0;
        AccountFailures a = username == null ? null : accounts.get(username);
        if (a != null) {
            synchronized (a) {
                if (a.blockedUntil != null && a.blockedUntil.isAfter(now)) {
                    wait = secondsBetween(now, a.blockedUntil);
                }
            }
        }
        AddressFailures f = address == null ? null : addresses.get(address);
        if (f != null) {
            synchronized (f) {
                Instant windowEnd = f.windowStart.plus(ADDRESS_WINDOW);
                if (f.count >= MAX_FAILURES_PER_ADDRESS && windowEnd.isAfter(now)) {
                    wait = Math.max(wait, secondsBetween(now, windowEnd));
                }
            }
        }
        return wait;
    }

    /** Counts a failed attempt; returns how many failed in a row for this account. */
    public int failed(String username, String address, Instant now) {
        prune(now);
        int inARow = 0;
        if (username != null) {
            AccountFailures a = accounts.computeIfAbsent(username, k -> new AccountFailures());
            synchronized (a) {
                if (a.last != null && a.last.plus(FORGET_ACCOUNT_AFTER).isBefore(now)) {
                    a.inARow = 0;
                }
                a.inARow++;
                a.last = now;
                inARow = a.inARow;
                if (a.inARow >= FREE_FAILURES_PER_ACCOUNT) {
                    int doublings = Math.min(a.inARow - FREE_FAILURES_PER_ACCOUNT, 10);
                    Duration pause = FIRST_PAUSE.multipliedBy(1L << doublings);
                    a.blockedUntil = now.plus(pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause);
                }
            }
        }
        if (address != null) {
            AddressFailures f = addresses.computeIfAbsent(address, k -> new AddressFailures());
            synchronized (f) {
                if (f.windowStart == null || !f.windowStart.plus(ADDRESS_WINDOW).isAfter(now)) {
                    f.windowStart = now;
                    f.count = 0;
                }
                f.count++;
            }
        }
        return inARow;
    }

    /** A success clears the account's failures (not the address's: other accounts may be under attack from it). */
    public void succeeded(String username) {
        if (username != null) {
            accounts.remove(username);
        }
    }

    private void prune(Instant now) {
        if (accounts.size() > MAX_ENTRIES) {
            accounts.entrySet().removeIf(e -> e.getValue().last == null
                    || e.getValue().last.plus(FORGET_ACCOUNT_AFTER).isBefore(now));
        }
        if (addresses.size() > MAX_ENTRIES) {
            addresses.entrySet().removeIf(e -> e.getValue().windowStart == null
                    || e.getValue().windowStart.plus(ADDRESS_WINDOW).isBefore(now));
        }
    }

    private static long secondsBetween(Instant from, Instant to) {
        return Math.max(1, (Duration.between(from, to).toMillis() + 999) / 1000);
    }
}
