package vn.wtcexpo.exhibition.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Rect;

/** A decline always says why. */
class ReservationDeclineTest {

    private static final Instant NOW = Instant.parse("2026-12-06T01:00:00Z");

    private static Reservation hold() {
        Booth booth = new Booth("e", "A", "A-101", new Rect(0, 0, 300, 300), BoothKind.INLINE, Pricing.PER_BOOTH, 30_000_000, null);
        return new Reservation("e", booth, "x", "ex", NOW, NOW.plusSeconds(86_400));
    }

    @Test
    void aDeclineWithoutAReason_isRefused() {
        DomainException e = assertThrows(DomainException.class, () -> hold().reject("organizer", "   ", NOW));
        assertEquals("REASON_REQUIRED", e.code());
    }

    @Test
    void theReasonIsCheckedBeforeTheState() {
        Reservation approved = hold();
        approved.approve("organizer", NOW);
        DomainException e = assertThrows(DomainException.class, () -> approved.reject("organizer", null, NOW));
        assertEquals("REASON_REQUIRED", e.code());
    }

    @Test
    void aDeclineKeepsItsReason() {
        Reservation r = hold();
        r.reject("organizer", "Ngành hàng không phù hợp", NOW);
        assertEquals("Ngành hàng không phù hợp", r.closeReason());
    }
}
