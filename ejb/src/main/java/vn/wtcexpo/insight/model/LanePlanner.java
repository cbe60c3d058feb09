package vn.wtcexpo.insight.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * How many scanning lanes a gate needs in each quarter-hour so that nobody waits longer than the target: a queue that
 * carries over from one quarter-hour to the next (people who could not be scanned wait into the next), the fewest lanes
 * that keep the queue at its end no longer than the target wait to clear. At least one lane while the day runs.
 */
public final class LanePlanner {

    /** More lanes than this at one gate is a building problem, not a staffing one. */
    static final int MAX_LANES = 40;

    private LanePlanner() {
    }

    /** A run of quarter-hours with the same number of lanes. */
    public record LaneRange(String gate, Instant from, Instant to, int lanes) {
    }

    /** Lanes per slot for {@code arrivals} per slot, each lane clearing {@code perMinute}, waits at most {@code waitMinutes}. */
    public static int[] lanes(double[] arrivals, double perMinute, int waitMinutes) {
        int[] lanes = new int[arrivals.length];
        double queue = 0;
        for (int s = 0; s < arrivals.length; s++) {
            int c = 1;
            double left = leftAfter(queue, arrivals[s], c, perMinute);
            while (c < MAX_LANES && left / (c * perMinute) > waitMinutes) {
                c++;
                left = leftAfter(queue, arrivals[s], c, perMinute);
            }
            lanes[s] = c;
            queue = left;
        }
        return lanes;
    }

    private static double leftAfter(double queue, double arrivals, int lanes, double perMinute) {
        return Math.max(0, queue + arrivals - lanes * perMinute * DayTimeline.SLOT_MINUTES);
    }

    /** The lanes per slot as runs, from the first slot {@code from} on. */
    public static List<LaneRange> ranges(String gate, int[] lanes, int from, DayTimeline day) {
        List<LaneRange> out = new ArrayList<>();
        int start = from;
        for (int s = from + 1; s <= lanes.length; s++) {
            if (s == lanes.length || lanes[s] != lanes[start]) {
                if (start < lanes.length) {
                    out.add(new LaneRange(gate, day.start(start), day.start(s), lanes[start]));
                }
                start = s;
            }
        }
        return out;
    }
}
