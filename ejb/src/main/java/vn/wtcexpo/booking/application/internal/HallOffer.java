package vn.wtcexpo.booking.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.wtcexpo.booking.application.Availability;
import vn.wtcexpo.booking.application.BookingRequest;
import vn.wtcexpo.booking.application.PublicBooking;
import vn.wtcexpo.booking.model.BookingPeriod;
import vn.wtcexpo.booking.model.BookingPolicy;
import vn.wtcexpo.booking.model.BookingRepository;
import vn.wtcexpo.booking.model.HoldQueue;
import vn.wtcexpo.booking.model.Quote;
import vn.wtcexpo.booking.model.QuoteCalculator;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.venue.model.Hall;
import vn.wtcexpo.venue.model.HallCode;
import vn.wtcexpo.venue.model.HallOccupation;
import vn.wtcexpo.venue.model.HallRepository;
import vn.wtcexpo.venue.model.HallSchedule;

/**
 * What the venue offers an organizer who asks for a hall: whether it can be booked, for which period, at what price,
 * and what stands in the way. Reads only, without locks (a request checks again under them). Joins the caller's
 * transaction.
 */
@ApplicationScoped
public class HallOffer {

    @Inject
    private BookingRepository bookings;

    @Inject
    private HallRepository halls;

    @Inject
    private HallSchedule schedule;

    /** The answer to "is this hall free then, and what would it cost": conflicts, place in line, option days, quote. */
    public Availability availability(BookingRequest request, Instant now) {
        BookingPeriod period = period(request, now);
        Hall hall = bookable(request);
        List<Availability.Conflict> conflicts = new ArrayList<>();
        for (HallOccupation o : schedule.occupied(hall, period.start(), period.end())) {
            conflicts.add(new Availability.Conflict(o.isBooking() ? "BOOKING" : "BLACKOUT", o.hallCode(),
                    o.startsAt(), o.endsAt(), o.isBooking() ? null : blackoutReason(o)));
        }
        int rank = new HoldQueue(bookings.liveOn(schedule.sharingSpaceWith(hall), period.start(), period.end()))
                .placeOfNewcomer(hall, now);
        BookingPolicy policy = bookings.policy();
        return new Availability(hall.code(), period, conflicts.isEmpty(), conflicts, rank, policy.holdDays(),
                quote(hall, period, policy));
    }

    /** The hall asked for, if it exists and is in service: {@code HALL_REQUIRED}, {@code HALL_NOT_FOUND}, {@code HALL_RETIRED}. */
    public Hall bookable(BookingRequest request) {
        if (request.hall() == null || request.hall().isBlank()) {
            throw DomainException.invalid("hall", "HALL_REQUIRED");
        }
        String code = HallCode.normalize(request.hall());
        Hall hall = halls.find(code).orElseThrow(() -> DomainException.notFound("HALL_NOT_FOUND", code));
        if (!hall.isActive()) {
            throw DomainException.conflict("HALL_RETIRED", code);
        }
        return hall;
    }

    /** What the hall costs for the period under the venue's current policy and VAT rules. */
    public Quote quote(Hall hall, BookingPeriod period, BookingPolicy policy) {
        return QuoteCalculator.quote(hall.dayRateVnd(), period, policy.moveDayRatePercent(), bookings.vatRules());
    }

    /** A request there is: {@code VALUE_REQUIRED} when the body was empty. */
    public static BookingRequest required(BookingRequest request) {
        if (request == null) {
            throw DomainException.invalid("request", "VALUE_REQUIRED");
        }
        return request;
    }

    /** The period asked for, checked, and not in the past at {@code now}. */
    public static BookingPeriod period(BookingRequest request, Instant now) {
        BookingPeriod period = new BookingPeriod(request.start(), request.end(), request.moveIn(), request.moveOut());
        period.checkNotPast(now);
        return period;
    }

    /** Confirmed bookings occupying a hall (its own, its parts', combined halls over it), for calendar apps. */
    public List<PublicBooking> confirmedOccupying(String hallCode) {
        Hall hall = halls.find(HallCode.normalize(hallCode))
                .orElseThrow(() -> DomainException.notFound("HALL_NOT_FOUND", hallCode));
        return bookings.confirmedOn(schedule.sharingSpaceWith(hall)).stream()
                .filter(b -> b.hall().sharesSpaceWith(hall))
                .map(b -> new PublicBooking(b.id(), b.hall().code(), b.title(), b.startsAt(), b.endsAt(), b.confirmedAt()))
                .toList();
    }

    private String blackoutReason(HallOccupation o) {
        return halls.findBlackout(o.blackoutId()).map(b -> b.reason()).orElse(null);
    }
}
