package vn.wtcexpo.insight.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BacktestTest {

    private static final Instant T = Days.THURSDAY.opensAt();

    private static CrowdForecast day(long visitors, CrowdForecast.SlotForecast... slots) {
        return new CrowdForecast(Days.THURSDAY, T, visitors, visitors, visitors, new CrowdForecast.Basis(0, 0, 0, 1, false),
                List.of(new CrowdForecast.HallForecast("C", 100, 0, null, null, List.of(slots), List.of())), 0, 0, 5);
    }

    private static CrowdForecast.SlotForecast slot(long arrivals, long low, long high, boolean past) {
        return new CrowdForecast.SlotForecast(T, arrivals, low, high, 0, past);
    }

    @Test
    void theDaysError_isTheShareTheVisitorsWereMissedBy() {
        assertEquals(0.2, Backtest.of(day(120), day(100)).dayError(), 1e-9);
    }

    @Test
    void quarterHours_areJudgedAheadOfTheForecastOnly_andByTheirBand() {
        CrowdForecast made = day(100, slot(10, 10, 10, true), slot(20, 15, 25, false), slot(10, 5, 12, false));
        CrowdForecast truth = day(100, slot(10, 10, 10, true), slot(25, 25, 25, true), slot(20, 20, 20, true));
        Backtest b = Backtest.of(made, truth);
        assertEquals(2, b.quarterHours());
        assertEquals(0.5, b.insideBand(), 1e-9);
        assertEquals((5 / 25.0 + 10 / 20.0) / 2, b.quarterHourError(), 1e-9);
    }

    @Test
    void quarterHoursWithFewArrivals_stayOutOfThePercentageError() {
        Backtest b = Backtest.of(day(10, slot(1, 0, 2, false)), day(10, slot(3, 3, 3, true)));
        assertEquals(0, b.quarterHourError(), 1e-9);
        assertEquals(0, b.insideBand(), 1e-9);
    }
}
