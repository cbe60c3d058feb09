package vn.wtcexpo.booking.application;

import java.time.Instant;

/** A confirmed booking as the public (and calendar apps) may see it. */
public record PublicBooking(String id, String hall, String title, Instant start, Instant end, Instant confirmedAt) {
}
