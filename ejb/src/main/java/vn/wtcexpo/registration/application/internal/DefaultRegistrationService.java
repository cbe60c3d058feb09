package vn.wtcexpo.registration.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.wtcexpo.event.application.EventService;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.exhibition.application.ExhibitionReports;
import vn.wtcexpo.exhibition.application.ExhibitorService;
import vn.wtcexpo.registration.application.BadgeChecks;
import vn.wtcexpo.registration.application.BadgeKey;
import vn.wtcexpo.registration.application.BadgeSummary;
import vn.wtcexpo.registration.application.DeskSettings;
import vn.wtcexpo.registration.application.Registration;
import vn.wtcexpo.registration.application.RegistrationForm;
import vn.wtcexpo.registration.application.RegistrationService;
import vn.wtcexpo.registration.application.RegistrationStats;
import vn.wtcexpo.registration.application.RevokedCode;
import vn.wtcexpo.registration.application.RegistrationService.ScannedBadge;
import vn.wtcexpo.registration.model.Badge;
import vn.wtcexpo.registration.model.BadgeCode;
import vn.wtcexpo.registration.model.Channel;
import vn.wtcexpo.registration.model.EventRegistration;
import vn.wtcexpo.registration.model.Registrant;
import vn.wtcexpo.registration.model.RegistrationRepository;
import vn.wtcexpo.registration.model.Revocation;
import vn.wtcexpo.shared.BadgeKind;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Formats;
import vn.wtcexpo.shared.Roles;

/** The registration use cases; each public method is one transaction. */
@Stateless
public class DefaultRegistrationService implements RegistrationService {

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
    private BadgeChecks checks;

    @Inject
    private Desks desks;

    @Inject
    private BadgeMailer mailer;

    @Resource
    private SessionContext context;

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
        return new Registration(summary(issue(event, desk, BadgeKind.VISITOR, who, Channel.ONLINE), event), true);
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
                return new Registration(summary(b, event), false);
            }
        }
        if (kind == BadgeKind.VISITOR) {
            desk.admitWalkIn();
        }
        return new Registration(summary(issue(event, desk, kind, who, Channel.DESK), event), true);
    }

    private Badge issue(EventSummary event, EventRegistration desk, BadgeKind kind, Registrant who, Channel channel) {
        Badge badge = Badge.issue(event.id(), kind, who, channel, now(), keys.signer(desk));
        repository.add(badge);
        if (badge.mailNow(now(), true)) {
            mailer.registered(badge, event, false);
        }
        return badge;
    }

    // --- reading

    @Override
    @PermitAll
    public boolean worksDesk(String eventId) {
        return events.mayManage(eventId);
    }

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
        boolean over = Instant.now().isAfter(event.end());
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

    // --- changing badges

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

    // --- gates

    @Override
    @PermitAll
    public BadgeKey badgeKey(String eventId) {
        EventSummary event = events.event(eventId);
        EventRegistration desk = desk(event.id(), false);
        return new BadgeKey(event.id(), "Ed25519", "wtc-badge-v1", desk.publicKey(), event.badgeTypes(), event.days());
    }

    @Override
    @RolesAllowed({Roles.GATE_STAFF, Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public List<RevokedCode> revocations(String eventId, Instant since) {
        if (!context.isCallerInRole(Roles.GATE_STAFF) && !events.mayManage(eventId)) {
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
    @RolesAllowed(Roles.EXHIBITOR)
    public List<BadgeSummary> myStaffBadges(String eventId) {
        EventSummary event = events.known(eventId);
        String company = exhibitors.myCompany().map(p -> p.id())
                .orElseThrow(() -> DomainException.conflict("EXHIBITOR_PROFILE_MISSING"));
        return repository.ofExhibitor(event.id(), company).stream().map(b -> summary(b, event)).toList();
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

    private static void requireNotOver(EventSummary event) {
        if (Instant.now().isAfter(event.end())) {
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

    private Badge managedBadge(String badgeId) {
        Badge b = repository.lockBadge(badgeId).orElseThrow(() -> DomainException.notFound("BADGE_NOT_FOUND"));
        if (!events.mayManage(b.eventId())) {
            throw DomainException.notFound("BADGE_NOT_FOUND");
        }
        return b;
    }

    private boolean isOwnStaff(Badge b) {
        if (b.exhibitorId() == null || !context.isCallerInRole(Roles.EXHIBITOR)) {
            return false;
        }
        return exhibitors.myCompany().map(p -> p.id().equals(b.exhibitorId())).orElse(false);
    }

    private DeskSettings settingsOf(String eventId) {
        return repository.desk(eventId).map(d -> new DeskSettings(eventId, d.isOpen(), d.cap(), d.visitors()))
                .orElse(new DeskSettings(eventId, true, null, 0));
    }

    private EventRegistration lockedDesk(String eventId) {
        return desks.desk(eventId, true);
    }

    private EventRegistration desk(String eventId, boolean lock) {
        return desks.desk(eventId, lock);
    }

    static BadgeSummary summary(Badge b, EventSummary event) {
        EventSummary.BadgeTypeSummary type = event.badgeType(b.kind());
        return BadgeSummary.of(b, type == null ? List.of() : type.days(), type == null ? List.of() : type.halls());
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
