package vn.wtcexpo.gate.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import vn.wtcexpo.event.application.EventService;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.gate.application.Occupancy;
import vn.wtcexpo.gate.application.OccupancyService;
import vn.wtcexpo.gate.model.GateRepository;
import vn.wtcexpo.gate.model.ScanLedger;
import vn.wtcexpo.infrastructure.security.Callers;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Formats;
import vn.wtcexpo.shared.Roles;
import vn.wtcexpo.shared.Text;

/** Who is inside, and the supervisors' corrections; each public method is one transaction. */
@Stateless
public class DefaultOccupancyService implements OccupancyService {

    /** The time the rules read ({@code infrastructure.time.Clocks}). */
    @Inject
    private Clock clock;

    public static final int MAX_REASON = 300;
    public static final int MAX_INSIDE = 1_000_000;

    @Inject
    private GateRepository repository;

    @Inject
    private ScanLedger ledger;

    @Inject
    private HallCounts counts;

    @Inject
    private GateAccess access;

    @Inject
    private EventService events;

    @Resource
    private SessionContext context;

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN, Roles.GATE_STAFF})
    public Occupancy occupancy(String eventId) {
        access.watched(eventId, GateAccess.Caller.of(context));
        return counts.on(eventId, today());
    }

    /**
     * Sets a hall's count under its exclusive entry lock (no entry is decided meanwhile) with a correction row that
     * says who, when and why. Zero means the hall was found empty: whoever the ledger still had inside left without
     * an exit scan and is let in again at the next entry; a count above zero says how many, not who.
     */
    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public Occupancy correct(String eventId, String hall, int inside, String reason) {
        access.managed(eventId);
        String why = Text.required("reason", reason, MAX_REASON);
        if (inside < 0 || inside > MAX_INSIDE) {
            throw DomainException.invalid("inside", "INSIDE_OUT_OF_RANGE", MAX_INSIDE);
        }
        if (hall == null || !repository.capacities(eventId).containsKey(hall)) {
            throw DomainException.invalid("hall", "GATE_HALL_UNKNOWN", String.valueOf(hall));
        }
        LocalDate day = today();
        ledger.lockHall(eventId, hall);
        int before = ledger.room(eventId, hall, day).inside();
        int delta = inside - before;
        if (delta != 0) {
            ledger.count(new ScanLedger.Count(eventId, hall, day, "~", Math.max(delta, 0), Math.max(-delta, 0)));
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (inside == 0) {
            ledger.emptyHall(eventId, hall, day, now);
        }
        repository.correction(UUID.randomUUID().toString(), eventId, hall, day, before, inside, why,
                Callers.name(context), now);
        return counts.on(eventId, day);
    }

    @Override
    @PermitAll // a number, read by the web module's push timer, which has no caller
    public long lastScanId(String eventId) {
        return repository.lastScanId(eventId);
    }

    @Override
    @RolesAllowed({Roles.GATE_STAFF, Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public List<EventSummary> scanningEvents() {
        LocalDate today = today();
        Collection<EventSummary> candidates = Callers.isIn(context, Roles.GATE_STAFF) || Callers.isIn(context, Roles.VENUE_ADMIN)
                ? events.published() : events.mine();
        return candidates.stream()
                .filter(e -> e.published() && !e.moveOutTo().isBefore(today) && !e.moveInFrom().isAfter(today.plusDays(1)))
                .toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.VIETNAM));
    }
}
