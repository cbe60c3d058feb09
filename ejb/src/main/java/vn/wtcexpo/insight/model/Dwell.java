package vn.wtcexpo.insight.model;

import java.util.Arrays;

/**
 * How long people stay: the share still inside after each quarter-hour since they came in, learned from pairs of an
 * entry and the next exit of one badge on one day, or a documented default (half gone after two and a half hours)
 * where the gates did not scan exits. Everyone leaves at closing.
 */
public final class Dwell {

    /** The default's median stay: a trade visitor's two and a half hours. */
    static final double DEFAULT_MEDIAN_MINUTES = 150;
    private static final int MAX_SLOTS = 24 * 4;

    /** {@code stay[k]}: the share of people still inside {@code k} quarter-hours after their entry. */
    private final double[] stay;
    private final int samples;

    private Dwell(double[] stay, int samples) {
        this.stay = stay;
        this.samples = samples;
    }

    /** From stays in minutes; the default when there are fewer than 30. */
    public static Dwell of(int[] minutes) {
        if (minutes.length < 30) {
            return fallback();
        }
        int[] sorted = minutes.clone();
        Arrays.sort(sorted);
        double[] stay = new double[MAX_SLOTS];
        int j = 0;
        for (int k = 0; k < MAX_SLOTS; k++) {
            int t = k * DayTimeline.SLOT_MINUTES;
            while (j < sorted.length && sorted[j] <= t) {
                j++;
            }
            stay[k] = (double) (sorted.length - j) / sorted.length;
        }
        stay[0] = 1.0;
        return new Dwell(stay, minutes.length);
    }

    /** Stays that halve every {@link #DEFAULT_MEDIAN_MINUTES} minutes. */
    public static Dwell fallback() {
        double[] stay = new double[MAX_SLOTS];
        for (int k = 0; k < MAX_SLOTS; k++) {
            stay[k] = Math.pow(0.5, k * DayTimeline.SLOT_MINUTES / DEFAULT_MEDIAN_MINUTES);
        }
        return new Dwell(stay, 0);
    }

    /** The share still inside {@code k} quarter-hours after entering (1 at once). */
    public double stillInside(int k) {
        return k < 0 ? 0 : k >= stay.length ? 0 : stay[k];
    }

    /** How many stays it was learned from (0: the default). */
    public int samples() {
        return samples;
    }
}
