package vn.wtcexpo.exhibition.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.exhibition.model.FloorPlan;
import vn.wtcexpo.exhibition.model.Pricing;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Rect;

/** Rows of booths as the organizer asks for them. */
class RowsDraftTest {

    private static RowsDraft rows(double x, double y, double width, String prefix, FloorPlan.Numbering.Scheme scheme) {
        return new RowsDraft("A", x, y, width, 3, 1, 3, 2, false, scheme, prefix, 1, Pricing.PER_BOOTH, 30_000_000);
    }

    private static String refusal(Runnable r) {
        return assertThrows(DomainException.class, r::run).code();
    }

    @Test
    void aRowOfThree_hasThreeSlotsSideBySide() {
        List<FloorPlan.Slot> slots = rows(1, 2, 3, "A", FloorPlan.Numbering.Scheme.SEQUENCE).slots();
        assertEquals(3, slots.size());
        assertEquals(new Rect(100, 200, 300, 300), slots.get(0).area());
        assertEquals(400, slots.get(1).area().x());
    }

    @Test
    void aScheme_isRequired() {
        assertEquals("VALUE_REQUIRED", refusal(() -> rows(0, 0, 3, null, null).slots()));
    }

    @Test
    void aStartLeftOfTheHall_isRefused() {
        assertEquals("BOOTH_OUTSIDE_HALL", refusal(() -> rows(-1, 0, 3, null, FloorPlan.Numbering.Scheme.SEQUENCE).slots()));
    }

    @Test
    void aPrefixOverTen_isRefused() {
        assertEquals("TEXT_TOO_LONG", refusal(() -> rows(0, 0, 3, "ABCDEFGHIJK", FloorPlan.Numbering.Scheme.SEQUENCE).slots()));
    }

    @Test
    void aBoothOfNoWidth_isRefused() {
        assertThrows(DomainException.class, () -> rows(0, 0, 0, null, FloorPlan.Numbering.Scheme.SEQUENCE).slots());
    }
}
