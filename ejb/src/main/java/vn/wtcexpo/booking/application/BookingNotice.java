package vn.wtcexpo.booking.application;

import java.time.Instant;

/**
 * Something an organizer must be told about one of their bookings. Fired inside the use case's
 * transaction, delivered by e-mail only after it commits.
 */
public record BookingNotice(Kind kind, String bookingId, String recipient, String email, String hall, String title,
                            Instant start, Instant end, Integer rank, Instant holdExpiresAt, String reason) {

    public enum Kind {
        /** A hold was placed (rank and option date). */
        HOLD_PLACED,
        /** The booking was confirmed. */
        CONFIRMED,
        /** The hold moved to the front of the line. */
        MOVED_UP,
        /** A hold behind this one was confirmed ahead of it, with a reason. */
        QUEUE_JUMPED,
        /** The option date passed. */
        EXPIRED,
        /** The venue turned the hold down. */
        REJECTED,
        /** The venue cancelled the booking. */
        CANCELLED_BY_VENUE
    }
}
