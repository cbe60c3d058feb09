package vn.wtcexpo.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.wtcexpo.infrastructure.cluster.ClusterCounters;
import vn.wtcexpo.shared.DomainException;

/**
 * Limits how often a client (an address, a device) may do something costly: about {@code max} times in any window of
 * {@code windowSeconds}, then 429 with the seconds to wait. One budget for the whole cluster: the counts sit in the
 * data grid ({@link ClusterCounters}), so a client that the balancer sends to every server in turn gets no more than
 * from one.
 *
 * <p>The window slides by estimate, the usual way for shared counters: a count per fixed window, and the estimate of
 * the sliding window is this window's count plus the previous window's count weighted by the share of it that the
 * sliding window still covers. Two numbers per client and limit, changed by compare-and-set: no lock across servers.
 * While the grid cannot be reached the server counts on its own (still a limit: it fails closed, not open).
 *
 * <p>A limit of many actions a second ({@link Limit#batched()}: the scans of a gate device) is counted in the grid in
 * batches ({@link Tallies}): three grid operations for every scan cost the cluster a third of its throughput.
 */
@ApplicationScoped
public class RateLimiter {

    private static final Logger LOG = Logger.getLogger(RateLimiter.class.getName());
    /** A server's own counts are swept of old windows once they hold this many. */
    private static final int MAX_TRACKED = 100_000;

    @Inject
    private ClusterCounters counters;

    private Clock clock = Clock.systemUTC();

    /**
     * A limit: {@code max} actions per {@code windowSeconds}; {@code batched}: this server's actions reach the grid up
     * to a second late, so the cluster may let through what the other servers did in that second beyond the limit
     * (for limits of many actions a second, where a few more do not matter).
     */
    public record Limit(String name, int max, int windowSeconds, boolean batched) {
        public Limit(String name, int max, int windowSeconds) {
            this(name, max, windowSeconds, false);
        }
    }

    public static final Limit SIGN_UP = new Limit("sign-up", 10, 3600);
    /**
     * Visitor registrations, per address and event: a family or a small office registers from one address; a
     * script does not.
     */
    public static final Limit REGISTRATION = new Limit("registration", 30, 600);
    /**
     * Scans per gate device or gate staff account: a lane passes a person every few seconds and a turnstile one a
     * second or two; a device syncing its offline queue sends faster, still far below this; a looping client does not.
     */
    public static final Limit SCANS = new Limit("scans", 3000, 60, true);

    private final Tallies tallies = new Tallies();

    /**
     * Counts one action of {@code client} against {@code limit}.
     *
     * @throws DomainException {@code TOO_MANY_REQUESTS} (429) with the seconds until the estimate leaves room
     */
    public void hit(Limit limit, String client) {
        long now = clock.millis();
        if (limit.batched()) {
            batched(limit, client, now);
            return;
        }
        try {
            count(counters.shared(), limit, client, now);
        } catch (DomainException refused) {
            throw refused;
        } catch (RuntimeException gridUnwell) {
            LOG.log(Level.FINE, "rate limit counted on this server only", gridUnwell);
            ConcurrentMap<String, Long> local = counters.local();
            if (local.size() > MAX_TRACKED) {
                long oldest = now / 1000 - ClusterCounters.KEEP_SECONDS;
                local.keySet().removeIf(k -> windowStart(k) < oldest);
            }
            count(local, limit, client, now);
        }
    }

    /** Counts one action in {@code counts}, or refuses it. */
    static void count(ConcurrentMap<String, Long> counts, Limit limit, String client, long now) {
        long w = limit.windowSeconds() * 1000L;
        long start = now - Math.floorMod(now, w);
        String current = key(limit, client, start);
        String previous = key(limit, client, start - w);
        long left = start + w - now; // of this window, in ms; the sliding window covers as much of the previous one
        for (int attempt = 0; attempt < 20; attempt++) {
            long c = counts.getOrDefault(current, 0L);
            long p = counts.getOrDefault(previous, 0L);
            if ((double) p * left / w + c + 1 > limit.max()) {
                throw DomainException.tooMany("TOO_MANY_REQUESTS", secondsToWait(limit.max(), c, p, left, w));
            }
            boolean counted = c == 0 ? counts.putIfAbsent(current, 1L) == null : counts.replace(current, c, c + 1);
            if (counted) {
                return;
            }
        }
        // one client racing itself on every attempt: refused (fails closed), to come back in a second
        throw DomainException.tooMany("TOO_MANY_REQUESTS", 1L);
    }

    /** Counts one action of a batched limit in this server's tally, or refuses it. */
    private void batched(Limit limit, String client, long now) {
        long w = limit.windowSeconds() * 1000L;
        long start = now - Math.floorMod(now, w);
        long left = start + w - now;
        tallies.forget(key(limit, client, start - 2 * w));
        if (tallies.size() > MAX_TRACKED) {
            tallies.forgetBefore(now / 1000 - ClusterCounters.KEEP_SECONDS);
        }
        long p = tallies.closedCount(key(limit, client, start - w), counters.shared(), now);
        long c = tallies.hitIf(key(limit, client, start), counters.shared(), now,
                count -> (double) p * left / w + count + 1 <= limit.max());
        if (c != Tallies.COUNTED) {
            throw DomainException.tooMany("TOO_MANY_REQUESTS", secondsToWait(limit.max(), c, p, left, w));
        }
    }

    /**
     * Seconds until one more action fits: within this window once enough of the previous one has slid out, or in the
     * next window once enough of this one has.
     */
    static long secondsToWait(int max, long c, long p, long left, long w) {
        double ms;
        if (c + 1 > max) {
            ms = left + w * (1 - (max - 1) / (double) c);
        } else {
            ms = left - (max - c - 1) * (double) w / p;
        }
        return Math.max(1, (long) Math.ceil(ms / 1000));
    }

    private static String key(Limit limit, String client, long windowStartMs) {
        return limit.name() + "|" + client + "|" + windowStartMs / 1000;
    }

    static long windowStart(String key) {
        try {
            return Long.parseLong(key.substring(key.lastIndexOf('|') + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    void clock(Clock c) {
        this.clock = c;
    }

    void counters(ClusterCounters c) {
        this.counters = c;
    }
}
