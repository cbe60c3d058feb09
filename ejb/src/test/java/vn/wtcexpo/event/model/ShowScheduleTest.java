package vn.wtcexpo.event.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Formats;

/** When an event is open. */
class ShowScheduleTest {

    private static final LocalDate D1 = LocalDate.of(2027, 3, 15);
    private static final Set<LocalDate> BOOKED = Set.of(D1, D1.plusDays(1), D1.plusDays(2));

    private static Instant at(LocalDate day, int hour) {
        return LocalDateTime.of(day, LocalTime.of(hour, 0)).atZone(Formats.VIETNAM).toInstant();
    }

    @Test
    void eachDay_opensAndClosesAtTheTimesOfTheFirstAndLast() {
        ShowSchedule s = ShowSchedule.of(at(D1, 9), at(D1.plusDays(2), 17), BOOKED);
        assertEquals(3, s.days().size());
        assertEquals(LocalTime.of(9, 0), s.days().get(2).opens());
        assertEquals(LocalTime.of(17, 0), s.days().get(0).closes());
    }

    @Test
    void closingAtMidnight_endsTheDayBefore() {
        ShowSchedule s = ShowSchedule.of(at(D1, 0), at(D1.plusDays(2), 0), BOOKED);
        assertEquals(2, s.days().size());
    }

    @Test
    void aDayNotBooked_isRefused() {
        assertEquals("EVENT_OUTSIDE_BOOKINGS", assertThrows(DomainException.class,
                () -> ShowSchedule.of(at(D1, 9), at(D1.plusDays(3), 17), BOOKED)).code());
    }

    @Test
    void closingBeforeOpening_isRefused() {
        assertEquals("EVENT_CLOSES_BEFORE_OPENING", assertThrows(DomainException.class,
                () -> ShowSchedule.of(at(D1, 17), at(D1.plusDays(1), 9), BOOKED)).code());
    }

    @Test
    void theLastDaysHours_moveTheEnd() {
        ShowSchedule s = ShowSchedule.of(at(D1, 9), at(D1.plusDays(2), 17), BOOKED)
                .withHours(D1.plusDays(2), LocalTime.of(9, 0), LocalTime.of(12, 0));
        assertEquals(at(D1.plusDays(2), 12), s.end());
        assertEquals(at(D1, 9), s.start());
    }
}
