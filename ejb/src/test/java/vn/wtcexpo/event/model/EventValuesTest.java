package vn.wtcexpo.event.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An event's bookings and show days are values: EclipseLink compares the event's collections with the copies it
 * read by their equality, and an event of two halls whose bookings compared by identity looked changed at every
 * commit (its version went up on plain reads, and concurrent reads failed with optimistic lock errors).
 */
class EventValuesTest {

    @Test
    void bookingsWithTheSameBookingAndHall_areEqual() {
        Set<EventBooking> read = new LinkedHashSet<>(List.of(new EventBooking("b1", "C"), new EventBooking("b2", "D")));
        Set<EventBooking> copy = new LinkedHashSet<>(List.of(new EventBooking("b2", "D"), new EventBooking("b1", "C")));
        assertEquals(read, copy);
        assertEquals(read.hashCode(), copy.hashCode());
    }

    @Test
    void showDaysWithTheSameDayAndHours_areEqual() {
        LocalDate day = LocalDate.of(2027, 8, 10);
        assertEquals(new ShowDay(day, LocalTime.of(9, 0), LocalTime.MIDNIGHT), new ShowDay(day, LocalTime.of(9, 0), LocalTime.MIDNIGHT));
    }
}
