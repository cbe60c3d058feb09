package vn.wtcexpo.booking.application;

import java.time.Instant;
import java.util.List;

/**
 * Hall booking use cases. Each method is one transaction; refusals are
 * {@link vn.wtcexpo.shared.DomainException}s ({@code HALL_UNAVAILABLE}, {@code NOT_FIRST_IN_LINE}, ...).
 * Organizers see and change only their own bookings; the venue admin sees and changes all.
 */
public interface BookingService {

    /** Availability, the rank a hold would get, and the quote, without booking anything. */
    Availability check(BookingRequest request);

    /** Places a tentative hold with the next rank on its slot. */
    BookingSummary request(BookingRequest request);

    BookingSummary booking(String id);

    /**
     * @param hall a hall code or null; {@code from} and {@code to} may be null for "any time"
     */
    List<BookingSummary> bookings(String hall, Instant from, Instant to);

    /**
     * Confirms a hold (venue admin). A hold that is not first in line needs {@code override} and a reason;
     * the holders ahead are told.
     */
    BookingSummary confirm(String id, boolean override, String reason);

    /** Turns a hold down (venue admin); the holds behind it move up. */
    BookingSummary reject(String id, String reason);

    /** Calls a booking off (its organizer or the venue admin); the holds behind it move up. */
    BookingSummary cancel(String id, String reason);


    /** Expires every hold whose option date is at or before {@code cutoff} (venue admin). */
    int expireHoldsDueBy(Instant cutoff);

    /** Confirmed bookings occupying a hall (its own, its parts', combined halls over it), for calendar apps. */
    List<PublicBooking> confirmedOccupying(String hallCode);
}
