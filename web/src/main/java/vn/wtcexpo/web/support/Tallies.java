package vn.wtcexpo.web.support;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongPredicate;

/**
 * This server's part of the batched rate counts: per count, its actions since it last told the cluster's counters,
 * and the cluster's count as they then said. It tells them at most once a second per count (a read and a
 * compare-and-set), and reads a closed window's count every ten seconds, so a device scanning ten times a second
 * costs the data grid about two operations a second instead of three a scan (measured: three a scan took a third of
 * the cluster's throughput); what it has not told yet still counts here. When the grid does not answer, the actions
 * wait here for the next time (the count only grows: it fails closed).
 */
final class Tallies {

    /** How often the count of the current window is told to the grid, at most. */
    static final long SYNC_MS = 1_000;
    /** How often the count of a closed window (only late hits still reach it) is read again, at most. */
    static final long CLOSED_SYNC_MS = 10_000;
    /** {@link #hitIf}'s answer when the action was counted. */
    static final long COUNTED = -1;

    private static final class Tally {
        /** the cluster's count when this server last told it its actions */
        long seen;
        /** this server's actions since */
        long pending;
        long syncedAt = Long.MIN_VALUE;
    }

    private final ConcurrentMap<String, Tally> tallies = new ConcurrentHashMap<>();

    /** The count of the closed window {@code key} as this server knows it (the cluster's, and its own not yet told). */
    long closedCount(String key, ConcurrentMap<String, Long> grid, long now) {
        Tally t = tallies.computeIfAbsent(key, k -> new Tally());
        synchronized (t) {
            syncIfDue(t, key, grid, now, CLOSED_SYNC_MS);
            return t.seen + t.pending;
        }
    }

    /**
     * Counts one action on {@code key} if {@code fits} accepts the count so far.
     *
     * @return {@link #COUNTED}, or the count that did not fit
     */
    long hitIf(String key, ConcurrentMap<String, Long> grid, long now, LongPredicate fits) {
        Tally t = tallies.computeIfAbsent(key, k -> new Tally());
        synchronized (t) {
            syncIfDue(t, key, grid, now, SYNC_MS);
            long count = t.seen + t.pending;
            if (!fits.test(count)) {
                return count;
            }
            t.pending++;
            return COUNTED;
        }
    }

    private static void syncIfDue(Tally t, String key, ConcurrentMap<String, Long> grid, long now, long everyMs) {
        if (t.syncedAt != Long.MIN_VALUE && now - t.syncedAt < everyMs) {
            return;
        }
        t.syncedAt = now;
        try {
            t.seen = t.pending == 0 ? grid.getOrDefault(key, 0L) : add(grid, key, t.pending);
            t.pending = 0;
        } catch (RuntimeException gridUnwell) {
            // told next time; until then they count here
        }
    }

    /** Adds {@code delta} to the grid's count by compare-and-set (no lock across servers); returns the new count. */
    private static long add(ConcurrentMap<String, Long> grid, String key, long delta) {
        for (int attempt = 0; attempt < 20; attempt++) {
            Long old = grid.get(key);
            if (old == null ? grid.putIfAbsent(key, delta) == null : grid.replace(key, old, old + delta)) {
                return (old == null ? 0 : old) + delta;
            }
        }
        throw new IllegalStateException("every compare-and-set lost: told next time");
    }

    void forget(String key) {
        tallies.remove(key);
    }

    /** Forgets the counts of windows that started before {@code epochSecond}. */
    void forgetBefore(long epochSecond) {
        tallies.keySet().removeIf(k -> RateLimiter.windowStart(k) < epochSecond);
    }

    int size() {
        return tallies.size();
    }
}
