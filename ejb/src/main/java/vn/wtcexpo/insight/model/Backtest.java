package vn.wtcexpo.insight.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * How a forecast made during a day did against what the day turned out to be: the error of the day's visitors, and of
 * each quarter-hour's arrivals still ahead when it was made (the mean absolute percentage error over quarter-hours
 * in which at least {@link #MIN_ARRIVALS} came, and the share of quarter-hours whose arrivals fell inside the band).
 */
public record Backtest(LocalDate day, Instant asOf, long forecastVisitors, long actualVisitors, double dayError,
                       double quarterHourError, double insideBand, int quarterHours) {

    /** A quarter-hour with fewer arrivals than this is left out of the percentage error (a few people make 100 %). */
    public static final int MIN_ARRIVALS = 5;

    /** Compares {@code made} (as of its moment) with {@code actual} (the same day as of its closing). */
    public static Backtest of(CrowdForecast made, CrowdForecast actual) {
        double ape = 0;
        int counted = 0;
        int inside = 0;
        int slots = 0;
        for (CrowdForecast.HallForecast hall : made.halls()) {
            CrowdForecast.HallForecast truth = actual.halls().stream().filter(h -> h.hall().equals(hall.hall())).findFirst()
                    .orElse(null);
            if (truth == null) {
                continue;
            }
            List<CrowdForecast.SlotForecast> forecast = hall.slots();
            for (int s = 0; s < forecast.size() && s < truth.slots().size(); s++) {
                CrowdForecast.SlotForecast f = forecast.get(s);
                if (f.past()) {
                    continue;
                }
                long a = truth.slots().get(s).arrivals();
                slots++;
                if (a >= f.arrivalsLow() && a <= f.arrivalsHigh()) {
                    inside++;
                }
                if (a >= MIN_ARRIVALS) {
                    ape += Math.abs(f.arrivals() - a) / (double) a;
                    counted++;
                }
            }
        }
        long truthVisitors = actual.expectedVisitors();
        double dayError = truthVisitors == 0 ? 0 : Math.abs(made.expectedVisitors() - truthVisitors) / (double) truthVisitors;
        return new Backtest(made.day().day(), made.at(), made.expectedVisitors(), truthVisitors, dayError,
                counted == 0 ? 0 : ape / counted, slots == 0 ? 1 : (double) inside / slots, slots);
    }
}
