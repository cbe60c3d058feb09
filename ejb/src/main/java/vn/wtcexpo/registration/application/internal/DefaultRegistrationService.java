package vn.wtcexpo.registration.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.wtcexpo.event.application.EventService;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.exhibition.application.ExhibitionReports;
import vn.wtcexpo.exhibition.application.ExhibitorService;
import vn.wtcexpo.registration.application.DeskSettings;
import vn.wtcexpo.registration.application.Registration;
import vn.wtcexpo.registration.application.RegistrationForm;
import vn.wtcexpo.registration.application.RegistrationService;
import vn.wtcexpo.registration.application.RegistrationStats;
import vn.wtcexpo.registration.model.Badge;
import vn.wtcexpo.registration.model.Channel;
import vn.wtcexpo.registration.model.EventRegistration;
import vn.wtcexpo.registration.model.Registrant;
import vn.wtcexpo.registration.model.RegistrationRepository;
import vn.wtcexpo.shared.BadgeKind;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Formats;
import vn.wtcexpo.shared.Roles;

/** Registering online and at the desk, and the desk's settings; each public method is one transaction. */
@Stateless
public class DefaultRegistrationService implements RegistrationService {

    /** The time the rules read ({@code infrastructure.time.Clocks}). */
    @Inject
    private Clock clock;

    @Inject
    private RegistrationRepository repository;

    @Inject
    private EventService events;

    @Inject
    private ExhibitionReports exhibition;

    @Inject
    private ExhibitorService exhibitors;

    @Inject
    private EventKeys keys;

    @Inject
    private Desks desks;

    @Inject
    private BadgeMailer mailer;

    // --- registering

    @Override
    @PermitAll
    public void check(String eventId, RegistrationForm form) {
        publicEvent(eventId);
        registrant(form, true);
    }

    /**
     * A visitor registers online. An e-mail already registered for the event gets its badge again by e-mail only
     * (at most once in five minutes; never a revoked one): the answer carries nothing of that person, whoever asks,
     * even when registration has closed or is full since, so that knowing an e-mail never shows its badge.
     */
    @Override
    @PermitAll
    public Registration register(String eventId, RegistrationForm form) {
        EventSummary event = publicEvent(eventId);
        Registrant who = registrant(form, true);
        EventRegistration desk = lockedDesk(event.id());
        Optional<Badge> same = repository.visitorBadge(event.id(), who.emailKey());
        if (same.isPresent()) {
            Badge b = same.get();
            if (b.isActive() && b.mailNow(now(), false)) {
                mailer.registered(b, event, true);
            }
            return Registration.alreadyRegistered();
        }
        requireNotOver(event);
        desk.admitVisitor();
        return new Registration(DefaultBadgeService.summary(issue(event, desk, BadgeKind.VISITOR, who, Channel.ONLINE), event), true);
    }

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public Registration registerAtDesk(String eventId, BadgeKind kind, RegistrationForm form) {
        EventSummary event = managed(eventId);
        if (kind == null) {
            throw DomainException.invalid("type", "VALUE_REQUIRED");
        }
        if (kind == BadgeKind.EXHIBITOR_STAFF) {
            throw DomainException.invalid("type", "BADGE_KIND_FROM_STAFF_LIST");
        }
        Registrant who = registrant(form, false);
        requireNotOver(event);
        if (event.badgeType(kind) == null) {
            throw DomainException.invalid("type", "BADGE_KIND_NOT_ISSUED", kind.name());
        }
        return registerAtDesk(event, kind, who);
    }

    /** The desk (organizer or venue admin) sees the existing badge of a visitor's e-mail: it checks who is in front of it. */
    private Registration registerAtDesk(EventSummary event, BadgeKind kind, Registrant who) {
        EventRegistration desk = lockedDesk(event.id());
        if (kind == BadgeKind.VISITOR && who.email() != null) {
            Optional<Badge> same = repository.visitorBadge(event.id(), who.emailKey());
            if (same.isPresent()) {
                Badge b = same.get();
                if (!b.isActive()) {
                    throw DomainException.conflict("BADGE_REVOKED");
                }
                if (b.mailNow(now(), false)) {
                    mailer.registered(b, event, true);
                }
                return new Registration(DefaultBadgeService.summary(b, event), false);
            }
        }
        if (kind == BadgeKind.VISITOR) {
            desk.admitWalkIn();
        }
        return new Registration(DefaultBadgeService.summary(issue(event, desk, kind, who, Channel.DESK), event), true);
    }

