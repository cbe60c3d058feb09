package vn.wtcexpo.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.wtcexpo.shared.DomainException;

/**
 * Limits how often an anonymous client (by its address) may do something costly: at most {@code max}
 * times in a sliding window, then 429 with the seconds to wait. One server's memory; the data-grid issue
 * makes it cluster-wide.
 */
@ApplicationScoped
public class RateLimiter {

    /** Forgets idle addresses once the map holds this many. */
    private static final int MAX_TRACKED = 100_000;

    private final Map<String, Deque<Long>> hits = new ConcurrentHashMap<>();
    private Clock clock = Clock.systemUTC();

    /** A limit: {@code max} actions per {@code windowSeconds}. */
    public record Limit(String name, int max, int windowSeconds) {
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
    public static final Limit SCANS = new Limit("scans", 3000, 60);

    /**
     * Counts one action of {@code client} against {@code limit}.
     *
     * @throws DomainException {@code TOO_MANY_REQUESTS} (429) with the seconds until the oldest action leaves the window
     */
    public void hit(Limit limit, String client) {
        long now = clock.millis();
        long windowMs = limit.windowSeconds() * 1000L;
        if (hits.size() > MAX_TRACKED) {
            hits.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    return e.getValue().isEmpty() || e.getValue().peekLast() < now - windowMs;
                }
            });
        }
        Deque<Long> times = hits.computeIfAbsent(limit.name() + "|" + client, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() <= now - windowMs) {
                times.pollFirst();
            }
            if (times.size() >= limit.max()) {
                long wait = Math.max(1, (times.peekFirst() + windowMs - now + 999) / 1000);
                throw DomainException.tooMany("TOO_MANY_REQUESTS", wait);
            }
            times.addLast(now);
        }
    }

    /** For tests: forget every client. */
    public void reset() {
        hits.clear();
    }

    void clock(Clock c) {
        this.clock = c;
    }
}
