package vn.wtcexpo.registration.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import vn.wtcexpo.event.application.EventService;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.exhibition.application.ExhibitorService;
import vn.wtcexpo.infrastructure.security.Callers;
import vn.wtcexpo.registration.application.BadgeService;
import vn.wtcexpo.registration.application.BadgeSummary;
import vn.wtcexpo.registration.model.Badge;
import vn.wtcexpo.registration.model.EventRegistration;
import vn.wtcexpo.registration.model.RegistrationRepository;
import vn.wtcexpo.registration.model.Revocation;
import vn.wtcexpo.shared.BadgeKind;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Roles;

/** The badges as the desk and the back office keep them; each public method is one transaction. */
@Stateless
public class DefaultBadgeService implements BadgeService {

    /** The time the rules read ({@code infrastructure.time.Clocks}). */
    @Inject
    private Clock clock;

    @Inject
    private RegistrationRepository repository;

    @Inject
    private EventService events;

    @Inject
    private ExhibitorService exhibitors;

    @Inject
    private EventKeys keys;

    @Inject
    private BadgeMailer mailer;

    @Resource
    private SessionContext context;

    @Override
    @PermitAll
    public BadgeSummary badge(String id) {
        Badge b = repository.badge(id).orElseThrow(() -> DomainException.notFound("BADGE_NOT_FOUND"));
        if (!events.mayManage(b.eventId()) && !isOwnStaff(b)) {
            throw DomainException.notFound("BADGE_NOT_FOUND");
        }
        return summary(b, events.known(b.eventId()));
    }

    @Override
    @PermitAll
    public BadgeSummary badgeWithKey(String id, String key) {
        Badge b = repository.badge(id).filter(x -> x.opensWith(key))
                .orElseThrow(() -> DomainException.notFound("BADGE_NOT_FOUND"));
        return summary(b, events.known(b.eventId()));
    }

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public List<BadgeSummary> search(String eventId, String query, int max) {
        EventSummary event = managed(eventId);
        int limit = Math.max(1, Math.min(max, 200));
        String q = query == null ? "" : query.strip();
        if (q.length() > 100) {
            throw DomainException.invalid("q", "TEXT_TOO_LONG", 100);
        }
        List<Badge> found;
        if (q.isEmpty()) {
            found = repository.latest(eventId, limit);
        } else {
            // "0912 345 678" finds a phone stored as digits; anything else is folded like the stored text
            String digits = q.replaceAll("[ .()-]", "");
            List<String> words = digits.matches("\\+?[0-9]{3,}") ? List.of(digits.replace("+", ""))
                    : java.util.Arrays.stream(vn.wtcexpo.shared.Text.fold(q).split("\\s+")).filter(w -> !w.isEmpty()).limit(5).toList();
            found = repository.search(eventId, words, limit);
        }
        return found.stream().map(b -> summary(b, event)).toList();
    }

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public List<BadgeSummary> badges(String eventId, BadgeKind kind) {
        EventSummary event = managed(eventId);
        return repository.badges(eventId, kind == null ? List.of() : List.of(kind)).stream()
                .map(b -> summary(b, event)).toList();
    }


    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public BadgeSummary revoke(String badgeId) {
        Badge b = managedBadge(badgeId);
        String code = b.revoke(now());
        repository.add(new Revocation(code, b.eventId(), b.id(), Revocation.Reason.REVOKED, now()));
        return summary(b, events.known(b.eventId()));
    }

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public BadgeSummary reissue(String badgeId) {
        Badge b = managedBadge(badgeId);
        EventRegistration desk = repository.desk(b.eventId()).orElseThrow();
        String old = b.reissue(now(), keys.signer(desk));
        repository.add(new Revocation(old, b.eventId(), b.id(), Revocation.Reason.REISSUED, now()));
        EventSummary event = events.known(b.eventId());
        if (b.mailNow(now(), true)) {
            mailer.reissued(b, event);
        }
        return summary(b, event);
    }

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public BadgeSummary printed(String badgeId) {
        Badge b = managedBadge(badgeId);
        b.printed(now());
        return summary(b, events.known(b.eventId()));
    }

    @Override
    @RolesAllowed(Roles.EXHIBITOR)
    public List<BadgeSummary> myStaffBadges(String eventId) {
        EventSummary event = events.known(eventId);
        String company = exhibitors.myCompany().map(p -> p.id())
                .orElseThrow(() -> DomainException.conflict("EXHIBITOR_PROFILE_MISSING"));
        return repository.ofExhibitor(event.id(), company).stream().map(b -> summary(b, event)).toList();
    }

    /** The event if the caller works its desk; {@code EVENT_NOT_FOUND} otherwise. */
    private EventSummary managed(String eventId) {
        if (!events.mayManage(eventId)) {
            throw DomainException.notFound("EVENT_NOT_FOUND", eventId);
        }
        return events.known(eventId);
    }

    private Badge managedBadge(String badgeId) {
        Badge b = repository.lockBadge(badgeId).orElseThrow(() -> DomainException.notFound("BADGE_NOT_FOUND"));
        if (!events.mayManage(b.eventId())) {
            throw DomainException.notFound("BADGE_NOT_FOUND");
        }
        return b;
    }

    private boolean isOwnStaff(Badge b) {
        if (b.exhibitorId() == null || !Callers.isIn(context, Roles.EXHIBITOR)) {
            return false;
        }
        return exhibitors.myCompany().map(p -> p.id().equals(b.exhibitorId())).orElse(false);
    }

    /** A badge as its readers see it, with the days and halls its type admits to. */
    static BadgeSummary summary(Badge b, EventSummary event) {
        EventSummary.BadgeTypeSummary type = event.badgeType(b.kind());
        return BadgeSummary.of(b, type == null ? List.of() : type.days(), type == null ? List.of() : type.halls());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
