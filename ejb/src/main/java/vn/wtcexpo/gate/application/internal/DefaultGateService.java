package vn.wtcexpo.gate.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.gate.application.GateService;
import vn.wtcexpo.gate.application.GateSummary;
import vn.wtcexpo.gate.model.Gate;
import vn.wtcexpo.gate.model.GateDirection;
import vn.wtcexpo.gate.model.GateRepository;
import vn.wtcexpo.gate.model.ScanLedger;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Roles;
import vn.wtcexpo.venue.application.VenueService;

/** An event's gates; each public method is one transaction. */
@Stateless
public class DefaultGateService implements GateService {

    /** The time the rules read ({@code infrastructure.time.Clocks}). */
    @Inject
    private Clock clock;

    @Inject
    private GateRepository repository;

    @Inject
    private ScanLedger ledger;

    @Inject
    private GateDirectory directory;

    @Inject
    private GateAccess access;

    @Inject
    private VenueService venue;

    @Resource
    private SessionContext context;

    @Override
    @RolesAllowed({Roles.GATE_STAFF, Roles.ORGANIZER, Roles.VENUE_ADMIN, Roles.GATE_DEVICE})
    public List<GateSummary> gates(String eventId) {
        access.scanning(eventId, GateAccess.Caller.of(context));
        return repository.gates(eventId).stream().map(GateSummary::of).toList();
    }

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public GateSummary addGate(String eventId, String code, String hall, GateDirection direction) {
        EventSummary event = access.managed(eventId);
        Gate gate = Gate.of(eventId, code, hall, direction, event.halls(), clock.instant().truncatedTo(ChronoUnit.MICROS));
        repository.hall(eventId, gate.hallCode(), venue.hall(gate.hallCode()).capacity());
        // the hall's entries count its gates to know how many may admit at once: no entry while one is added
        ledger.lockHall(eventId, gate.hallCode());
        if (repository.gate(eventId, gate.code()).isPresent()) {
            throw DomainException.conflict("GATE_CODE_TAKEN", gate.code());
        }
        repository.add(gate);
        repository.flush();
        directory.changed(eventId);
        return GateSummary.of(gate);
    }

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public void removeGate(String eventId, String code) {
        access.managed(eventId);
        String c = Gate.normalCode(code);
        Gate gate = (c == null ? Optional.<Gate>empty() : repository.gate(eventId, c))
                .orElseThrow(() -> DomainException.notFound("GATE_NOT_FOUND", String.valueOf(code)));
        ledger.lockHall(eventId, gate.hallCode());
        if (repository.scansAt(eventId, gate.code()) > 0) {
            throw DomainException.conflict("GATE_IN_USE", gate.code());
        }
        repository.remove(gate);
        directory.changed(eventId);
    }
}
