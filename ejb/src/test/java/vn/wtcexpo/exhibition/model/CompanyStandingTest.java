package vn.wtcexpo.exhibition.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a company stands at an event (the organizer's list and its exports): "sold" only when paid in full. */
class CompanyStandingTest {

    private static Reservation hold() {
        return HeldBooth.at("e").reservation();
    }

    private static Reservation approved() {
        return HeldBooth.at("e").approved().reservation();
    }

    private static Reservation paid() {
        return HeldBooth.at("e").approved().paid().reservation();
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
