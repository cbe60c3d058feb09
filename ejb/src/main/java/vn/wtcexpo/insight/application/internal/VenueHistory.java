package vn.wtcexpo.insight.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.wtcexpo.event.application.EventService;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.gate.application.ScanHistory;
import vn.wtcexpo.insight.model.CrowdHistory;
import vn.wtcexpo.insight.model.PastDay;
import vn.wtcexpo.insight.model.DayTimeline;
import vn.wtcexpo.registration.application.RegistrationFigures;
import vn.wtcexpo.shared.BadgeKind;

/**
 * What the venue's past show days teach, learned once per day forecast and kept for ten minutes: the past does not
 * change, so each server keeps its own copy (derived data: nothing is lost when a server goes, the next asks again).
 */
@ApplicationScoped
public class VenueHistory {

    static final Duration KEEP = Duration.ofMinutes(10);

    @Inject
    private Clock clock;

    @Inject
    private EventService events;

    @Inject
    private RegistrationFigures registrations;

    @Inject
    private ScanHistory scans;

    private final Map<LocalDate, Learned> learned = new ConcurrentHashMap<>();

    private record Learned(CrowdHistory history, Instant at) {
    }

    /** What the show days before {@code day} teach. */
    public CrowdHistory before(LocalDate day) {
        Instant now = clock.instant();
        Learned l = learned.get(day);
        if (l == null || l.at().plus(KEEP).isBefore(now)) {
            // what has expired goes, so that the days asked about (a backtest asks about many) do not pile up
            learned.values().removeIf(old -> old.at().plus(KEEP).isBefore(now));
            l = new Learned(new CrowdHistory(pastDays(day)), now);
            learned.put(day, l);
        }
        return l.history();
    }

    private List<PastDay> pastDays(LocalDate before) {
        List<PastDay> days = new ArrayList<>();
        for (EventSummary event : events.heldBefore(before)) {
            List<RegistrationFigures.Issued> issued = registrations.issued(event.id());
            for (EventSummary.Day d : event.days()) {
                if (!d.day().isBefore(before)) {
                    continue;
                }
                DayTimeline day = DayFigures.showDay(event, d.day());
                Instant from = day.day().atStartOfDay(day.zone()).toInstant();
                Map<BadgeKind, Integer> registered = DayFigures.registered(event, day, issued);
                List<ScanHistory.CountedScan> counted = scans.counted(event.id(), from, from.plus(1, ChronoUnit.DAYS));
                if (!counted.isEmpty()) {
                    days.add(DayFigures.past(day, registered, DayFigures.walkIns(day, issued), counted));
                }
            }
        }
        return days;
    }
}
