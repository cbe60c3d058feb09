package vn.wtcexpo.insight.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.wtcexpo.shared.BadgeKind;

/**
 * The crowd of one show day, per hall and quarter-hour: expected arrivals with a low–high band, people inside, the peak
 * against the hall's safety capacity, and the scanning lanes each entry gate needs.
 *
 * <p>How: the badges registered for the day, times the share of each kind that comes (learned from the venue's past
 * days), plus walk-ins, spread over the day by the kind's arrival shape. As the day runs, the arrivals so far correct
 * the rest of it: the ratio of what came to what was expected, shrunk towards 1 while there is little to go on (a
 * gamma prior whose spread is the day-to-day variation of past days); the band is that ratio's uncertainty plus chance.
 * The crowd splits between halls as it has so far today (towards their capacities while few have come), and between a
 * hall's entry gates likewise. Inside is arrivals minus those who have left by the learned stays, anchored to the count
 * inside now. {@code docs/FORECAST.md} explains it for a venue manager.
 */
public record CrowdForecast(DayTimeline day, Instant at, long expectedVisitors, long expectedLow, long expectedHigh,
                            Basis basis, List<HallForecast> halls, int lanesAtPeak, int pairedDevices,
                            int targetWaitMinutes) {

    /** An 80 % band: 1.28 standard deviations either side. */
    static final double Z = 1.2816;
    /** The weight, in people, of the even split until people have chosen halls and gates. */
    static final double SPLIT_PRIOR = 30;
    /** The share of capacity at which the live page warns ahead. */
    public static final double WARN_AT = 0.9;

    /** What the forecast rests on. */
    public record Basis(int registered, int pastDays, long admittedSoFar, double correction, boolean defaults) {
    }

    /** One hall's day. */
    public record HallForecast(String hall, int capacity, long peakInside, Instant peakAt, Instant reachesWarningAt,
                               List<SlotForecast> slots, List<LanePlanner.LaneRange> lanes) {

        public double peakShare() {
            return capacity == 0 ? 0 : (double) peakInside / capacity;
        }
    }

    /** One quarter-hour of a hall: arrivals (observed when past), their band, people inside. */
    public record SlotForecast(Instant start, long arrivals, long arrivalsLow, long arrivalsHigh, long inside, boolean past) {
    }

    /** A hall of the day and the gates that let people in. */
    public record Hall(String hall, int capacity, List<String> entryGates) {
    }

    /**
     * The day's inputs: the badges registered for it (by kind), its halls, how many gate devices are paired, the target
     * wait at a gate in minutes.
     */
    public record Plan(DayTimeline day, Map<BadgeKind, Integer> registered, List<Hall> halls, int pairedDevices,
                       int targetWaitMinutes) {
    }

    /**
     * What the day has seen so far: first entries per hall and slot, entries per gate, people inside each hall now,
     * visitors (and VIPs) admitted today.
     */
    public record SoFar(Instant now, Map<String, long[]> arrivals, Map<String, Long> gateEntries, Map<String, Long> inside,
                        long visitorsAdmitted) {
    }

    public static CrowdForecast of(CrowdHistory history, Plan plan, SoFar soFar) {
        return new Forecaster(history, plan, soFar).forecast();
    }

    /** The hall that peaks highest against its capacity. */
    public HallForecast fullest() {
        return halls.stream().max(java.util.Comparator.comparingDouble(HallForecast::peakShare)).orElse(null);
    }

    /** The busiest run of lanes of a hall: the most lanes, the earliest. */
    public static LanePlanner.LaneRange busiest(HallForecast hall) {
        return hall.lanes().stream().max(java.util.Comparator.comparingInt(LanePlanner.LaneRange::lanes)
                .thenComparing(LanePlanner.LaneRange::from, java.util.Comparator.reverseOrder())).orElse(null);
    }
}
