package vn.wtcexpo.event.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.shared.DomainException;

/** The confirmed bookings an event runs on. */
class BookedHallsTest {

    private static final LocalDate D1 = LocalDate.of(2030, 8, 10);

    private static List<LocalDate> days(int from, int to) {
        List<LocalDate> days = new ArrayList<>();
        for (int d = from; d <= to; d++) {
            days.add(D1.plusDays(d));
        }
        return days;
    }

    /** The start of day {@code d}'s show time (midnight, as a booking without move-in days on whole days). */
    private static Instant start(int d) {
        return D1.plusDays(d).atStartOfDay(vn.wtcexpo.shared.Formats.VIETNAM).toInstant();
    }

    /** The end of a show time whose last day is {@code d}. */
    private static Instant end(int d) {
        return start(d + 1);
    }

    @Test
    void theShowTime_isTheTimeEveryBookingHoldsForTheShow() {
        BookedHalls b = new BookedHalls();
        b.add("b1", "org", "A", days(1, 3), List.of(), start(1).plusSeconds(8 * 3600), end(3));
        b.add("b2", "org", "B", days(1, 3), List.of(), start(1), end(3).minusSeconds(6 * 3600));
        assertEquals(start(1).plusSeconds(8 * 3600), b.showFrom(), "the later start");
        assertEquals(end(3).minusSeconds(6 * 3600), b.showUntil(), "the earlier end");
    }

    @Test
    void theShowDays_areThoseEveryBookingShowsOn() {
        BookedHalls b = new BookedHalls();
        b.add("b1", "org", "A", days(1, 3), List.of(D1), start(1), end(3));
        b.add("b2", "org", "B", days(2, 4), List.of(D1.plusDays(1)), start(2), end(4));
        assertEquals(Set.copyOf(days(2, 3)), b.showDays());
    }

    @Test
    void theMoveDays_areEveryBookingsMoveDays_butNeverAShowDay() {
        BookedHalls b = new BookedHalls();
        b.add("b1", "org", "A", days(2, 3), List.of(D1, D1.plusDays(4)), start(2), end(3));
        b.add("b2", "org", "B", days(1, 3), List.of(D1), start(1), end(3));
        // day 1 is a show day of B only and a move day of nobody: neither; day 4 is A's move-out day
        assertEquals(Set.of(D1, D1.plusDays(4)), b.moveDays());
    }

    @Test
    void bookingsOfTwoOrganizers_areRefused() {
        BookedHalls b = new BookedHalls();
        b.add("b1", "org", "A", days(1, 2), List.of(), start(1), end(2));
        DomainException e = assertThrows(DomainException.class,
                () -> b.add("b2", "other", "B", days(1, 2), List.of(), start(1), end(2)));
        assertEquals("EVENT_BOOKINGS_OF_DIFFERENT_ORGANIZERS", e.code());
    }

    @Test
    void oneHallTwice_isRefused() {
        BookedHalls b = new BookedHalls();
        b.add("b1", "org", "A", days(1, 2), List.of(), start(1), end(2));
        DomainException e = assertThrows(DomainException.class,
                () -> b.add("b2", "org", "A", days(3, 4), List.of(), start(3), end(4)));
        assertEquals("EVENT_HALL_TWICE", e.code());
    }

    @Test
    void theOrganizer_isTheBookingsHolder() {
        BookedHalls b = new BookedHalls();
        b.add("b1", "org", "A", days(1, 2), List.of(), start(1), end(2));
        assertEquals("org", b.organizer());
        assertEquals(1, b.bookings().size());
    }

    @Test
    void noBookingIds_areRefused() {
        assertEquals("EVENT_NEEDS_A_BOOKING", assertThrows(DomainException.class, () -> BookedHalls.ids(List.of())).code());
        assertEquals("EVENT_NEEDS_A_BOOKING", assertThrows(DomainException.class, () -> BookedHalls.ids(null)).code());
    }

    @Test
    void aBlankOrOverlongId_isRefused() {
        assertEquals("BOOKING_ID_INVALID", assertThrows(DomainException.class, () -> BookedHalls.ids(List.of(" "))).code());
        assertEquals("BOOKING_ID_INVALID",
                assertThrows(DomainException.class, () -> BookedHalls.ids(List.of("x".repeat(37)))).code());
    }

    @Test
    void aRepeatedId_countsOnce() {
        assertEquals(Set.of("b1"), BookedHalls.ids(List.of("b1", " b1 ")));
    }

    @Test
    void moreThanTheMostBookings_areRefused() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i <= BookedHalls.MAX_BOOKINGS; i++) {
            many.add("b" + i);
        }
        assertEquals("EVENT_TOO_MANY_BOOKINGS", assertThrows(DomainException.class, () -> BookedHalls.ids(many)).code());
        assertEquals(BookedHalls.MAX_BOOKINGS, BookedHalls.ids(many.subList(0, BookedHalls.MAX_BOOKINGS)).size());
    }
}
