package vn.wtcexpo.insight.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.wtcexpo.event.application.EventService;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.gate.application.DeviceService;
import vn.wtcexpo.gate.application.GateService;
import vn.wtcexpo.gate.application.GateSummary;
import vn.wtcexpo.gate.application.Occupancy;
import vn.wtcexpo.gate.application.OccupancyService;
import vn.wtcexpo.gate.application.ScanHistory;
import vn.wtcexpo.insight.application.ForecastService;
import vn.wtcexpo.insight.model.CrowdForecast;
import vn.wtcexpo.insight.model.ShowDay;
import vn.wtcexpo.registration.application.RegistrationFigures;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Formats;
import vn.wtcexpo.shared.Roles;

/** The forecast of a show day: load what the day is and has seen, learn from the past, let the model forecast. */
@Stateless
@RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
public class DefaultForecastService implements ForecastService {

    /** The target wait at a gate, minutes, until organizers can set their own. */
    static final int TARGET_WAIT_MINUTES = 5;

    @Inject
    private Clock clock;

    @Inject
    private EventService events;

    @Inject
    private RegistrationFigures registrations;

    @Inject
    private ScanHistory scans;

    @Inject
    private GateService gates;

    @Inject
    private DeviceService devices;

    @Inject
    private OccupancyService occupancy;

    @Inject
    private VenueHistory history;

    @Override
    public CrowdForecast forecast(String eventId, LocalDate day) {
        if (eventId == null || !events.mayManage(eventId)) {
            throw DomainException.notFound("EVENT_NOT_FOUND", String.valueOf(eventId));
        }
        Instant now = clock.instant();
        LocalDate date = day != null ? day : LocalDate.ofInstant(now, Formats.VIETNAM);
        EventSummary event = events.event(eventId);
        ShowDay showDay = DayFigures.showDay(event, date);
        if (showDay == null) {
            throw DomainException.invalid("day", "EVENT_DAY_UNKNOWN", date.toString());
        }
        Occupancy inside = occupancy.occupancy(eventId);
        boolean today = date.equals(LocalDate.ofInstant(now, Formats.VIETNAM));
        Map<String, Long> insideNow = new HashMap<>();
        if (today) {
            inside.halls().forEach(h -> insideNow.put(h.hall(), (long) h.inside()));
        }
        // a day to come is forecast with nothing seen yet; today as of now; a day gone by as of its closing
        Instant from = date.atStartOfDay(Formats.VIETNAM).toInstant();
        List<ScanHistory.CountedScan> counted = List.of();
        Instant asOf = now;
        if (today) {
            counted = scans.counted(eventId, from, now);
        } else if (date.isBefore(LocalDate.ofInstant(now, Formats.VIETNAM))) {
            counted = scans.counted(eventId, from, from.plus(1, ChronoUnit.DAYS));
            asOf = showDay.closesAt();
        }
        CrowdForecast.SoFar soFar = DayFigures.soFar(showDay, asOf, counted, insideNow);
        CrowdForecast.Plan plan = new CrowdForecast.Plan(showDay,
                DayFigures.registered(event, showDay, registrations.issued(eventId)), halls(eventId, inside),
                (int) devices.devices(eventId).stream().filter(d -> d.active(now)).count(), TARGET_WAIT_MINUTES);
        return CrowdForecast.of(history.before(date), plan, soFar);
    }

    /** The halls that have gates, with their capacities and the gates that let people in. */
    private List<CrowdForecast.Hall> halls(String eventId, Occupancy occupancy) {
        List<GateSummary> all = gates.gates(eventId);
        List<CrowdForecast.Hall> halls = new ArrayList<>();
        for (Occupancy.Hall h : occupancy.halls()) {
            List<String> entries = all.stream().filter(g -> g.hall().equals(h.hall()) && g.letsIn())
                    .map(GateSummary::code).toList();
            if (!entries.isEmpty()) {
                halls.add(new CrowdForecast.Hall(h.hall(), h.capacity(), entries));
            }
        }
        return halls;
    }
}
