package vn.wtcexpo.identity.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * Failed sign-ins of one kind, in the database so that every server sees them and a restart keeps them. Three kinds,
 * each with its own rule (the key says which):
 * <ul>
 * <li>{@link #pair}: one account from one address or one known device. Five failures are free (people mistype),
 * then each waits 30 s, doubling up to 15 minutes; an hour without failures starts it again.</li>
 * <li>{@link #address}: every account from one address. 100 failures in 15 minutes close that address to unknown
 * devices for the rest of the window (a password sprayer), not the accounts' owners on their known devices.</li>
 * <li>{@link #account}: one account from everywhere. 20 failures in 15 minutes (a guesser spread over many
 * addresses) slow unknown devices to one attempt a minute for that account; its owner is told by e-mail, at most
 * once a day. Known devices are never held back by it.</li>
 * </ul>
 */
@Entity
@Table(name = "sign_in_counter")
public class SignInCounter {

    public static final int FREE_FAILURES = 5;
    static final Duration FIRST_PAUSE = Duration.ofSeconds(30);
    static final Duration LONGEST_PAUSE = Duration.ofMinutes(15);
    static final Duration PAIR_FORGOTTEN_AFTER = Duration.ofHours(1);
    public static final int MAX_FAILURES_PER_ADDRESS = 100;
    public static final int SPREAD_FAILURES_PER_ACCOUNT = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration SPREAD_PAUSE = Duration.ofMinutes(1);
    static final Duration TELL_THE_OWNER_AT_MOST_EVERY = Duration.ofDays(1);

    @Id
    @Column(name = "counter_key", length = 200)
    private String key;

    @Column(nullable = false)
    private int failures;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @Column(name = "blocked_until")
    private Instant blockedUntil;

    @Column(name = "notified_at")
    private Instant notifiedAt;

    protected SignInCounter() {
    }

    private SignInCounter(String key, Instant now) {
        this.key = key.length() > 200 ? key.substring(0, 200) : key;
        this.windowStart = now;
    }

    /** The key of one account from one source (an address, or a known device). */
    public static String pair(String username, String source) {
        return "pair:" + username + "|" + source;
    }

    public static String address(String address) {
        return "addr:" + address;
    }

    public static String account(String username) {
        return "acct:" + username;
    }

    public static SignInCounter start(String key, Instant now) {
        return new SignInCounter(key, now);
    }

    /** Seconds to wait at {@code now} before the next attempt is heard; 0 when it is heard now. */
    public long secondsToWait(Instant now) {
        if (blockedUntil == null || !blockedUntil.isAfter(now)) {
            return 0;
        }
        return Math.max(1, (Duration.between(now, blockedUntil).toMillis() + 999) / 1000);
    }

    /** Counts a failure of this counter's kind; returns true when the account's owner should be told now. */
    public boolean failed(Instant now) {
        if (key.startsWith("addr:")) {
            failedInWindow(now);
            if (failures >= MAX_FAILURES_PER_ADDRESS) {
                blockedUntil = windowStart.plus(WINDOW);
            }
            return false;
        }
        if (key.startsWith("acct:")) {
            failedInWindow(now);
            if (failures < SPREAD_FAILURES_PER_ACCOUNT) {
                return false;
            }
            blockedUntil = now.plus(SPREAD_PAUSE);
            if (notifiedAt == null || !notifiedAt.plus(TELL_THE_OWNER_AT_MOST_EVERY).isAfter(now)) {
                notifiedAt = now;
                return true;
            }
            return false;
        }
        // a pair: failures in a row, forgotten after an hour of quiet
        if (!windowStart.plus(PAIR_FORGOTTEN_AFTER).isAfter(now)) {
            failures = 0;
        }
        windowStart = now;
        failures++;
        if (failures >= FREE_FAILURES) {
            int doublings = Math.min(failures - FREE_FAILURES, 10);
            Duration pause = FIRST_PAUSE.multipliedBy(1L << doublings);
            blockedUntil = now.plus(pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause);
        }
        return false;
    }

    private void failedInWindow(Instant now) {
        if (!windowStart.plus(WINDOW).isAfter(now)) {
            windowStart = now;
            failures = 0;
            blockedUntil = null;
        }
        failures++;
    }

    /** Whether the row can go: nothing blocked and its window long past. */
    public boolean isStale(Instant now) {
        return (blockedUntil == null || blockedUntil.isBefore(now)) && windowStart.plus(PAIR_FORGOTTEN_AFTER).isBefore(now);
    }

    public String key() { return key; }
    public int failures() { return failures; }
}
