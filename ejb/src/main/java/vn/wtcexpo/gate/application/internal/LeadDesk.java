package vn.wtcexpo.gate.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import vn.wtcexpo.event.application.EventService;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.exhibition.application.ExhibitorService;
import vn.wtcexpo.exhibition.application.StaffService;
import vn.wtcexpo.gate.application.DeviceNames;
import vn.wtcexpo.gate.application.DeviceSummary;
import vn.wtcexpo.gate.application.LeadSummary;
import vn.wtcexpo.gate.model.DeviceMode;
import vn.wtcexpo.gate.model.GateDevice;
import vn.wtcexpo.gate.model.GateRepository;
import vn.wtcexpo.gate.model.Lead;
import vn.wtcexpo.infrastructure.security.Callers;
import vn.wtcexpo.registration.application.BadgeChecks;
import vn.wtcexpo.registration.application.GateFeed.CodeCheck;
import vn.wtcexpo.registration.application.GateFeed.ScannedBadge;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Roles;
import vn.wtcexpo.shared.Text;

/** The transactions of lead retrieval, for {@link DefaultLeadService} (which checked the caller's role). */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LeadDesk {

    /** The time the rules read ({@code infrastructure.time.Clocks}). */
    @Inject
    private Clock clock;

    @Inject
    private GateRepository repository;

    @Inject
    private GateDirectory directory;

    @Inject
    private BadgeChecks checks;

    @Inject
    private ExhibitorService exhibitors;

    @Inject
    private StaffService staff;

    @Inject
    private vn.wtcexpo.exhibition.application.ReservationService reservations;

    @Inject
    private EventService events;

    @Resource
    private SessionContext context;

    /** Who scans: the exhibitor company, for which event. */
    private record Scanner(String exhibitorId, String eventId) {
    }

    public LeadSummary capture(String eventId, String code, Instant now) {
        Scanner scanner = scanner(eventId);
        if (code == null || code.isBlank()) {
            throw DomainException.invalid("code", "VALUE_REQUIRED");
        }
        if (code.length() > DefaultCheckinService.MAX_CODE) {
            throw DomainException.invalid("code", "TEXT_TOO_LONG", DefaultCheckinService.MAX_CODE);
        }
        CodeCheck check = checks.verify(code.strip(), scanner.eventId());
        if (check.badge() == null) {
            throw DomainException.invalid("code", "LEAD_BADGE_UNKNOWN");
        }
        if (!check.valid()) {
            throw DomainException.conflict("LEAD_BADGE_REVOKED");
        }
        ScannedBadge badge = check.badge();
        var existing = repository.lead(scanner.exhibitorId(), badge.id());
        if (existing.isPresent()) {
            return summary(existing.get(), badge, false);
        }
        Lead lead = Lead.capture(scanner.eventId(), scanner.exhibitorId(), badge.id(), caller(), now.truncatedTo(ChronoUnit.MICROS));
        repository.add(lead);
        repository.flush();
        return summary(lead, badge, true);
    }

    public LeadSummary assess(String leadId, Integer rating, String notes) {
        Lead lead = repository.lead(leadId).orElseThrow(() -> DomainException.notFound("LEAD_NOT_FOUND", String.valueOf(leadId)));
        Scanner scanner = scanner(lead.eventId());
        if (!lead.exhibitorId().equals(scanner.exhibitorId())) {
            throw DomainException.notFound("LEAD_NOT_FOUND", leadId);
        }
        lead.assess(rating, notes, clock.instant().truncatedTo(ChronoUnit.MICROS));
        return summary(lead, checks.scannedBadges(List.of(lead.badgeId())).get(lead.badgeId()), false);
    }

    /** The company's leads at the event for its accounts; a lead scanner sees only what it captured itself today. */
    public List<LeadSummary> leads(String eventId) {
        Scanner scanner = scanner(eventId);
        List<Lead> leads = repository.leads(scanner.exhibitorId(), scanner.eventId());
        if (Callers.isIn(context, Roles.LEAD_DEVICE)) {
            Instant now = clock.instant();
            leads = leads.stream().filter(l -> l.capturedBy(caller(), now)).toList();
        }
        Map<String, ScannedBadge> badges = checks.scannedBadges(leads.stream().map(Lead::badgeId).toList());
        return leads.stream().map(l -> summary(l, badges.get(l.badgeId()), false)).toList();
    }

    public DeviceSummary openScanner(String eventId, String deviceName) {
        Scanner scanner = scanner(eventId);
        String n = Text.optional("name", deviceName, 60);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        // one lead scanner per person (the account and the name it gives its phone) and day: opened again, the same
        // device gets a new token and keeps the leads it captured, instead of a new device at every opening
        java.time.LocalDate today = now.atZone(vn.wtcexpo.shared.Formats.VIETNAM).toLocalDate();
        String name = caller() + " · " + (n == null ? "leads" : n);
        var mine = repository.devicesPairedBy(caller()).stream()
                .filter(d -> d.mode() == DeviceMode.LEADS && d.eventId().equals(scanner.eventId())
                        && scanner.exhibitorId().equals(d.exhibitorId()) && d.name().equals(name)
                        && d.isUsableAt(now) && d.pairedOn(today))
                .findFirst();
        if (mine.isPresent()) {
            String token = mine.get().newToken();
            directory.deviceChanged(); // the old token is refused from now on
            return DeviceSummary.of(mine.get(), null, token);
        }
        GateDevice.Paired paired = GateDevice.pair(scanner.eventId(), name, DeviceMode.LEADS, scanner.exhibitorId(), caller(), 1, now);
        repository.add(paired.device());
        return DeviceSummary.of(paired.device(), null, paired.token());
    }

    /** The company's lead scanners at the event that still work, whoever of its accounts opened them. */
    public List<DeviceSummary> scanners(String eventId) {
        Scanner scanner = scanner(eventId);
        Instant now = clock.instant();
        return repository.devices(scanner.eventId()).stream()
                .filter(d -> d.mode() == DeviceMode.LEADS && scanner.exhibitorId().equals(d.exhibitorId()) && d.isUsableAt(now))
                .map(d -> DeviceSummary.of(d, null, null)).toList();
    }

    /** The calling exhibitor (its account, or its lead scanner) and the event, checked. */
    private Scanner scanner(String eventId) {
        if (Callers.isIn(context, Roles.LEAD_DEVICE)) {
            GateDirectory.DeviceKey device = directory.deviceById(DeviceNames.idOf(caller()))
                    .filter(d -> d.usableAt(clock.instant()) && d.mode() == DeviceMode.LEADS)
                    .orElseThrow(() -> DomainException.forbidden("DEVICE_REVOKED"));
            if (eventId != null && !eventId.equals(device.eventId())) {
                throw DomainException.forbidden("DEVICE_OTHER_EVENT");
            }
            return new Scanner(device.exhibitorId(), device.eventId());
        }
        String company = exhibitors.myCompany().map(p -> p.id())
                .orElseThrow(() -> DomainException.conflict("EXHIBITOR_PROFILE_MISSING"));
        EventSummary event;
        try {
            event = events.event(eventId);
        } catch (DomainException e) {
            throw DomainException.notFound("EVENT_NOT_FOUND", String.valueOf(eventId));
        }
        // a booth at the event (held, reserved or sold), or people on the event's staff list
        boolean booth = reservations.reservations(event.id()).stream().anyMatch(r -> r.live());
        if (!booth && staff.myStaff(event.id()).staff().isEmpty()) {
            throw DomainException.conflict("LEADS_NEED_A_BOOTH");
        }
        return new Scanner(company, event.id());
    }

    private static LeadSummary summary(Lead l, ScannedBadge b, boolean created) {
        boolean consent = b != null && b.shareContact();
        return new LeadSummary(l.id(), l.eventId(), b == null ? null : b.kind().name(), consent,
                consent ? b.fullName() : null, consent ? b.company() : null, consent ? b.jobTitle() : null,
                consent ? b.email() : null, consent ? b.phone() : null, consent ? b.interests() : java.util.Set.of(),
                l.rating(), l.notes(), l.scannedBy(), l.scannedAt(), created);
    }

    private String caller() {
        return Callers.name(context);
    }
}