    private Badge issue(EventSummary event, EventRegistration desk, BadgeKind kind, Registrant who, Channel channel) {
        Badge badge = Badge.issue(event.id(), kind, who, channel, now(), keys.signer(desk));
        repository.add(badge);
        if (badge.mailNow(now(), true)) {
            mailer.registered(badge, event, false);
        }
        return badge;
    }

    @Override
    @PermitAll
    public boolean worksDesk(String eventId) {
        return events.mayManage(eventId);
    }

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public RegistrationStats stats(String eventId) {
        managed(eventId);
        DeskSettings desk = settingsOf(eventId);
        Map<BadgeKind, Long> byKind = repository.countsByKind(eventId);
        TreeMap<LocalDate, Map<BadgeKind, Long>> byDay = new TreeMap<>();
        for (Object[] row : repository.creationTimes(eventId)) {
            LocalDate day = ((Instant) row[0]).atZone(Formats.VIETNAM).toLocalDate();
            byDay.computeIfAbsent(day, d -> new EnumMap<>(BadgeKind.class)).merge((BadgeKind) row[1], 1L, Long::sum);
        }
        return new RegistrationStats(eventId, desk, byKind, byDay);
    }

    @Override
    @PermitAll
    public DeskSettings desk(String eventId) {
        EventSummary event = events.event(eventId);
        DeskSettings s = settingsOf(event.id());
        boolean over = clock.instant().isAfter(event.end());
        return new DeskSettings(s.eventId(), s.open() && event.published() && !over, s.cap(), s.visitors());
    }

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public DeskSettings settings(String eventId) {
        managed(eventId);
        return settingsOf(eventId);
    }

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public DeskSettings changeSettings(String eventId, boolean open, Integer cap) {
        managed(eventId);
        EventRegistration desk = lockedDesk(eventId);
        desk.settings(open, cap);
        return new DeskSettings(eventId, desk.isOpen(), desk.cap(), desk.visitors());
    }

    // --- helpers

    private Registrant registrant(RegistrationForm form, boolean online) {
        if (form == null) {
            throw DomainException.invalid("request", "VALUE_REQUIRED");
        }
        return Registrant.of(form.fullName(), form.company(), form.jobTitle(), form.email(), form.phone(), form.locale(),
                form.shareWithExhibitors(), form.interests(), online, exhibition.allCategories());
    }

    /** A published event, as anyone sees it ({@code EVENT_NOT_FOUND} for drafts and unknown ids). */
    private EventSummary publicEvent(String eventId) {
        EventSummary event = events.event(eventId);
        if (!event.published()) {
            throw DomainException.notFound("EVENT_NOT_FOUND", eventId);
        }
        return event;
    }

    private void requireNotOver(EventSummary event) {
        if (clock.instant().isAfter(event.end())) {
            throw DomainException.conflict("REGISTRATION_CLOSED");
        }
    }

    /** The event if the caller works its desk; {@code EVENT_NOT_FOUND} otherwise. */
    private EventSummary managed(String eventId) {
        if (!events.mayManage(eventId)) {
            throw DomainException.notFound("EVENT_NOT_FOUND", eventId);
        }
        return events.known(eventId);
    }

    private DeskSettings settingsOf(String eventId) {
        return repository.desk(eventId).map(d -> new DeskSettings(eventId, d.isOpen(), d.cap(), d.visitors()))
                .orElse(new DeskSettings(eventId, true, null, 0));
    }

    private EventRegistration lockedDesk(String eventId) {
        return desks.desk(eventId, true);
    }


    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
