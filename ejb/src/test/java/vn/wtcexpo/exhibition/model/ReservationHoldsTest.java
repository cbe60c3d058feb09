package vn.wtcexpo.exhibition.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the event's limit on holds per company counts: the company's holds at that event, nothing else. */
class ReservationHoldsTest {

    @Test
    void holdsAtTheEvent_count() {
        assertEquals(2, Reservation.onHoldAt(List.of(HeldBooth.at("e").reservation(), HeldBooth.at("e").reservation()), "e"));
    }

    @Test
    void holdsAtAnotherEvent_doNotCount() {
        assertEquals(1, Reservation.onHoldAt(List.of(HeldBooth.at("e").reservation(), HeldBooth.at("other").reservation()), "e"));
    }

    @Test
    void anApprovedOrClosedBooth_doesNotCount() {
        assertEquals(1, Reservation.onHoldAt(List.of(HeldBooth.at("e").approved().reservation(),
                HeldBooth.at("e").rejected("Trùng gian").reservation(), HeldBooth.at("e").reservation()), "e"));
    }
}
