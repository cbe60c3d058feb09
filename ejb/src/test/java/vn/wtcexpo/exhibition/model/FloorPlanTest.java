package vn.wtcexpo.exhibition.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Rect;

class FloorPlanTest {

    private static final Rect HALL = new Rect(0, 0, 3000, 2000);
    private static final FloorPlan.Fixed PILLAR = new FloorPlan.Fixed(new Rect(1000, 1000, 80, 80), "Pillar");

    private static Booth booth(String number, int x, int y) {
        return new Booth("e", "A", number, new Rect(x, y, 300, 300), BoothKind.INLINE, Pricing.PER_BOOTH, 1, null);
    }

    private static FloorPlan plan(Booth... booths) {
        return new FloorPlan("A", HALL, List.of(PILLAR), List.of(booths));
    }

    @Test
    void aBoothOverAnother_isBOOTH_OVERLAPS() {
        DomainException e = assertThrows(DomainException.class,
                () -> plan(booth("101", 0, 0)).checkPlace(new Rect(200, 200, 300, 300), List.of()));
        assertEquals("BOOTH_OVERLAPS", e.code());
        assertEquals(DomainException.Kind.CONFLICT, e.kind());
    }

    @Test
    void boothsThatOnlyTouch_doNotOverlap() {
        assertDoesNotThrow(() -> plan(booth("101", 0, 0)).checkPlace(new Rect(300, 0, 300, 300), List.of()));
    }

    @Test
    void aBoothPastTheWall_isOutsideTheHall() {
        assertEquals("BOOTH_OUTSIDE_HALL", assertThrows(DomainException.class,
                () -> plan().checkPlace(new Rect(2800, 0, 300, 300), List.of())).code());
    }

    @Test
    void aBoothOverAPillar_isRefused() {
        assertEquals("BOOTH_OVER_FEATURE", assertThrows(DomainException.class,
                () -> plan().checkPlace(new Rect(900, 900, 300, 300), List.of())).code());
    }

    @Test
    void aMovedBooth_doesNotCollideWithItself() {
        Booth b = booth("101", 0, 0);
        assertDoesNotThrow(() -> plan(b).checkPlace(new Rect(100, 0, 300, 300), List.of(b)));
    }

    @Test
    void boothsInARow_combineIntoTheirRectangle() {
        assertEquals(new Rect(0, 0, 900, 300),
                FloorPlan.combinedArea(List.of(booth("101", 0, 0), booth("102", 300, 0), booth("103", 600, 0))));
    }

    @Test
    void boothsWithAGap_doNotCombine() {
        assertEquals("BOOTHS_NOT_ADJACENT", assertThrows(DomainException.class,
                () -> FloorPlan.combinedArea(List.of(booth("101", 0, 0), booth("103", 600, 0)))).code());
    }

    @Test
    void anLShape_doesNotCombine() {
        assertEquals("BOOTHS_NOT_ADJACENT", assertThrows(DomainException.class, () -> FloorPlan.combinedArea(
                List.of(booth("101", 0, 0), booth("102", 300, 0), booth("201", 0, 300)))).code());
    }

    @Test
    void rowsBackToBack_leaveAnAisleAfterEachPair() {
        List<FloorPlan.Slot> slots = FloorPlan.rows(0, 0, 300, 300, 4, 2, 300, true,
                new FloorPlan.Numbering(FloorPlan.Numbering.Scheme.HUNDREDS, "A-", 1, 2));
        assertEquals(List.of(0, 0, 300, 300, 900, 900, 1200, 1200), slots.stream().map(s -> s.area().y()).toList());
        assertEquals(List.of("A-101", "A-102", "A-201", "A-202", "A-301", "A-302", "A-401", "A-402"),
                slots.stream().map(FloorPlan.Slot::number).toList());
    }

    @Test
    void theEndsOfARow_areCorners() {
        List<FloorPlan.Slot> slots = FloorPlan.rows(0, 0, 300, 300, 1, 3, 300, false,
                new FloorPlan.Numbering(FloorPlan.Numbering.Scheme.SEQUENCE, "", 1, 3));
        assertEquals(List.of(BoothKind.CORNER, BoothKind.INLINE, BoothKind.CORNER), slots.stream().map(FloorPlan.Slot::kind).toList());
        assertEquals(List.of("1", "2", "3"), slots.stream().map(FloorPlan.Slot::number).toList());
    }

    @Test
    void letterNumbering_goesPastZ() {
        FloorPlan.Numbering n = new FloorPlan.Numbering(FloorPlan.Numbering.Scheme.LETTERS, "", 1, 10);
        assertEquals("A1", n.number(0, 0));
        assertEquals("Z3", n.number(25, 2));
        assertEquals("AA1", n.number(26, 0));
    }
}
