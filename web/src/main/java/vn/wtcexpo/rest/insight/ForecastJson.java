package vn.wtcexpo.rest.insight;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import vn.wtcexpo.insight.model.CrowdForecast;
import vn.wtcexpo.insight.model.LanePlanner;
import vn.wtcexpo.rest.ApiTime;
import vn.wtcexpo.web.insight.ForecastText;

/** A show day's crowd forecast (docs/API.md, Forecast and reports), with its summary in the caller's language. */
@JsonbPropertyOrder({"day", "generatedAt", "expectedVisitors", "expectedLow", "expectedHigh", "basis", "summary", "halls",
    "lanesAtPeak", "pairedDevices", "targetWaitMinutes"})
public record ForecastJson(LocalDate day, OffsetDateTime generatedAt, long expectedVisitors, long expectedLow,
                           long expectedHigh, BasisJson basis, String summary, List<HallJson> halls, int lanesAtPeak,
                           int pairedDevices, int targetWaitMinutes) {

    @JsonbPropertyOrder({"registered", "pastDays", "admittedSoFar", "correction", "defaults", "note"})
    public record BasisJson(int registered, int pastDays, long admittedSoFar, double correction, boolean defaults,
                            String note) {
    }

    @JsonbPropertyOrder({"hall", "capacity", "peakInside", "peakAt", "reachesWarningAt", "slots", "lanes"})
    public record HallJson(String hall, int capacity, long peakInside, @JsonbNillable OffsetDateTime peakAt,
                           @JsonbNillable OffsetDateTime reachesWarningAt, List<SlotJson> slots, List<LaneJson> lanes) {
    }

    @JsonbPropertyOrder({"start", "arrivals", "arrivalsLow", "arrivalsHigh", "inside", "observed"})
    public record SlotJson(OffsetDateTime start, long arrivals, long arrivalsLow, long arrivalsHigh, long inside,
                           boolean observed) {
    }

    @JsonbPropertyOrder({"gate", "from", "to", "lanes"})
    public record LaneJson(String gate, OffsetDateTime from, OffsetDateTime to, int lanes) {
    }

    static ForecastJson of(CrowdForecast f, Locale locale) {
        CrowdForecast.Basis b = f.basis();
        return new ForecastJson(f.day().day(), ApiTime.out(f.at()), f.expectedVisitors(), f.expectedLow(), f.expectedHigh(),
                new BasisJson(b.registered(), b.pastDays(), b.admittedSoFar(), Math.round(b.correction() * 100) / 100.0,
                        b.defaults(), ForecastText.basis(f, locale)),
                ForecastText.summary(f, locale), f.halls().stream().map(ForecastJson::hall).toList(), f.lanesAtPeak(),
                f.pairedDevices(), f.targetWaitMinutes());
    }

    private static HallJson hall(CrowdForecast.HallForecast h) {
        return new HallJson(h.hall(), h.capacity(), h.peakInside(), ApiTime.out(h.peakAt()), ApiTime.out(h.reachesWarningAt()),
                h.slots().stream().map(s -> new SlotJson(ApiTime.out(s.start()), s.arrivals(), s.arrivalsLow(), s.arrivalsHigh(),
                        s.inside(), s.past())).toList(),
                h.lanes().stream().map(ForecastJson::lane).toList());
    }

    private static LaneJson lane(LanePlanner.LaneRange r) {
        return new LaneJson(r.gate(), ApiTime.out(r.from()), ApiTime.out(r.to()), r.lanes());
    }
}
