package vn.wtcexpo.exhibition.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.shared.Rect;

/** Where a company stands at an event (the organizer's list and its exports): "sold" only when paid in full. */
class CompanyStandingTest {

    private static final Instant NOW = Instant.parse("2026-12-06T01:00:00Z");

    private static Reservation hold() {
        Booth booth = new Booth("e", "A", "A-101", new Rect(0, 0, 300, 300), BoothKind.INLINE, Pricing.PER_BOOTH, 30_000_000, null);
        return new Reservation("e", booth, "x", "ex", NOW, NOW.plusSeconds(86_400));
    }

    private static Reservation approved() {
        Reservation r = hold();
        r.approve("organizer", NOW);
        return r;
    }

    private static Reservation paid() {
        Reservation r = approved();
        r.paidInFull();
        return r;
    }

    @Test
    void onePaidBoothOfThree_isReservedNotSold() {
        assertEquals(ReservationStatus.RESERVED, Reservation.standingOf(List.of(paid(), approved(), approved())));
    }

    @Test
    void everyApprovedBoothPaid_isSold() {
        assertEquals(ReservationStatus.SOLD, Reservation.standingOf(List.of(paid(), paid())));
    }

    @Test
    void aHoldBesidePaidBooths_leavesTheCompanySold() {
        assertEquals(ReservationStatus.SOLD, Reservation.standingOf(List.of(paid(), hold())));
    }

    @Test
    void onlyHolds_isOnHold() {
        assertEquals(ReservationStatus.ON_HOLD, Reservation.standingOf(List.of(hold(), hold())));
    }
}
