package vn.wtcexpo.insight.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.wtcexpo.shared.BadgeKind;

/** The arithmetic of {@link CrowdForecast}, one step per method, in the order the class comment tells it. */
final class Forecaster {

    private final CrowdHistory history;
    private final CrowdForecast.Plan plan;
    private final CrowdForecast.SoFar soFar;
    private final DayTimeline day;
    private final int slots;
    private final int passed;
    /** Expected arrivals per slot before today's correction: everyone, and visitors (with VIPs) alone. */
    private final double[] base;
    private final double[] baseVisitors;
    private boolean defaults;

    Forecaster(CrowdHistory history, CrowdForecast.Plan plan, CrowdForecast.SoFar soFar) {
        this.history = history;
        this.plan = plan;
        this.soFar = soFar;
        this.day = plan.day();
        this.slots = day.slots();
        this.passed = day.slotsPassed(soFar.now());
        this.base = new double[slots];
        this.baseVisitors = new double[slots];
    }

    CrowdForecast forecast() {
        expectedBeforeTheDay();
        CrowdHistory.Rate visitors = history.showUp(BadgeKind.VISITOR, day.kind());
        // the correction: a gamma prior of mean 1 whose spread is the day-to-day variation, updated by what came so far
        double prior = 1 / (visitors.variation() * visitors.variation());
        double expectedSoFar = sum(base, 0, passed);
        double cameSoFar = soFar.arrivals().values().stream().mapToDouble(a -> sum(a, 0, passed)).sum();
        // early in a day, what came so far tells as much about when people come as about how many: it weighs by the
        // share of the expected day already seen, and fully once the day is done
        double expectedDay = sum(base, 0, slots);
        double seen = expectedDay == 0 ? 1 : Math.min(1, expectedSoFar / expectedDay);
        double ratio = (prior + seen * cameSoFar) / (prior + seen * expectedSoFar);
        double spread = Math.sqrt(prior + seen * cameSoFar) / (prior + seen * expectedSoFar);

        double restVisitors = sum(baseVisitors, passed, slots);
        long admitted = soFar.visitorsAdmitted();
        long expected = Math.round(admitted + ratio * restVisitors);
        double chance = Math.sqrt(ratio * restVisitors);
        long low = Math.max(admitted, Math.round(admitted + Math.max(0, ratio - CrowdForecast.Z * spread) * restVisitors
                - CrowdForecast.Z * chance));
        long high = Math.round(admitted + (ratio + CrowdForecast.Z * spread) * restVisitors + CrowdForecast.Z * chance);

        List<CrowdForecast.HallForecast> halls = new ArrayList<>();
        double capacities = plan.halls().stream().mapToDouble(CrowdForecast.Hall::capacity).sum();
        int[] lanesPerSlot = new int[slots];
        for (CrowdForecast.Hall hall : plan.halls()) {
            halls.add(hall(hall, ratio, spread, cameSoFar, capacities, lanesPerSlot));
        }
        int lanesAtPeak = 0;
        for (int s = passed; s < slots; s++) {
            lanesAtPeak = Math.max(lanesAtPeak, lanesPerSlot[s]);
        }
        int registered = plan.registered().values().stream().mapToInt(Integer::intValue).sum();
        return new CrowdForecast(day, soFar.now(), Math.max(admitted, expected), Math.min(low, Math.max(admitted, expected)),
                Math.max(high, expected), new CrowdForecast.Basis(registered, history.pastDays(), admitted, ratio, defaults),
                halls, lanesAtPeak, plan.pairedDevices(), plan.targetWaitMinutes());
    }

    /** Registered × show-up (+ walk-ins for visitors), spread by each kind's arrival shape. */
    private void expectedBeforeTheDay() {
        plan.registered().forEach((kind, registered) -> {
            CrowdHistory.Rate rate = history.showUp(kind, day.kind());
            defaults |= registered > 0 && rate.days() == 0;
            double people = registered * rate.mean();
            if (kind == BadgeKind.VISITOR) {
                people += registered * history.walkInRatio(day.kind());
            }
            double[] shape = history.shape(kind, day.kind(), slots).over(slots, day.crowdOffset());
            boolean visitor = kind == BadgeKind.VISITOR || kind == BadgeKind.VIP;
            for (int s = 0; s < slots; s++) {
                base[s] += people * shape[s];
                if (visitor) {
                    baseVisitors[s] += people * shape[s];
                }
            }
        });
    }

