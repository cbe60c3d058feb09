package vn.wtcexpo.booking.application;

import java.util.List;

/**
 * What other contexts have built on a confirmed booking (an event runs on it). Asked, under the
 * booking's lock, before the booking is cancelled. Reads in the caller's transaction and changes nothing.
 */
public interface BookingDependents {

    /** Labels of what depends on the booking (event names); empty when nothing does. */
    List<String> dependentsOf(String bookingId);

    /** Refuses to call a booking off while anything depends on it: {@code BOOKING_CARRIES_EVENT}, naming them. */
    static void refuseWhileDependedOn(Iterable<BookingDependents> all, String bookingId) {
        for (BookingDependents d : all) {
            List<String> found = d.dependentsOf(bookingId);
            if (!found.isEmpty()) {
                throw vn.wtcexpo.shared.DomainException.conflict("BOOKING_CARRIES_EVENT", String.join(", ", found));
            }
        }
    }
}
