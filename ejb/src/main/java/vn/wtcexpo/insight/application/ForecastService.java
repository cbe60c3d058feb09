package vn.wtcexpo.insight.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.wtcexpo.insight.model.Backtest;
import vn.wtcexpo.insight.model.CrowdForecast;

/** The crowd forecast of an event's show day, for its organizer and the venue admin; and how it did on past days. */
public interface ForecastService {

    /**
     * The day's forecast per hall with gates and quarter-hour ({@code day} null: today, in Vietnam), as of now: 404
     * EVENT_NOT_FOUND for an event the caller does not manage, 400 EVENT_DAY_UNKNOWN for a day the event does not open.
     */
    CrowdForecast forecast(String eventId, LocalDate day);

    /**
     * The forecast of a day as it was (or would have been) at {@code asOf}: only the scans before that moment, and what
     * the venue's days before that day taught. A day gone by, as of its closing, is what happened.
     */
    CrowdForecast forecast(String eventId, LocalDate day, Instant asOf);

    /** How the forecast did on each of the event's show days gone by: as of its opening, and of each hour after. */
    List<Backtest> backtest(String eventId);

    /** The event's target wait at a gate, in minutes (5 until its organizer sets another): 404 as {@link #forecast}. */
    int targetWait(String eventId);

    /**
     * Sets the target wait at a gate that the lane plan keeps queues under: 400 TARGET_WAIT_OUT_OF_RANGE (1 to 60
     * minutes) or VALUE_REQUIRED, checked before the event; 404 EVENT_NOT_FOUND for an event the caller does not manage.
     */
    int changeTargetWait(String eventId, Integer minutes);
}
