package vn.wtcexpo.insight.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import vn.wtcexpo.shared.BadgeKind;

/**
 * What the venue's past show days teach: for each kind of badge and kind of day, the share of registered people who
 * come (and how much that share varies from day to day) and when they arrive; walk-ins per registered visitor; how long
 * people stay; how many people a lane clears in a minute. Each figure falls back to a documented default where the
 * history is too thin (fewer than {@link #MIN_REGISTERED} registered of a kind on a day), and says so.
 */
public final class CrowdHistory {

    /** A day counts for a kind's show-up rate with at least this many of its badges registered. */
    static final int MIN_REGISTERED = 20;
    /** Defaults without history: a trade fair's pre-registered visitors come about half the time. */
    static final double DEFAULT_VISITOR_SHOW_UP = 0.55;
    static final double DEFAULT_WALK_IN_RATIO = 0.15;
    /** Day-to-day variation of a show-up rate without history, as a coefficient of variation. */
    static final double DEFAULT_VARIATION = 0.25;
    /** A phone lane at a busy moment (DOMAIN: 5–8 people a minute). */
    static final double DEFAULT_LANE_PER_MINUTE = 6;

    private final List<PastDay> days;
    private final Dwell dwell;
    private final double lanePerMinute;

    public CrowdHistory(List<PastDay> days) {
        this.days = List.copyOf(days);
        this.dwell = Dwell.of(days.stream().flatMapToInt(d -> IntStream.of(d.stays())).toArray());
        int[] busy = days.stream().flatMapToInt(d -> IntStream.of(d.laneMinutes())).sorted().toArray();
        // what a lane really clears at busy moments: the median busy minute (at least 20 such minutes)
        this.lanePerMinute = busy.length >= 20 ? Math.max(1, busy[busy.length / 2]) : DEFAULT_LANE_PER_MINUTE;
    }

    public int pastDays() {
        return days.size();
    }

    public Dwell dwell() {
        return dwell;
    }

    public double lanePerMinute() {
        return lanePerMinute;
    }

    /** The share of {@code kind}'s registered who come on a day of {@code dayKind}: its mean and variation. */
    public Rate showUp(BadgeKind kind, DayTimeline.Kind dayKind) {
        List<Double> rates = new ArrayList<>();
        for (PastDay d : sameKind(dayKind)) {
            if (d.registered(kind) >= MIN_REGISTERED) {
                rates.add(Math.min(1.0, (double) d.came(kind) / d.registered(kind)));
            }
        }
        if (rates.isEmpty() && dayKind != null) {
            return showUp(kind, null); // any kind of day before the default
        }
        if (rates.isEmpty()) {
            return new Rate(defaultShowUp(kind), DEFAULT_VARIATION, 0);
        }
        double mean = rates.stream().mapToDouble(x -> x).average().orElseThrow();
        double var = rates.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum() / Math.max(1, rates.size() - 1);
        double cv = rates.size() < 3 || mean == 0 ? DEFAULT_VARIATION : Math.max(0.05, Math.sqrt(var) / mean);
        return new Rate(mean, cv, rates.size());
    }

    /** Walk-ins (desk registrations on the day) per registered visitor. */
    public double walkInRatio(DayTimeline.Kind dayKind) {
        long walkIns = 0;
        long registered = 0;
        for (PastDay d : sameKind(dayKind)) {
            if (d.registered(BadgeKind.VISITOR) >= MIN_REGISTERED) {
                walkIns += d.walkIns();
                registered += d.registered(BadgeKind.VISITOR);
            }
        }
        return registered == 0 ? DEFAULT_WALK_IN_RATIO : (double) walkIns / registered;
    }

    /** When {@code kind} arrives on a day of {@code dayKind}: learned, else learned for every kind, else the default. */
    public ArrivalShape shape(BadgeKind kind, DayTimeline.Kind dayKind, int slots) {
        ArrivalShape own = sum(sameKind(dayKind), kind, slots);
        if (own != null) {
            return own;
        }
        ArrivalShape any = sum(days, kind, slots);
        return any != null ? any : ArrivalShape.fallback(Math.min(slots, ArrivalShape.DEFAULT_DAY_SLOTS));
    }

    private ArrivalShape sum(List<PastDay> from, BadgeKind kind, int slots) {
        long[] total = new long[slots];
        long people = 0;
        for (PastDay d : from) {
            long[] a = d.arrivals().get(kind);
            if (a == null) {
                continue;
            }
            for (int i = 0; i < a.length; i++) {
                total[Math.min(i, slots - 1)] += a[i];
                people += a[i];
            }
        }
        return people < MIN_REGISTERED ? null : ArrivalShape.of(total);
    }

    private List<PastDay> sameKind(DayTimeline.Kind dayKind) {
        return dayKind == null ? days : days.stream().filter(d -> d.day().kind() == dayKind).toList();
    }

    /** Without history: visitors about half; those who work the show nearly all; press and VIP in between. */
    static double defaultShowUp(BadgeKind kind) {
        return switch (kind) {
            case VISITOR -> DEFAULT_VISITOR_SHOW_UP;
            case VIP -> 0.6;
            case PRESS -> 0.7;
            case EXHIBITOR_STAFF -> 0.9;
            case ORGANIZER_STAFF -> 0.95;
            case CONTRACTOR -> 0.1;
        };
    }

    /** A learned share: its mean, its day-to-day coefficient of variation, and how many days it rests on (0: default). */
    public record Rate(double mean, double variation, int days) {
    }

    /** The learned rates of every kind, for the forecast's basis. */
    public Map<BadgeKind, Rate> showUps(DayTimeline.Kind dayKind) {
        Map<BadgeKind, Rate> out = new EnumMap<>(BadgeKind.class);
        for (BadgeKind k : BadgeKind.values()) {
            out.put(k, showUp(k, dayKind));
        }
        return out;
    }
}
