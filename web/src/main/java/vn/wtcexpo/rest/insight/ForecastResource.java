package vn.wtcexpo.rest.insight;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.wtcexpo.insight.application.ForecastService;
import vn.wtcexpo.rest.ApiApplication;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.web.i18n.Texts;
import vn.wtcexpo.web.support.Retried;

/** The crowd forecast of a show day, per hall and quarter-hour, with the lanes each gate needs. */
@Path("events/{id}/forecast")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiApplication.TAG_CHECKIN, description = ApiApplication.TAG_CHECKIN_TEXT)
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
@Retried
public class ForecastResource {

    @Inject
    private ForecastService forecasts;

    @PathParam("id")
    private String eventId;

    @Context
    private HttpHeaders headers;

    @GET
    @Operation(operationId = "forecastGet", summary = "The crowd forecast of a show day (default today): expected visitors "
            + "with a low-high band and what it rests on, per hall with gates and quarter-hour the arrivals (with their "
            + "band) and the people inside, the peak against the hall's capacity, the lanes each entry gate needs, and a "
            + "sentence in the caller's language (the organizer, the venue admin). asOf (an ISO date-time): the forecast as "
            + "it was at that moment (scans before it only). 400 DATE_INVALID, TIME_INVALID, EVENT_DAY_UNKNOWN")
    public ForecastJson get(@QueryParam("day") String day, @QueryParam("asOf") String asOf) {
        return ForecastJson.of(forecasts.forecast(eventId, day(day), asOf(asOf)),
                Texts.firstSupported(headers.getAcceptableLanguages()));
    }

    @GET
    @Path("backtest")
    @Operation(operationId = "forecastBacktest", summary = "How the forecast did on the event's show days gone by: as of "
            + "each day's opening and each hour after, the error of the day's visitors and of the quarter-hours' arrivals "
            + "still ahead (mean absolute percentage error), and the share of quarter-hours inside the band (the organizer, "
            + "the venue admin)")
    public BacktestJson backtest() {
        return BacktestJson.of(forecasts.backtest(eventId));
    }

    @GET
    @Path("settings")
    @Operation(operationId = "forecastSettingsGet", summary = "The event's forecast settings: the target wait at a gate "
            + "in minutes, which the lane plan keeps every queue under (5 until the organizer sets another)")
    public ForecastSettingsJson settings() {
        return new ForecastSettingsJson(forecasts.targetWait(eventId));
    }

    @PUT
    @Path("settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "forecastSettingsPut", summary = "Sets the target wait at a gate (the event's organizer, the "
            + "venue admin): {\"targetWaitMinutes\": 1 to 60}. 400 TARGET_WAIT_OUT_OF_RANGE, VALUE_REQUIRED; 409 "
            + "FORECAST_SETTING_CHANGED when another change came at the same moment")
    public ForecastSettingsJson changeSettings(ForecastSettingsJson input) {
        return new ForecastSettingsJson(forecasts.changeTargetWait(eventId, input == null ? null : input.targetWaitMinutes()));
    }

    private static Instant asOf(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(asOf.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("asOf", "TIME_INVALID");
        }
    }

    private static LocalDate day(String day) {
        if (day == null || day.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(day.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("day", "DATE_INVALID");
        }
    }
}
