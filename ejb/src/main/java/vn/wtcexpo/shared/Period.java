package vn.wtcexpo.shared;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A half-open stretch of time {@code [start, end)}: the one notion of "overlaps" for bookings, blackouts
 * and VAT rules. Two periods that only touch (one ends when the other starts) do not overlap.
 */
public record Period(Instant start, Instant end) {

    /** Far enough in the future to stand for "open-ended". */
    public static final Instant END_OF_TIME = Instant.parse("9999-12-31T00:00:00Z");

    public Period {
        if (start == null || end == null || !end.isAfter(start)) {
            throw new IllegalArgumentException("a period ends after it starts: " + start + " – " + end);
        }
    }

    /** The local days {@code first} to {@code last} in Vietnam, both included; {@code last} null: open-ended. */
    public static Period ofDays(LocalDate first, LocalDate last) {
        return new Period(first.atStartOfDay(Formats.VIETNAM).toInstant(),
                last == null ? END_OF_TIME : last.plusDays(1).atStartOfDay(Formats.VIETNAM).toInstant());
    }

    public boolean overlaps(Period other) {
        return start.isBefore(other.end) && end.isAfter(other.start);
    }

    public boolean overlaps(Instant from, Instant to) {
        return start.isBefore(to) && end.isAfter(from);
    }
}