    private CrowdForecast.HallForecast hall(CrowdForecast.Hall hall, double ratio, double spread, double cameSoFar,
                                            double capacities, int[] lanesPerSlot) {
        long[] observed = soFar.arrivals().getOrDefault(hall.hall(), new long[slots]);
        double even = capacities == 0 ? 1.0 / plan.halls().size() : hall.capacity() / capacities;
        double share = (sum(observed, 0, passed) + CrowdForecast.SPLIT_PRIOR * even) / (cameSoFar + CrowdForecast.SPLIT_PRIOR);
        double[] arrivals = new double[slots];
        List<CrowdForecast.SlotForecast> out = new ArrayList<>();
        for (int s = 0; s < slots; s++) {
            boolean past = s < passed;
            double a = past ? (s < observed.length ? observed[s] : 0) : base[s] * ratio * share;
            arrivals[s] = a;
            double bandLow = past ? a : Math.max(0, a * (1 - CrowdForecast.Z * spread / ratio) - CrowdForecast.Z * Math.sqrt(a));
            double bandHigh = past ? a : a * (1 + CrowdForecast.Z * spread / ratio) + CrowdForecast.Z * Math.sqrt(a);
            out.add(new CrowdForecast.SlotForecast(day.start(s), Math.round(a), Math.round(bandLow), Math.round(bandHigh), 0,
                    past));
        }
        double[] inside = inside(arrivals, soFar.inside().getOrDefault(hall.hall(), 0L));
        long peak = 0;
        Instant peakAt = null;
        Instant warning = null;
        for (int s = 0; s < slots; s++) {
            CrowdForecast.SlotForecast f = out.get(s);
            long in = Math.round(inside[s]);
            out.set(s, new CrowdForecast.SlotForecast(f.start(), f.arrivals(), f.arrivalsLow(), f.arrivalsHigh(), in, f.past()));
            if (in > peak) {
                peak = in;
                peakAt = f.start();
            }
            if (warning == null && s >= passed && in >= CrowdForecast.WARN_AT * hall.capacity()
                    && soFar.inside().getOrDefault(hall.hall(), 0L) < CrowdForecast.WARN_AT * hall.capacity()) {
                warning = f.start();
            }
        }
        return new CrowdForecast.HallForecast(hall.hall(), hall.capacity(), peak, peakAt, warning, out,
                lanes(hall, arrivals, lanesPerSlot));
    }

    /**
     * People inside per slot: everyone who came and has not left by the learned stays, the part of those who came
     * before now scaled to the count inside now; nobody after closing.
     */
    private double[] inside(double[] arrivals, long insideNow) {
        Dwell dwell = history.dwell();
        double[] before = new double[slots];
        double[] after = new double[slots];
        for (int s = 0; s < slots; s++) {
            for (int r = 0; r <= s; r++) {
                double stay = arrivals[r] * dwell.stillInside(s - r);
                if (r < passed) {
                    before[s] += stay;
                } else {
                    after[s] += stay;
                }
            }
        }
        int now = Math.min(passed, slots) - 1;
        double[] inside = new double[slots];
        for (int s = 0; s < slots; s++) {
            double fromBefore = before[s];
            if (now >= 0 && s >= now) {
                fromBefore = before[now] > 0 ? before[s] * insideNow / before[now]
                        : insideNow * dwell.stillInside(s - now);
            }
            inside[s] = fromBefore + after[s];
        }
        return inside;
    }

    /** Each entry gate's share of the hall's arrivals (as so far today, towards an even split), and its lanes. */
    private List<LanePlanner.LaneRange> lanes(CrowdForecast.Hall hall, double[] arrivals, int[] lanesPerSlot) {
        List<LanePlanner.LaneRange> out = new ArrayList<>();
        List<String> gates = hall.entryGates();
        double entries = gates.stream().mapToDouble(g -> soFar.gateEntries().getOrDefault(g, 0L)).sum();
        for (String gate : gates) {
            double share = (soFar.gateEntries().getOrDefault(gate, 0L) + CrowdForecast.SPLIT_PRIOR / gates.size())
                    / (entries + CrowdForecast.SPLIT_PRIOR);
            double[] through = new double[slots];
            for (int s = 0; s < slots; s++) {
                through[s] = arrivals[s] * share;
            }
            int[] lanes = LanePlanner.lanes(through, history.lanePerMinute(), plan.targetWaitMinutes());
            for (int s = 0; s < slots; s++) {
                lanesPerSlot[s] += lanes[s];
            }
            out.addAll(LanePlanner.ranges(gate, lanes, Math.min(passed, slots - 1), day));
        }
        return out;
    }

    private static double sum(double[] a, int from, int to) {
        double sum = 0;
        for (int i = from; i < Math.min(to, a.length); i++) {
            sum += a[i];
        }
        return sum;
    }

    private static double sum(long[] a, int from, int to) {
        double sum = 0;
        for (int i = from; i < Math.min(to, a.length); i++) {
            sum += a[i];
        }
        return sum;
    }
}
