package vn.wtcexpo.exhibition.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Rect;

class BoothTest {

    private static Booth booth() {
        return new Booth("e", "A", "A-101", new Rect(0, 0, 300, 300), BoothKind.INLINE, Pricing.PER_BOOTH, 30_000_000, null);
    }

    @Test
    void aBooth_goesFromAvailableToHeldToReservedToSold() {
        Booth b = booth();
        b.hold();
        assertEquals(BoothStatus.ON_HOLD, b.status());
        b.reserve();
        assertEquals(BoothStatus.RESERVED, b.status());
        b.sell();
        assertEquals(BoothStatus.SOLD, b.status());
    }

    @Test
    void aHeldBooth_cannotBeHeldAgain() {
        Booth b = booth();
        b.hold();
        assertEquals("BOOTH_TAKEN", assertThrows(DomainException.class, b::hold).code());
    }

    @Test
    void aBlockedArea_isNeverHeld() {
        Booth stage = new Booth("e", "A", "STAGE", new Rect(0, 0, 600, 300), BoothKind.BLOCKED, Pricing.PER_BOOTH, 0, "Stage");
        assertEquals(BoothStatus.BLOCKED, stage.status());
        assertEquals("BOOTH_TAKEN", assertThrows(DomainException.class, stage::hold).code());
    }

    @Test
    void aHeldBooth_cannotBeMovedOrRepriced() {
        Booth b = booth();
        b.hold();
        assertEquals("BOOTH_NOT_FREE", assertThrows(DomainException.class, () -> b.change("A-101", new Rect(300, 0, 300, 300),
                BoothKind.INLINE, Pricing.PER_BOOTH, 1, null)).code());
    }

    @Test
    void aReleasedBooth_isAvailableAgain() {
        Booth b = booth();
        b.hold();
        b.release();
        assertEquals(BoothStatus.AVAILABLE, b.status());
    }

    @Test
    void aPricePerSquareMetre_timesTheArea_roundedToWholeDong() {
        Booth b = new Booth("e", "A", "A-1", new Rect(0, 0, 250, 330), BoothKind.INLINE, Pricing.PER_SQM, 3_333_333, null);
        // 2.5 m × 3.3 m = 8.25 m² × 3,333,333 = 27,499,997.25 → 27,499,997
        assertEquals(27_499_997L, b.netPriceVnd());
    }

    @Test
    void aNegativePrice_isRefused() {
        assertEquals("BOOTH_PRICE_OUT_OF_RANGE", assertThrows(DomainException.class, () -> new Booth("e", "A", "A-1",
                new Rect(0, 0, 300, 300), BoothKind.INLINE, Pricing.PER_BOOTH, -1, null)).code());
    }
}
