package vn.wtcexpo.gate.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.gate.model.ScanLedger.Arrival;
import vn.wtcexpo.gate.model.ScanLedger.Presence;

class ScanLedgerTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);
    /** 08:10 in Vietnam: a day that does not open on a quarter of the clock. */
    private static final Instant OPENING = Instant.parse("2026-12-07T01:10:00Z");

    @Test
    void anEntry_isAnArrival_whenTheHolderHasNotEnteredThatDay() {
        assertTrue(new Presence(null, null, null, null, null).arrivesOn(DAY));
        assertTrue(new Presence(null, null, "A-OUT", Instant.EPOCH, DAY.minusDays(1)).arrivesOn(DAY));
    }

    @Test
    void anEntry_afterLeavingTheSameDay_isNoArrival() {
        assertFalse(new Presence(null, null, "A-OUT", OPENING, DAY).arrivesOn(DAY));
    }

    @Test
    void quarterHours_areCountedFromTheDaysOpening() {
        assertEquals(OPENING, Arrival.quarterOf(OPENING, OPENING));
        assertEquals(OPENING, Arrival.quarterOf(OPENING, OPENING.plusSeconds(899)));
        assertEquals(OPENING.plusSeconds(900), Arrival.quarterOf(OPENING, OPENING.plusSeconds(900)));
    }

    @Test
    void anArrivalBeforeTheOpening_isInAQuarterBeforeIt() {
        assertEquals(OPENING.minusSeconds(900), Arrival.quarterOf(OPENING, OPENING.minusSeconds(1)));
        assertEquals(OPENING.minusSeconds(3600), Arrival.quarterOf(OPENING, OPENING.minusSeconds(2701)));
    }

    @Test
    void aQuarterStart_isCountedInQuartersSinceTheOpening() {
        assertEquals(0, Arrival.quartersSince(OPENING, OPENING));
        assertEquals(3, Arrival.quartersSince(OPENING, OPENING.plusSeconds(3 * 900)));
        assertEquals(-4, Arrival.quartersSince(OPENING, OPENING.minusSeconds(3600)));
    }
}
