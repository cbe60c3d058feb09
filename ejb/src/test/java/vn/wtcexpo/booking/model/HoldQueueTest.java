package vn.wtcexpo.booking.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.wtcexpo.booking.model.TestBookings.A;
import static vn.wtcexpo.booking.model.TestBookings.AB;
import static vn.wtcexpo.booking.model.TestBookings.C;
import static vn.wtcexpo.booking.model.TestBookings.T0;
import static vn.wtcexpo.booking.model.TestBookings.days;
import static vn.wtcexpo.booking.model.TestBookings.hold;

import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The line of holds for some floor space. */
class HoldQueueTest {

    private static final BookingPeriod AUG = days(2030, 8, 10, 12);

    @Test
    void aNewcomer_queuesBehindEveryLiveHoldOnTheSameFloor() {
        HoldQueue q = new HoldQueue(List.of(hold(A, AUG, 1), hold(AB, AUG, 2), hold(C, AUG, 3)));
        assertEquals(3, q.placeOfNewcomer(A, T0.plus(1, ChronoUnit.HOURS)));
    }

    @Test
    void anExpiredHold_holdsNoPlace() {
        HoldQueue q = new HoldQueue(List.of(hold(A, AUG, 1)));
        assertEquals(1, q.placeOfNewcomer(A, T0.plus(8, ChronoUnit.DAYS)));
    }

    @Test
    void aNewcomer_joinsAfterEveryStoredRequest_evenWhenTheClockSteppedBack() {
        HallBooking later = hold(A, AUG, 10);
        HoldQueue q = new HoldQueue(List.of(hold(A, AUG, 1), later));
        assertEquals(later.requestedAt().plus(1, ChronoUnit.MICROS), q.joinTime(T0.plusSeconds(60)));
        assertEquals(T0.plus(1, ChronoUnit.HOURS), q.joinTime(T0.plus(1, ChronoUnit.HOURS)));
    }

    @Test
    void theHoldsAhead_areTheEarlierCompetingOnes() {
        HallBooking first = hold(A, AUG, 1);
        HallBooking elsewhere = hold(C, AUG, 2);
        HallBooking third = hold(AB, AUG, 3);
        HoldQueue q = new HoldQueue(List.of(first, elsewhere, third));
        assertEquals(List.of(first), q.aheadOf(third));
        assertEquals(2, q.rankOf(third));
    }
}
