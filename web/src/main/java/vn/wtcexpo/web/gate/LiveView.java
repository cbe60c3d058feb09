package vn.wtcexpo.web.gate;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.wtcexpo.event.application.EventService;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.gate.application.GateDashboard;
import vn.wtcexpo.gate.application.GateReports.FlowRow;
import vn.wtcexpo.gate.application.GateReports;
import vn.wtcexpo.gate.application.Occupancy;
import vn.wtcexpo.gate.application.OccupancyService;
import vn.wtcexpo.insight.application.ForecastService;
import vn.wtcexpo.insight.model.Backtest;
import vn.wtcexpo.insight.model.CrowdForecast;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.web.i18n.FacesMessages;
import vn.wtcexpo.web.i18n.LanguageView;
import vn.wtcexpo.web.insight.ForecastText;
import vn.wtcexpo.web.support.Retried;

/**
 * The live dashboard of an event's gates: inside per hall against capacity (warning at 90 %), admissions per
 * hour and per gate, denied scans by reason, silent gates, offline conflicts; refreshed by server push
 * ({@link LivePush}). Also the visitor flow per day and the supervisor's correction of a hall's count.
 */
@Named
@ViewScoped
@Retried
public class LiveView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final java.time.Duration FORECAST_EVERY = java.time.Duration.ofMinutes(1);

    @Inject

    private OccupancyService occupancyService;


    @Inject

    private GateReports gateReports;

    @Inject
    private EventService events;

    @Inject
    private LivePush push;

    @Inject
    private ForecastService forecasts;

    @Inject
    private LanguageView lang;

    private String eventId;
    private EventSummary event;
    private GateDashboard dashboard;
    private Map<LocalDate, List<FlowRow>> flow = new LinkedHashMap<>();
    private int flowMax = 1;
    /** The day's forecast, worked out at most once a minute (not kept with the view: a server that takes over redoes it). */
    private transient CrowdForecast forecast;
    private transient Instant forecastAt;
    private boolean noForecast;
    /** How the forecast did on the event's days gone by, as of each day's opening: worked out once per page. */
    private transient List<Backtest> backtest;

    private String correctHall;
    private Integer correctInside;
    private String correctReason;

    public void load() {
        try {
            event = events.mayManage(eventId) ? events.event(eventId) : null;
            if (event != null) {
                refresh();
                loadFlow();
            }
        } catch (RuntimeException e) {
            event = null;
        }
    }

    /** Reads the dashboard again (the page calls it when the server pushes that something changed). */
    public void refresh() {
        long seen = occupancyService.lastScanId(eventId); // read before the dashboard: a scan between the two is pushed
        dashboard = gateReports.dashboard(eventId);
        push.watch(eventId, seen);
        forecastIfDue();
        if (correctHall == null && !dashboard.occupancy().halls().isEmpty()) {
            correctHall = dashboard.occupancy().halls().get(0).hall();
        }
    }

    private void forecastIfDue() {
        Instant now = Instant.now();
        if (forecastAt == null || forecastAt.plus(FORECAST_EVERY).isBefore(now)) {
            forecastAt = now;
            try {
                forecast = forecasts.forecast(eventId, null);
                noForecast = false;
            } catch (DomainException e) {
                forecast = null; // the event does not open today
                noForecast = true;
            }
        }
    }

    /** The forecast's sentence, in the page's language. */
    public String getForecastSummary() {
        return forecast == null ? null : ForecastText.summary(forecast, lang.getLocale());
    }

    public String getForecastBasis() {
        return forecast == null ? null : ForecastText.basis(forecast, lang.getLocale());
    }

    /** The quarter-hours still to come of a hall (and the one running now). */
    public List<CrowdForecast.SlotForecast> coming(CrowdForecast.HallForecast hall) {
        return hall.slots().stream().filter(s -> !s.past()).toList();
    }

    /** The width of a hall's inside bar, 0–100, against its capacity. */
    public int insideBar(CrowdForecast.HallForecast hall, long inside) {
        return hall.capacity() <= 0 ? 0 : (int) Math.min(100, inside * 100 / hall.capacity());
    }

    public String quarter(Instant at) {
        return ForecastText.time(at);
    }

    public void loadFlow() {
        flow = new LinkedHashMap<>();
        flowMax = 1;
        for (FlowRow r : gateReports.flow(eventId)) {
            flow.computeIfAbsent(r.day(), d -> new ArrayList<>()).add(r);
            flowMax = Math.max(flowMax, r.entries() == null ? 0 : r.entries());
        }
    }

    public void correct() {
        try {
            if (correctInside == null) {
                FacesMessages.error("live.correct.insideRequired");
                return;
            }
            occupancyService.correct(eventId, correctHall, correctInside, correctReason);
            FacesMessages.info("live.corrected", correctHall);
            correctInside = null;
            correctReason = null;
            refresh();
        } catch (RuntimeException e) {
            FacesMessages.refused(e);
        }
    }

    /** Works the forecast out again now (its settings changed), not at the next minute. */
    public void replan() {
        forecastAt = null;
        forecastIfDue();
    }

    /** The width of a bar, 0–100, of an hour's entries against the busiest hour. */
    public int bar(Integer entries) {
        return entries == null ? 0 : (int) Math.round(entries * 100.0 / flowMax);
    }

    public int hourMax() {
        return dashboard.hours().stream().mapToInt(h -> Math.max(h.admitted(), h.exits())).max().orElse(1);
    }

    public int hourBar(int value) {
        return (int) Math.round(value * 100.0 / Math.max(1, hourMax()));
    }

    public List<Map.Entry<String, Integer>> getDenied() {
        return new ArrayList<>(dashboard.deniedByReason().entrySet());
    }

    public List<Map.Entry<LocalDate, List<FlowRow>>> getFlowDays() {
        return new ArrayList<>(flow.entrySet());
    }

    public String barClass(Occupancy.Hall h) {
        return h.full() ? "meter full" : h.warning() ? "meter warning" : "meter";
    }

    /** The event's show days gone by, each forecast as of its opening against what happened. */
    public List<Backtest> getBacktest() {
        if (backtest == null && event != null) {
            try {
                // the backtest lists each day's forecasts in time order: the first of a day is as of its opening
                Map<LocalDate, Backtest> openings = new LinkedHashMap<>();
                forecasts.backtest(eventId).forEach(b -> openings.putIfAbsent(b.day(), b));
                backtest = List.copyOf(openings.values());
            } catch (RuntimeException e) {
                backtest = List.of();
            }
        }
        return backtest == null ? List.of() : backtest;
    }

    /** A share as a whole percentage. */
    public long percent(double share) {
        return Math.round(share * 100);
    }

    public CrowdForecast getForecast() {
        if (forecast == null && !noForecast && eventId != null && event != null) {
            forecastIfDue();
        }
        return forecast;
    }

    public String getEventId() { return eventId; }
    public void setEventId(String eventId) { this.eventId = eventId; }
    public EventSummary getEvent() { return event; }
    public GateDashboard getDashboard() { return dashboard; }
    public String getCorrectHall() { return correctHall; }
    public void setCorrectHall(String correctHall) { this.correctHall = correctHall; }
    public Integer getCorrectInside() { return correctInside; }
    public void setCorrectInside(Integer correctInside) { this.correctInside = correctInside; }
    public String getCorrectReason() { return correctReason; }
    public void setCorrectReason(String correctReason) { this.correctReason = correctReason; }
}
