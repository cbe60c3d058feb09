package vn.wtcexpo.registration.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import vn.wtcexpo.event.application.EventService;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.exhibition.application.StaffListChanged;
import vn.wtcexpo.registration.model.Badge;
import vn.wtcexpo.registration.model.EventRegistration;
import vn.wtcexpo.registration.model.Registrant;
import vn.wtcexpo.registration.model.RegistrationRepository;
import vn.wtcexpo.registration.model.Revocation;

/**
 * Exhibitor staff badges follow the staff lists: a person added (possible once the company's booth is reserved)
 * gets a badge, mailed to them; a person removed has theirs revoked. In the transaction that changed the list.
 */
@ApplicationScoped
public class StaffBadges {

    /** The time the rules read ({@code infrastructure.time.Clocks}). */
    @Inject
    private Clock clock;

    @Inject
    private RegistrationRepository repository;

    @Inject
    private EventService events;

    @Inject
    private Desks desks;

    @Inject
    private EventKeys keys;

    @Inject
    private BadgeMailer mailer;

    void staffListChanged(@Observes StaffListChanged change) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (change.joined()) {
            EventSummary event = events.known(change.eventId());
            EventRegistration desk = desks.desk(event.id(), false);
            Registrant who = Registrant.of(change.fullName(), change.companyName(), change.jobTitle(), change.email(), null,
                    "vi", Boolean.FALSE, List.of(), false, List.of());
            Badge badge = Badge.forStaff(event.id(), change.staffId(), change.exhibitorId(), who, now, keys.signer(desk));
            repository.add(badge);
            if (badge.mailNow(now, true)) {
                mailer.registered(badge, event, false);
            }
        } else {
            repository.staffBadge(change.staffId()).filter(Badge::isActive).ifPresent(b -> {
                String code = b.revoke(now);
                repository.add(new Revocation(code, b.eventId(), b.id(), Revocation.Reason.REVOKED, now));
            });
        }
    }
}
