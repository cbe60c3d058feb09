package vn.wtcexpo.booking.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import vn.wtcexpo.booking.application.Availability;
import vn.wtcexpo.booking.application.BookingDependents;
import vn.wtcexpo.booking.application.BookingNotice;
import vn.wtcexpo.booking.application.BookingRequest;
import vn.wtcexpo.booking.application.BookingService;
import vn.wtcexpo.booking.application.BookingSummary;
import vn.wtcexpo.booking.application.PublicBooking;
import vn.wtcexpo.booking.model.BookingPeriod;
import vn.wtcexpo.booking.model.BookingPolicy;
import vn.wtcexpo.booking.model.BookingRepository;
import vn.wtcexpo.booking.model.BookingStatus;
import vn.wtcexpo.booking.model.HallBooking;
import vn.wtcexpo.booking.model.HoldQueue;
import vn.wtcexpo.booking.model.Quote;
import vn.wtcexpo.identity.application.AccountDirectory;
import vn.wtcexpo.infrastructure.security.Callers;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Period;
import vn.wtcexpo.shared.Roles;
import vn.wtcexpo.venue.model.Hall;
import vn.wtcexpo.venue.model.HallCode;
import vn.wtcexpo.venue.model.HallSchedule;

/**
 * Every change to who holds or occupies a hall follows one order: lock the halls around it
 * ({@link HallSchedule#lockNeighbourhood}), read the bookings again, check, write, re-rank the holds that
 * compete, and tell the organizers concerned once the transaction has committed.
 */
@Stateless
@Local(BookingService.class)
public class DefaultBookingService implements BookingService {

    /** The time the rules read ({@code infrastructure.time.Clocks}). */
    @Inject
    private Clock clock;

    @Inject
    private BookingRepository bookings;

    @Inject
    private HallSchedule schedule;

    @Inject
    private AccountDirectory accounts;

    @Inject
    private BookingLine line;

    @Inject
    private HallOffer offer;

    @Inject
    private HallHoldExpiry expiry;

    /** The contexts that build on confirmed bookings (events). */
    @Inject
    @jakarta.enterprise.inject.Any
    private jakarta.enterprise.inject.Instance<BookingDependents> dependents;

    @Resource
    private SessionContext context;

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public Availability check(BookingRequest request) {
        return offer.availability(HallOffer.required(request), now());
    }

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public BookingSummary request(BookingRequest request) {
        // input first: a bad request is a 400 whatever the state of the hall
        HallOffer.required(request);
        String title = HallBooking.checkTitle(request.title());
        BookingPeriod requested = HallOffer.period(request, now());
        Hall hall = offer.bookable(request);
        // the price does not depend on who else holds the hall: worked out before taking the locks
        BookingPolicy policy = bookings.policy();
        Quote quote = offer.quote(hall, requested, policy);
        // A slot that a confirmed booking or a blackout already covers is refused without waiting for the
        // locks: once a season fills up, most requests are such refusals, and queueing them on the halls'
        // rows would make every caller wait for each of them. Occupation rows only appear under the locks,
        // so what is seen here was committed before the request; the check under the lock below stays.
        if (schedule.isOccupied(hall, requested.start(), requested.end())) {
            throw DomainException.conflict("HALL_UNAVAILABLE", hall.code());
        }
        // the organizer's address too: read outside the locks, which others wait for
        String email = accounts.emailOf(caller()).orElse(null);
        // the halls around (a superset of those sharing floor space: rankAmong keeps the real competitors)
        Set<String> around = schedule.lockNeighbourhood(hall);
        if (!hall.isActive()) {
            // retired while this request waited for the lock
            throw DomainException.conflict("HALL_RETIRED", hall.code());
        }
        Instant now = now();
        BookingPeriod period = HallOffer.period(request, now);
        if (schedule.isOccupied(hall, period.start(), period.end())) {
            throw DomainException.conflict("HALL_UNAVAILABLE", hall.code());
        }
        HoldQueue queue = new HoldQueue(line.expireDue(bookings.liveOn(around, period.start(), period.end()), now));
        // the new hold is last in line: it was asked for after every hold already stored
        Instant joined = queue.joinTime(now);
        HallBooking hold = HallBooking.hold(hall, caller(), title, period, quote, joined,
                joined.plus(policy.holdLength()), 1);
        hold.rerank(queue.rankOf(hold));
        bookings.add(hold);
        line.notify(BookingNotice.Kind.HOLD_PLACED, hold, null, email);
        return BookingSummary.of(hold);
    }

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public BookingSummary booking(String id) {
        return BookingSummary.of(visible(id));
    }

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public List<BookingSummary> bookings(String hall, Instant from, Instant to) {
        String organizer = isAdmin() ? null : caller();
        return bookings.search(hall == null || hall.isBlank() ? null : HallCode.normalize(hall), organizer,
                        from == null ? Instant.EPOCH : from, to == null ? Period.END_OF_TIME : to)
                .stream().map(BookingSummary::of).toList();
    }

