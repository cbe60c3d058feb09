package vn.wtcexpo.booking.application;

import java.time.Instant;
import java.util.List;
import vn.wtcexpo.booking.model.BookingPeriod;
import vn.wtcexpo.booking.model.Quote;

/**
 * What an organizer learns before asking: whether the hall is free of confirmed bookings and blackouts
 * for the period, which rank a hold would get, and the quote.
 */
public record Availability(String hall, BookingPeriod period, boolean available, List<Conflict> conflicts,
                           int rankIfRequested, int holdDays, Quote quote) {

    /** Something that takes the hall in the period: a confirmed booking or a blackout. */
    public record Conflict(String kind, String hall, Instant start, Instant end, String reason) {
    }
}
