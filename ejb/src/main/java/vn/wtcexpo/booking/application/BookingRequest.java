package vn.wtcexpo.booking.application;

import java.time.Instant;

/**
 * What an organizer asks for: a hall, a title and the whole period the hall is taken, of which the
 * first {@code moveInDays} and last {@code moveOutDays} calendar days are move-in and move-out.
 */
public record BookingRequest(String hall, String title, Instant start, Instant end, Integer moveInDays,
                             Integer moveOutDays) {

    public int moveIn() {
        return moveInDays == null ? 0 : moveInDays;
    }

    public int moveOut() {
        return moveOutDays == null ? 0 : moveOutDays;
    }
}