    @Override
    @RolesAllowed(Roles.VENUE_ADMIN)
    public BookingSummary confirm(String id, boolean override, String reason) {
        HallBooking.checkReason(reason);
        // the frozen price depends only on the booking's own period: worked out before taking the locks
        HallBooking unlocked = bookings.find(id).orElseThrow(() -> DomainException.notFound("BOOKING_NOT_FOUND", id));
        Quote frozen = null;
        DomainException noPrice = null;
        try {
            frozen = offer.quote(unlocked.hall(), unlocked.period(), bookings.policy());
        } catch (DomainException e) {
            noPrice = e; // said only if the booking could otherwise be confirmed
        }
        Set<String> around = schedule.lockNeighbourhood(unlocked.hall());
        HallBooking booking = bookings.refresh(unlocked);
        Instant now = now();
        booking.checkConfirmable(now);
        Hall hall = booking.hall();
        BookingPeriod period = booking.period();
        if (schedule.isOccupied(hall, period.start(), period.end())) {
            throw DomainException.conflict("HALL_UNAVAILABLE", hall.code());
        }
        HoldQueue queue = new HoldQueue(bookings.liveOn(around, period.start(), period.end()));
        booking.rerank(queue.rankOf(booking));
        List<HallBooking> ahead = queue.aheadOf(booking);
        if (noPrice != null) {
            throw noPrice;
        }
        booking.confirm(caller(), now, frozen, override, reason);
        line.takeSlot(booking);
        line.notify(BookingNotice.Kind.CONFIRMED, booking, null);
        for (HallBooking jumped : ahead) {
            line.notify(BookingNotice.Kind.QUEUE_JUMPED, jumped, booking.overrideReason());
        }
        line.rerankCompetitors(booking, now);
        return BookingSummary.of(booking);
    }

    @Override
    @RolesAllowed(Roles.VENUE_ADMIN)
    public BookingSummary reject(String id, String reason) {
        if (HallBooking.checkReason(reason) == null) {
            throw DomainException.invalid("reason", "TEXT_REQUIRED");
        }
        HallBooking booking = line.lockedForChange(id);
        Instant now = now();
        booking.reject(caller(), reason, now);
        line.notify(BookingNotice.Kind.REJECTED, booking, booking.closeReason());
        line.rerankCompetitors(booking, now);
        return BookingSummary.of(booking);
    }

    @Override
    @RolesAllowed({Roles.ORGANIZER, Roles.VENUE_ADMIN})
    public BookingSummary cancel(String id, String reason) {
        HallBooking.checkReason(reason);
        visible(id);
        HallBooking booking = line.lockedForChange(id);
        Instant now = now();
        boolean wasConfirmed = booking.status() == BookingStatus.CONFIRMED;
        BookingDependents.refuseWhileDependedOn(dependents, booking.id());
        booking.cancel(caller(), reason, now);
        if (wasConfirmed) {
            schedule.releaseBooking(booking.id());
        }
        if (!booking.isOwnedBy(caller())) {
            line.notify(BookingNotice.Kind.CANCELLED_BY_VENUE, booking, booking.closeReason());
        }
        line.rerankCompetitors(booking, now);
        return BookingSummary.of(booking);
    }

    @Override
    @RolesAllowed(Roles.VENUE_ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int expireHoldsDueBy(Instant cutoff) {
        return expiry.expireDueBy(cutoff == null ? now() : cutoff);
    }

    @Override
    @PermitAll
    public List<PublicBooking> confirmedOccupying(String hallCode) {
        return offer.confirmedOccupying(hallCode);
    }

    /** The booking if the caller may see it: its organizer or the venue admin. Others get "not found". */
    private HallBooking visible(String id) {
        HallBooking booking = bookings.find(id).orElseThrow(() -> DomainException.notFound("BOOKING_NOT_FOUND", id));
        if (!isAdmin() && !booking.isOwnedBy(caller())) {
            throw DomainException.notFound("BOOKING_NOT_FOUND", id);
        }
        return booking;
    }

    private String caller() {
        return Callers.name(context);
    }

    private boolean isAdmin() {
        return Callers.isIn(context, Roles.VENUE_ADMIN);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
