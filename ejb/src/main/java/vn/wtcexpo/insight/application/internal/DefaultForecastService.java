package vn.wtcexpo.insight.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
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
import vn.wtcexpo.infrastructure.persistence.DatabaseFailures;
import vn.wtcexpo.infrastructure.security.Callers;
import vn.wtcexpo.insight.model.Backtest;
import vn.wtcexpo.insight.model.ForecastSetting;
import vn.wtcexpo.insight.model.InsightRepository;
import vn.wtcexpo.insight.model.CrowdForecast;
import vn.wtcexpo.insight.model.DayTimeline;
import vn.wtcexpo.registration.application.RegistrationFigures;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Formats;
import vn.wtcexpo.shared.Roles;

/** The forecast of a show day: load what the day is and has seen, learn from the past, let the model forecast. */
@Stateless
@RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
public class DefaultForecastService implements ForecastService {

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

    @Inject
    private InsightRepository settings;

    @Resource
    private SessionContext context;

    @Override
    public CrowdForecast forecast(String eventId, LocalDate day) {
        return forecast(eventId, day, null);
    }

    @Override
    public CrowdForecast forecast(String eventId, LocalDate day, Instant asOf) {
        Instant now = clock.instant();
        EventSummary event = managed(eventId);
        LocalDate date = day != null ? day : LocalDate.ofInstant(now, Formats.VIETNAM);
        DayTimeline showDay = DayFigures.showDay(event, date);
        if (showDay == null) {
            throw DomainException.invalid("day", "EVENT_DAY_UNKNOWN", date.toString());
        }
        Day d = new Day(new EventFigures(event), showDay);
        Instant at = asOf != null ? asOf : now.isAfter(showDay.closesAt()) ? showDay.closesAt() : now;
        if (at.isAfter(now)) {
            at = now; // nothing is known of the future
        }
        boolean live = asOf == null && date.equals(LocalDate.ofInstant(now, Formats.VIETNAM));
        return d.asOf(at, live);
    }

    @Override
    public List<Backtest> backtest(String eventId) {
        EventSummary event = managed(eventId);
        Instant now = clock.instant();
        List<Backtest> out = new ArrayList<>();
        EventFigures figures = new EventFigures(event);
        for (EventSummary.Day day : event.days()) {
            DayTimeline showDay = DayFigures.showDay(event, day.day());
            if (showDay.closesAt().isAfter(now)) {
                continue;
            }
            Day d = new Day(figures, showDay);
            CrowdForecast actual = d.asOf(showDay.closesAt(), false);
            for (Instant at = showDay.opensAt(); at.isBefore(showDay.closesAt()); at = at.plus(1, ChronoUnit.HOURS)) {
                out.add(Backtest.of(d.asOf(at, false), actual));
            }
        }
        return out;
    }

    @Override
    public int targetWait(String eventId) {
        return waitOf(managed(eventId).id());
    }

    @Override
    public int changeTargetWait(String eventId, Integer minutes) {
        int checked = ForecastSetting.checkedWait(minutes); // input before state
        String id = managed(eventId).id();
        Instant now = clock.instant();
        ForecastSetting setting = settings.setting(id).orElse(null);
        if (setting == null) {
            ForecastSetting created = new ForecastSetting(id);
            created.targetWait(checked, Callers.name(context), now);
            // two organizers saving the event's first setting at once: one wins, the other hears it changed meanwhile
            DatabaseFailures.guarded(() -> {
                settings.add(created);
                settings.flush();
            }, () -> DomainException.conflict("FORECAST_SETTING_CHANGED"));
            return checked;
        }
        setting.targetWait(checked, Callers.name(context), now);
        return checked;
    }

    private int waitOf(String eventId) {
        return settings.setting(eventId).map(ForecastSetting::targetWaitMinutes).orElse(ForecastSetting.DEFAULT_WAIT_MINUTES);
    }

    private EventSummary managed(String eventId) {
        if (eventId == null || !events.mayManage(eventId)) {
            throw DomainException.notFound("EVENT_NOT_FOUND", String.valueOf(eventId));
        }
        return events.event(eventId);
    }

    /** What is the same for every day of an event, read once: its halls and gates, its paired scanners, its setting. */
    private final class EventFigures {

        private final EventSummary event;
        private final Occupancy occupancy;
        private final List<CrowdForecast.Hall> halls;
        private final int paired;
        private final int targetWait;

        EventFigures(EventSummary event) {
            Instant now = clock.instant();
            this.event = event;
            this.occupancy = DefaultForecastService.this.occupancy.occupancy(event.id());
            this.halls = halls(event.id(), occupancy);
            this.paired = devices.workingGateDevices(event.id(), now);
            this.targetWait = waitOf(event.id());
        }
    }

    /**
     * One show day's figures, read once: how many registered for it (per kind), and (for a forecast as of a moment) its counted scans
     * so far. The live forecast asks the database for today's tally instead: its cost stays the same however many
     * scans the day has seen.
     */
    private final class Day {

        private final DayTimeline day;
        private final EventFigures figures;
        private final Map<vn.wtcexpo.shared.BadgeKind, Integer> registered;
        private List<ScanHistory.CountedScan> counted;

        Day(EventFigures figures, DayTimeline day) {
            this.day = day;
            this.figures = figures;
            // counted by the database: the refresh does not read the event's badges one by one
            this.registered = DayFigures.registered(figures.event, day,
                    registrations.issuedBefore(figures.event.id(), day.opensAt()));
        }

        private Instant from() {
            return day.day().atStartOfDay(Formats.VIETNAM).toInstant();
        }

        private List<ScanHistory.CountedScan> counted() {
            if (counted == null) {
                Instant to = from().plus(1, ChronoUnit.DAYS);
                Instant now = clock.instant();
                counted = scans.counted(figures.event.id(), from(), now.isBefore(to) ? now : to);
            }
            return counted;
        }

        /** The forecast as of {@code at}; {@code live}: now, the people inside are the live count (with its corrections). */
        CrowdForecast asOf(Instant at, boolean live) {
            CrowdForecast.SoFar soFar;
            if (live) {
                Map<String, Long> inside = new HashMap<>();
                figures.occupancy.halls().forEach(h -> inside.put(h.hall(), (long) h.inside()));
                soFar = DayFigures.soFar(day, at, scans.tally(figures.event.id(), day.day(), day.opensAt()), inside);
            } else {
                List<ScanHistory.CountedScan> seen = counted().stream().filter(s -> s.at().isBefore(at)).toList();
                soFar = DayFigures.soFar(day, at, seen, DayFigures.insideAt(seen));
            }
            CrowdForecast.Plan plan = new CrowdForecast.Plan(day, registered, figures.halls, figures.paired,
                    figures.targetWait);
            return CrowdForecast.of(history.before(day.day()), plan, soFar);
        }
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
