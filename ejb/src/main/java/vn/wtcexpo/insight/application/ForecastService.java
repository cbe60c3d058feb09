package vn.wtcexpo.insight.application;

import java.time.LocalDate;
import vn.wtcexpo.insight.model.CrowdForecast;

/** The crowd forecast of an event's show day, for its organizer and the venue admin. */
public interface ForecastService {

    /**
     * The day's forecast per hall with gates and quarter-hour ({@code day} null: today, in Vietnam): 404 EVENT_NOT_FOUND
     * for an event the caller does not manage, 400 EVENT_DAY_UNKNOWN for a day the event does not open.
     */
    CrowdForecast forecast(String eventId, LocalDate day);
}
