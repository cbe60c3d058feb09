package vn.wtcexpo.registration.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.wtcexpo.event.application.EventService;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.infrastructure.security.Callers;
import vn.wtcexpo.registration.application.BadgeChecks;
import vn.wtcexpo.registration.application.BadgeKey;
import vn.wtcexpo.registration.application.GateFeed;
import vn.wtcexpo.registration.application.RevokedCode;
import vn.wtcexpo.registration.model.BadgeCode;
import vn.wtcexpo.registration.model.EventRegistration;
import vn.wtcexpo.registration.model.RegistrationRepository;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Roles;

/** What gates read of registration; each public method is one transaction. */
@Stateless
public class DefaultGateFeed implements GateFeed {

    @Inject
    private RegistrationRepository repository;

    @Inject
    private EventService events;

    @Inject
    private BadgeChecks checks;

    @Inject
    private Desks desks;

    @Resource
    private SessionContext context;


    @Override
    @PermitAll
    public BadgeKey badgeKey(String eventId) {
        EventSummary event = events.event(eventId);
        EventRegistration desk = desks.desk(event.id(), false);
        return new BadgeKey(event.id(), "Ed25519", "wtc-badge-v1", desk.publicKey(), event.badgeTypes(), event.days());
    }

    @Override
    @RolesAllowed({Roles.GATE_STAFF, Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public List<RevokedCode> revocations(String eventId, Instant since) {
        if (!Callers.isIn(context, Roles.GATE_STAFF) && !events.mayManage(eventId)) {
            throw DomainException.notFound("EVENT_NOT_FOUND", eventId);
        }
        EventSummary event = events.known(eventId);
        return repository.revocations(event.id(), since).stream()
                .map(r -> new RevokedCode(r.code(), r.reason().name(), r.revokedAt())).toList();
    }

    @Override
    @RolesAllowed(Roles.GATE_DEVICE)
    public List<RevokedCode> revocationsForGate(String eventId, Instant since) {
        return repository.revocations(events.known(eventId).id(), since).stream()
                .map(r -> new RevokedCode(r.code(), r.reason().name(), r.revokedAt())).toList();
    }

    @Override
    @PermitAll
    public Optional<String> eventOfCode(String code) {
        return BadgeCode.parse(code).map(c -> c.eventId().toString());
    }

    @Override
    @PermitAll
    public Map<String, ScannedBadge> scannedBadges(Collection<String> badgeIds) {
        return checks.scannedBadges(badgeIds);
    }

}
