package vn.wtcexpo.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The life of a hold that hall bookings and booth reservations share. */
class HoldTest {

    private static final Instant T0 = Instant.parse("2030-03-01T02:00:00Z");
    private static final Instant UNTIL = T0.plus(Duration.ofDays(7));

    @Test
    void anOption_runsUntilItsExpiry_andNotAtIt() {
        Hold h = Hold.asked(T0, UNTIL);
        assertTrue(h.runsAt(UNTIL.minusMillis(1)));
        assertFalse(h.runsAt(UNTIL));
    }

    @Test
    void anOption_isDueForTheTimer_atItsExpiry() {
        Hold h = Hold.asked(T0, UNTIL);
        assertFalse(h.isDueBy(UNTIL.minusMillis(1)));
        assertTrue(h.isDueBy(UNTIL));
    }

    @Test
    void moreTime_movesTheExpiry() {
        Hold h = Hold.asked(T0, UNTIL);
        h.extendTo(UNTIL.plus(Duration.ofDays(3)), T0);
        assertEquals(UNTIL.plus(Duration.ofDays(3)), h.expiresAt());
    }

    @Test
    void moreTime_neverEndsInThePast() {
        Hold h = Hold.asked(T0, UNTIL);
        DomainException e = assertThrows(DomainException.class, () -> h.extendTo(T0, T0));
        assertEquals("HOLD_UNTIL_IN_PAST", e.code());
        assertEquals(UNTIL, h.expiresAt());
    }

    @Test
    void aClosure_keepsWhoAndWhyAndWhen() {
        Hold h = Hold.asked(T0, UNTIL);
        h.close("venue", "Hall under repair", T0.plusSeconds(60));
        assertTrue(h.isClosed());
        assertEquals("venue", h.closedBy());
        assertEquals("Hall under repair", h.closeReason());
        assertEquals(T0.plusSeconds(60), h.closedAt());
    }

    @Test
    void anExpiry_isClosedByNobody() {
        Hold h = Hold.asked(T0, UNTIL);
        h.close(null, null, UNTIL);
        assertTrue(h.isClosed());
        assertNull(h.closedBy());
    }

    @Test
    void aReason_isOptionalButBounded() {
        assertNull(Hold.reason("  "));
        assertEquals("two\nlines", Hold.reason("two\nlines"));
        assertThrows(DomainException.class, () -> Hold.reason("x".repeat(Hold.MAX_REASON + 1)));
    }

    @Test
    void aNewcomer_joinsAfterEveryEarlierRequest_evenWhenTheClockSteppedBack() {
        Instant later = T0.plusSeconds(600);
        assertEquals(later.plus(1, ChronoUnit.MICROS), Hold.joinTime(T0.plusSeconds(60), List.of(T0, later)));
        assertEquals(T0.plusSeconds(900), Hold.joinTime(T0.plusSeconds(900), List.of(T0, later)));
    }

    @Test
    void aHold_needsBothMoments() {
        assertThrows(IllegalArgumentException.class, () -> Hold.asked(T0, null));
    }
}
