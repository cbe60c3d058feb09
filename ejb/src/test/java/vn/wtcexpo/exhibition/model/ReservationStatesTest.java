package vn.wtcexpo.exhibition.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import vn.wtcexpo.shared.DomainException;

/** A booth and its reservation change state together, never one without the other. */
class ReservationStatesTest {

    @Test
    void aReservation_putsItsBoothOnHold() {
        assertEquals(BoothStatus.ON_HOLD, HeldBooth.at("e").booth().status());
    }

    @Test
    void aBoothOnHold_cannotBeHeldAgain() {
        HeldBooth held = HeldBooth.at("e");
        DomainException e = assertThrows(DomainException.class,
                () -> new Reservation("e", held.booth(), "y", "ey", HeldBooth.NOW, HeldBooth.NOW.plusSeconds(60)));
        assertEquals("BOOTH_TAKEN", e.code());
    }

    @Test
    void approving_reservesTheBooth() {
        HeldBooth h = HeldBooth.at("e").approved();
        assertEquals(ReservationStatus.RESERVED, h.reservation().status());
        assertEquals(BoothStatus.RESERVED, h.booth().status());
    }

    @Test
    void paidInFull_sellsTheBooth() {
        HeldBooth h = HeldBooth.at("e").approved().paid();
        assertEquals(ReservationStatus.SOLD, h.reservation().status());
        assertEquals(BoothStatus.SOLD, h.booth().status());
    }

    @Test
    void cancelling_freesTheBooth() {
        HeldBooth h = HeldBooth.at("e").approved();
        h.reservation().cancel(h.booth(), "organizer", "asked", true, HeldBooth.NOW);
        assertEquals(ReservationStatus.CANCELLED, h.reservation().status());
        assertEquals(BoothStatus.AVAILABLE, h.booth().status());
    }

    @Test
    void expiring_freesTheBooth() {
        HeldBooth h = HeldBooth.at("e");
        h.reservation().expire(h.booth(), HeldBooth.NOW);
        assertEquals(BoothStatus.AVAILABLE, h.booth().status());
    }

    @Test
    void aRefusedMove_leavesTheBoothAsItWas() {
        HeldBooth h = HeldBooth.at("e");
        assertThrows(DomainException.class, () -> h.paid()); // not approved yet
        assertEquals(BoothStatus.ON_HOLD, h.booth().status());
        assertEquals(ReservationStatus.ON_HOLD, h.reservation().status());
    }

    @Test
    void anotherReservationsBooth_isRefused() {
        HeldBooth mine = HeldBooth.at("e");
        HeldBooth other = HeldBooth.at("e");
        assertThrows(IllegalArgumentException.class,
                () -> mine.reservation().approve(other.booth(), "organizer", HeldBooth.NOW));
        assertEquals(BoothStatus.ON_HOLD, other.booth().status());
    }
}
