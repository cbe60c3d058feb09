package vn.wtcexpo.exhibition.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.wtcexpo.event.application.EventService;
import vn.wtcexpo.event.application.EventSummary;
import vn.wtcexpo.exhibition.application.ReservationService;
import vn.wtcexpo.exhibition.application.ReservationSummary;
import vn.wtcexpo.exhibition.model.Booth;
import vn.wtcexpo.exhibition.model.ExhibitionRepository;
import vn.wtcexpo.exhibition.model.MoneyReceived;
import vn.wtcexpo.exhibition.model.Exhibitor;
import vn.wtcexpo.exhibition.model.PaymentRequest;
import vn.wtcexpo.exhibition.model.Reservation;
import vn.wtcexpo.infrastructure.security.Callers;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Formats;
import vn.wtcexpo.shared.NaturalOrder;
import vn.wtcexpo.shared.Roles;

/**
 * Every change of a booth's state follows one order: lock the booth rows (the booth and the booths a
 * combined booth covers) in id order, read the reservation again under its own lock, check, write the
 * state and the claims; e-mails go to the outbox in the same transaction.
 */
@Stateless
@Local(ReservationService.class)
public class DefaultReservationService implements ReservationService {

    /** The time the rules read ({@code infrastructure.time.Clocks}). */
    @Inject
    private Clock clock;

    @Inject
    private ExhibitionRepository repository;

    @Inject
    private EventService events;

    @Inject
    private BoothLocks locks;

    @Inject
    private Invoicing invoicing;

    @Inject
    private ReservationMailer mailer;

    @Inject
    private ReservationViews views;

    @Inject
    private BoothEnds ends;

    @Inject
    private BoothHoldExpiry expiry;

    @Resource
    private SessionContext context;

    @Override
    @RolesAllowed(Roles.EXHIBITOR)
    public ReservationSummary reserve(String eventId, String boothNumber) {
        Exhibitor company = myCompany().orElseThrow(() -> DomainException.conflict("EXHIBITOR_PROFILE_MISSING"));
        EventSummary event = events.event(eventId);
        if (!event.published()) {
            throw DomainException.conflict("EVENT_NOT_PUBLISHED");
        }
        Instant now = clock.instant();
        if (!event.end().isAfter(now)) {
            throw DomainException.conflict("EVENT_OVER");
        }
        Booth booth = repository.booth(event.id(), boothNumber)
                .orElseThrow(() -> DomainException.notFound("BOOTH_NOT_FOUND", String.valueOf(boothNumber)));
        List<String> floor = locks.lockFloor(booth);
        // one company's holds at the event are counted under its row lock (after the floor's: the order every path
        // takes), so that two holds sent at once cannot both pass the limit
        repository.lockCompany(company.id());
        int limit = event.terms().maxHoldsPerCompany();
        if (Reservation.onHoldAt(repository.reservationsOfExhibitor(company.id()), event.id()) >= limit) {
            throw DomainException.conflict("HOLD_LIMIT_REACHED", limit);
        }
        Instant expires = now.plus(event.terms().boothHoldDays(), ChronoUnit.DAYS);
        Reservation r = new Reservation(event.id(), booth, company.id(), caller(), now, expires); // BOOTH_TAKEN unless available
        locks.claim(r, booth, floor);
        mailer.send(ReservationMailer.Notice.aboutBooth(ReservationMailer.Kind.HOLD_PLACED, event, booth, company,
                r.holdExpiresAt(), null));
        return views.of(r, event, booth, company);
    }

