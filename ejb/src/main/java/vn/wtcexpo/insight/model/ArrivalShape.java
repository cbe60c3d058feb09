package vn.wtcexpo.insight.model;

import java.util.Arrays;

/**
 * When in the day people arrive: the share of a day's arrivals in each quarter-hour, counted from an hour before the
 * doors open ({@link DayTimeline}). Learned by adding up the first entries of past days, or a documented default.
 * Shapes of days with longer hours than the day forecast are cut at its closing and the rest spread over it.
 */
public final class ArrivalShape {

    /** The default's day: the lead hour and eight hours open. */
    public static final int DEFAULT_DAY_SLOTS = DayTimeline.LEAD_SLOTS + 8 * 4;

    private final double[] shares;

    private ArrivalShape(double[] shares) {
        this.shares = shares;
    }

    /** The shape of arrivals counted per slot; null when nobody arrived. */
    public static ArrivalShape of(long[] arrivals) {
        long total = Arrays.stream(arrivals).sum();
        if (total == 0) {
            return null;
        }
        return new ArrivalShape(Arrays.stream(arrivals).mapToDouble(a -> (double) a / total).toArray());
    }

    /**
     * The default without history, for a fair open about eight hours: a few before the doors open, a rush in the
     * first ninety minutes that peaks after the first hour, a lower plateau through lunch, a small after-lunch bump,
     * and a trickle towards closing (a shape observed at trade fairs; say so wherever it is used).
     */
    public static ArrivalShape fallback(int slots) {
        double[] w = new double[slots];
        for (int i = 0; i < slots; i++) {
            double h = (i - DayTimeline.LEAD_SLOTS) / 4.0; // hours since opening
            double rush = Math.exp(-Math.pow((h - 1.25) / 0.8, 2) / 2);
            double lunch = 0.35 * Math.exp(-Math.pow((h - 4.5) / 0.9, 2) / 2);
            double base = h < 0 ? 0.05 : Math.max(0.06, 0.25 - 0.025 * h);
            w[i] = rush + lunch + base;
        }
        double total = Arrays.stream(w).sum();
        return new ArrivalShape(Arrays.stream(w).map(x -> x / total).toArray());
    }

    /** The shares over {@code slots} slots: cut at the end, what was cut spread evenly, so the shares add up to 1. */
    public double[] over(int slots) {
        return over(slots, 0);
    }

    /** The shares over {@code slots} slots, starting {@code offset} slots late (see {@link DayTimeline#crowdOffset()}). */
    public double[] over(int slots, int offset) {
        double[] out = new double[slots];
        double kept = 0;
        for (int i = 0; i + offset < slots && i < shares.length; i++) {
            out[i + offset] = shares[i];
            kept += shares[i];
        }
        double rest = (1 - kept) / slots;
        for (int i = 0; i < slots; i++) {
            out[i] += rest;
        }
        return out;
    }

    /** The share of arrivals before slot {@code slot}. */
    public double before(int slot, int slots) {
        double[] s = over(slots);
        double sum = 0;
        for (int i = 0; i < Math.min(slot, slots); i++) {
            sum += s[i];
        }
        return sum;
    }
}
