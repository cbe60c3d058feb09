package vn.wtcexpo.rest.booking;

import java.time.OffsetDateTime;
import vn.wtcexpo.booking.application.BookingRequest;
import vn.wtcexpo.rest.ApiTime;

/**
 * A booking request on the API: {@code {"hall": "A", "title": "...", "start": "...", "end": "..."}} and,
 * optionally, how many of the first and last days are move-in and move-out days.
 */
public record BookingInput(String hall, String title, OffsetDateTime start, OffsetDateTime end, Integer moveInDays,
                           Integer moveOutDays) {

    BookingRequest toRequest() {
        return new BookingRequest(hall, title, ApiTime.in(start), ApiTime.in(end), moveInDays, moveOutDays);
    }
}
