package vn.wtcexpo.booking.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.shared.DomainException;

/** The venue's booking rules, as the venue admin sets them. */
class BookingPolicyTest {

    private static String refusal(int holdDays, int movePercent) {
        return assertThrows(DomainException.class, () -> new BookingPolicy().change(holdDays, movePercent)).code();
    }

    @Test
    void aHold_lastsItsDays() {
        BookingPolicy p = new BookingPolicy();
        p.change(14, 50);
        assertEquals(Duration.ofDays(14), p.holdLength());
        assertEquals(50, p.moveDayRatePercent());
    }

    @Test
    void aHold_lastsOneToNinetyDays() {
        assertEquals("POLICY_HOLD_DAYS_OUT_OF_RANGE", refusal(0, 50));
        assertEquals("POLICY_HOLD_DAYS_OUT_OF_RANGE", refusal(91, 50));
    }

    @Test
    void aMoveDay_costsNothingToTheWholeRate() {
        assertEquals("POLICY_MOVE_RATE_OUT_OF_RANGE", refusal(7, -1));
        assertEquals("POLICY_MOVE_RATE_OUT_OF_RANGE", refusal(7, 101));
        new BookingPolicy().change(90, 0);
        new BookingPolicy().change(1, 100);
    }

    @Test
    void aRefusedChange_leavesThePolicyAsItWas() {
        BookingPolicy p = new BookingPolicy();
        p.change(7, 50);
        assertThrows(DomainException.class, () -> p.change(7, 200));
        assertEquals(50, p.moveDayRatePercent());
    }
}
