package vn.wtcexpo.rest.insight;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.wtcexpo.insight.model.Backtest;
import vn.wtcexpo.rest.ApiTime;

/** How the forecast did on an event's days gone by, forecast by forecast, and on average. */
@JsonbPropertyOrder({"forecasts", "dayError", "quarterHourError", "insideBand", "rows"})
public record BacktestJson(int forecasts, double dayError, double quarterHourError, double insideBand, List<RowJson> rows) {

    @JsonbPropertyOrder({"day", "asOf", "forecastVisitors", "actualVisitors", "dayError", "quarterHourError", "insideBand",
        "quarterHours"})
    public record RowJson(LocalDate day, OffsetDateTime asOf, long forecastVisitors, long actualVisitors, double dayError,
                          double quarterHourError, double insideBand, int quarterHours) {
    }

    static BacktestJson of(List<Backtest> rows) {
        return new BacktestJson(rows.size(), round(rows.stream().mapToDouble(Backtest::dayError).average().orElse(0)),
                round(rows.stream().mapToDouble(Backtest::quarterHourError).average().orElse(0)),
                round(rows.stream().mapToDouble(Backtest::insideBand).average().orElse(0)),
                rows.stream().map(b -> new RowJson(b.day(), ApiTime.out(b.asOf()), b.forecastVisitors(), b.actualVisitors(),
                        round(b.dayError()), round(b.quarterHourError()), round(b.insideBand()), b.quarterHours())).toList());
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