    @Override
    @RolesAllowed({Roles.EXHIBITOR, Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public List<ReservationSummary> reservations(String eventId) {
        boolean exhibitorOnly = Callers.isIn(context, Roles.EXHIBITOR) && !Callers.isIn(context, Roles.ORGANIZER)
                && !Callers.isIn(context, Roles.VENUE_ADMIN);
        return exhibitorOnly ? views.ofCompany(myCompany(), eventId) : views.ofManagedEvents(eventId);
    }

    @Override
    @RolesAllowed({Roles.EXHIBITOR, Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public ReservationSummary reservation(String id) {
        return views.of(List.of(visible(id))).get(0);
    }

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public ReservationSummary approve(String id) {
        return approveTogether(List.of(id)).get(0);
    }

    /**
     * Approves holds of one company at one event together: every booth is reserved and one payment request covers
     * them all, a line per booth. All or nothing: one that is not on hold any more refuses the lot.
     */
    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public List<ReservationSummary> approveTogether(List<String> ids) {
        List<Reservation> approved = Reservation.idsTogether(ids).stream().map(this::managed).toList();
        Reservation first = Reservation.ofOneCompany(approved);
        Map<String, Booth> booths = locks.lockFloorsOf(approved);
        Instant now = clock.instant();
        for (Reservation r : approved) {
            r.approve(booths.get(r.id()), caller(), now);
        }
        List<Reservation> inOrder = new ArrayList<>(approved);
        inOrder.sort(java.util.Comparator.comparing(r -> booths.get(r.id()).number(), NaturalOrder.INSTANCE));
        invoicing.issue(events.event(first.eventId()), repository.exhibitor(first.exhibitorId()).orElseThrow(), inOrder,
                booths, caller(), now);
        return views.of(inOrder);
    }

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public ReservationSummary reject(String id, String reason) {
        Reservation r = managed(id);
        Booth booth = locks.lockFloorOf(r);
        boolean allowedStaff = r.countsForStaff();
        r.reject(booth, caller(), reason, clock.instant());
        return ends.ended(r, booth, ReservationMailer.Kind.REJECTED, allowedStaff);
    }

    /**
     * Cancels a reservation. An approved one's payment request is withdrawn (never one with money on it) and, when it
     * covered other booths still approved, replaced by a new request for them, which the company is sent.
     */
    @Override
    @RolesAllowed({Roles.EXHIBITOR, Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public ReservationSummary cancel(String id, String reason) {
        Reservation r = visible(id);
        boolean organizer = events.mayManage(r.eventId());
        Map<String, Booth> booths = locks.lockWithItsRequest(r);
        Booth booth = booths.get(r.id());
        PaymentRequest request = invoicing.unpaidRequestOf(r); // RESERVATION_HAS_PAYMENTS
        boolean allowedStaff = r.countsForStaff();
        Instant now = clock.instant();
        r.cancel(booth, caller(), reason, organizer, now);
        if (request != null) {
            invoicing.withdraw(request, r, booths, events.known(r.eventId()),
                    repository.exhibitor(r.exhibitorId()).orElseThrow(), caller(), now);
        }
        return ends.ended(r, booth, ReservationMailer.Kind.CANCELLED, allowedStaff);
    }

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public ReservationSummary holdUntil(String id, Instant until) {
        Reservation r = managed(id);
        locks.lockFloorOf(r);
        r.holdUntil(until, clock.instant());
        return reservation(r.id());
    }

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public ReservationSummary recordPayment(String id, long amountVnd, LocalDate receivedOn, String reference) {
        MoneyReceived money = MoneyReceived.of(amountVnd, receivedOn, reference, LocalDate.now(clock.withZone(Formats.VIETNAM)));
        Reservation r = managed(id);
        Map<String, Booth> booths = locks.lockWithItsRequest(r);
        invoicing.pay(r, booths, money, caller(), events.event(r.eventId()),
                repository.exhibitor(r.exhibitorId()).orElseThrow());
        return reservation(r.id());
    }

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public Map<String, String> holders(String eventId) {
        if (!events.mayManage(eventId)) {
            throw DomainException.notFound("EVENT_NOT_FOUND", String.valueOf(eventId));
        }
        return repository.holders(eventId);
    }

    @Override
    @RolesAllowed(Roles.VENUE_ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int expireHoldsDueBy(Instant cutoff) {
        return expiry.expireDueBy(cutoff == null ? clock.instant() : cutoff);
    }

    /** A reservation the caller may see: its exhibitor's, the event organizer's, any for the venue admin. */
    private Reservation visible(String id) {
        Reservation r = repository.reservation(id).orElseThrow(() -> DomainException.notFound("RESERVATION_NOT_FOUND", id));
        boolean own = Callers.isIn(context, Roles.EXHIBITOR)
                && myCompany().map(c -> c.id().equals(r.exhibitorId())).orElse(false);
        if (!own && !Callers.isIn(context, Roles.VENUE_ADMIN) && !events.mayManage(r.eventId())) {
            throw DomainException.notFound("RESERVATION_NOT_FOUND", id);
        }
        return r;
    }

    /** A reservation of an event the caller organizes (or any for the venue admin). */
    private Reservation managed(String id) {
        Reservation r = repository.reservation(id).orElseThrow(() -> DomainException.notFound("RESERVATION_NOT_FOUND", id));
        if (!events.mayManage(r.eventId())) {
            throw DomainException.notFound("RESERVATION_NOT_FOUND", id);
        }
        return r;
    }

    private Optional<Exhibitor> myCompany() {
        return repository.memberOf(caller()).flatMap(m -> repository.exhibitor(m.exhibitorId()));
    }

    private String caller() {
        return Callers.name(context);
    }
}
