package vn.wtcexpo.insight.model;

import java.util.Map;
import vn.wtcexpo.shared.BadgeKind;

/**
 * One past show day at the venue, the material the forecast learns from: how many badges of each kind admitted on that
 * day, how many of them came (first entries per quarter-hour), how many visitors registered at the desk that day
 * (walk-ins), how long people stayed, and how fast the busiest lanes scanned.
 *
 * @param registered badges of each kind valid that day, registered before it opened (walk-ins not among them)
 * @param arrivals   first entries of each kind per slot of {@code day}
 * @param walkIns    visitor badges made at the desk that day
 * @param stays      minutes between an entry and the next exit of one badge that day
 * @param laneMinutes entries one device admitted in one minute, for the minutes it was busy (three or more)
 */
public record PastDay(DayTimeline day, Map<BadgeKind, Integer> registered, Map<BadgeKind, long[]> arrivals, int walkIns,
                      int[] stays, int[] laneMinutes) {

    public int registered(BadgeKind kind) {
        return registered.getOrDefault(kind, 0);
    }

    /** The people of {@code kind} who came. */
    public long came(BadgeKind kind) {
        long[] a = arrivals.get(kind);
        long sum = 0;
        if (a != null) {
            for (long x : a) {
                sum += x;
            }
        }
        return sum;
    }
}
