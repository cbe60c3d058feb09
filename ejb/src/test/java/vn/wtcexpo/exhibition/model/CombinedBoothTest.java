package vn.wtcexpo.exhibition.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Rect;

/** Booths side by side sold as one. */
class CombinedBoothTest {

    private static Booth booth(String number, int xCm, BoothKind kind, Pricing pricing, long price) {
        return new Booth("e", "A", number, new Rect(xCm, 0, 300, 300), kind, pricing, price, null);
    }

    @Test
    void itIsNumberedAfterItsParts_unlessNamed() {
        assertEquals("A-1+A-2", CombinedBooth.numberOf(List.of("A-1", "A-2"), " "));
        assertEquals("A-12", CombinedBooth.numberOf(List.of("A-1", "A-2"), "A-12"));
    }

    @Test
    void itCoversItsParts_atTheSumOfTheirPrices_andTheMostOpenKind() {
        Booth c = CombinedBooth.over("e", List.of(booth("A-1", 0, BoothKind.INLINE, Pricing.PER_BOOTH, 30_000_000),
                booth("A-2", 300, BoothKind.CORNER, Pricing.PER_BOOTH, 35_000_000)), "A-1", "A-1+A-2");
        assertEquals(new Rect(0, 0, 600, 300), c.area());
        assertEquals(65_000_000, c.priceVnd());
        assertEquals(BoothKind.CORNER, c.kind());
    }

    @Test
    void pricedPerSquareMetre_itKeepsTheFirstBoothsRate() {
        Booth c = CombinedBooth.over("e", List.of(booth("A-1", 0, BoothKind.INLINE, Pricing.PER_SQM, 3_000_000),
                booth("A-2", 300, BoothKind.INLINE, Pricing.PER_SQM, 3_500_000)), "A-1", "A-1+A-2");
        assertEquals(3_000_000, c.priceVnd());
    }

    @Test
    void aBlockedArea_cannotBeCombined() {
        assertEquals("BOOTH_BLOCKED_CANNOT_COMBINE", assertThrows(DomainException.class, () -> CombinedBooth.over("e",
                List.of(booth("A-1", 0, BoothKind.INLINE, Pricing.PER_BOOTH, 1), booth("X", 300, BoothKind.BLOCKED, Pricing.PER_BOOTH, 0)),
                "A-1", "A-1+X")).code());
    }

    @Test
    void itsMembers_moveWithIt() {
        Booth a = booth("A-1", 0, BoothKind.INLINE, Pricing.PER_BOOTH, 1);
        Booth b = booth("A-2", 300, BoothKind.INLINE, Pricing.PER_BOOTH, 1);
        Booth c = CombinedBooth.over("e", List.of(a, b), "A-1", "A-1+A-2");
        a.mergeInto(c);
        b.mergeInto(c);
        CombinedBooth.moveMembers(c, List.of(a, b), 100, 50);
        assertEquals(new Rect(100, 50, 300, 300), a.area());
        assertEquals(new Rect(400, 50, 300, 300), b.area());
    }
}
