package vn.wtcexpo.booking.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.wtcexpo.booking.model.TestBookings.at;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.shared.DomainException;

class BookingPeriodTest {

    @Test
    void days_areCountedInVietnamTime() {
        // 08:00 on 10 Aug to 18:00 on 13 Aug, local: four days
        BookingPeriod p = new BookingPeriod(at(2030, 8, 10, 8), at(2030, 8, 13, 18), 0, 0);
        assertEquals(List.of(LocalDate.of(2030, 8, 10), LocalDate.of(2030, 8, 11), LocalDate.of(2030, 8, 12),
                LocalDate.of(2030, 8, 13)), p.days());
    }

    @Test
    void endAtMidnight_doesNotTouchTheNextDay() {
        assertEquals(2, new BookingPeriod(at(2030, 8, 10, 0), at(2030, 8, 12, 0), 0, 0).days().size());
    }

    @Test
    void phases_splitTheDays() {
        BookingPeriod p = new BookingPeriod(at(2030, 8, 8, 0), at(2030, 8, 15, 0), 2, 1);
        List<BookingPeriod.Span> phases = p.phases();
        assertEquals(List.of(Phase.MOVE_IN, Phase.SHOW, Phase.MOVE_OUT), phases.stream().map(BookingPeriod.Span::phase).toList());
        assertEquals(2, phases.get(0).days().size());
        assertEquals(4, phases.get(1).days().size());
        assertEquals(at(2030, 8, 10, 0), phases.get(1).start());
        assertEquals(at(2030, 8, 14, 0), phases.get(2).start());
    }

    @Test
    void endBeforeStart_isRefused() {
        assertEquals("PERIOD_END_BEFORE_START", assertThrows(DomainException.class,
                () -> new BookingPeriod(at(2030, 8, 10, 0), at(2030, 8, 9, 0), 0, 0)).code());
    }

    @Test
    void noShowDay_isRefused() {
        assertEquals("BOOKING_NEEDS_A_SHOW_DAY", assertThrows(DomainException.class,
                () -> new BookingPeriod(at(2030, 8, 10, 0), at(2030, 8, 12, 0), 1, 1)).code());
    }

    @Test
    void periodInThePast_isRefused() {
        BookingPeriod p = new BookingPeriod(at(2030, 8, 10, 0), at(2030, 8, 12, 0), 0, 0);
        assertEquals("PERIOD_IN_PAST", assertThrows(DomainException.class, () -> p.checkNotPast(at(2030, 8, 11, 0))).code());
    }

    @Test
    void overNinetyDays_isRefused() {
        assertEquals("BOOKING_TOO_LONG", assertThrows(DomainException.class,
                () -> new BookingPeriod(at(2030, 1, 1, 0), at(2030, 4, 2, 0), 0, 0)).code());
    }
}
