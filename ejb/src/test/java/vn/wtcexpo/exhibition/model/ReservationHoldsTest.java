package vn.wtcexpo.exhibition.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.shared.Rect;

/** What the event's limit on holds per company counts: the company's holds at that event, nothing else. */
class ReservationHoldsTest {

    private static final Instant NOW = Instant.parse("2026-12-06T01:00:00Z");

    private static Reservation hold(String eventId) {
        Booth booth = new Booth(eventId, "A", "A-101", new Rect(0, 0, 300, 300), BoothKind.INLINE, Pricing.PER_BOOTH, 30_000_000, null);
        return new Reservation(eventId, booth, "x", "ex", NOW, NOW.plusSeconds(86_400));
    }

    @Test
    void holdsAtTheEvent_count() {
        assertEquals(2, Reservation.onHoldAt(List.of(hold("e"), hold("e")), "e"));
    }

    @Test
    void holdsAtAnotherEvent_doNotCount() {
        assertEquals(1, Reservation.onHoldAt(List.of(hold("e"), hold("other")), "e"));
    }

    @Test
    void anApprovedOrClosedBooth_doesNotCount() {
        Reservation approved = hold("e");
        approved.approve("organizer", NOW);
        Reservation rejected = hold("e");
        rejected.reject("organizer", "Trùng gian", NOW);
        assertEquals(1, Reservation.onHoldAt(List.of(approved, rejected, hold("e")), "e"));
    }
}
