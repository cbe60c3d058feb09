package vn.wtcexpo.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Plan geometry in whole centimetres. */
class RectTest {

    private static final Rect A = new Rect(0, 0, 300, 300);

    private static String refusal(Runnable r) {
        return assertThrows(DomainException.class, r::run).code();
    }

    @Test
    void metres_areReadToTheCentimetre() {
        assertEquals(new Rect(150, 0, 305, 300), Rect.ofMetres(1.5, 0, 3.05, 3));
    }

    @Test
    void moreThanCentimetres_isRefusedRatherThanRounded() {
        assertEquals("PLAN_NUMBER_TOO_PRECISE", refusal(() -> Rect.cm("widthM", 3.005)));
    }

    @Test
    void notANumber_orBeyondAKilometre_isRefused() {
        assertEquals("PLAN_NUMBER_OUT_OF_RANGE", refusal(() -> Rect.cm("xM", Double.NaN)));
        assertEquals("PLAN_NUMBER_OUT_OF_RANGE", refusal(() -> Rect.cm("xM", 1000.01)));
    }

    @Test
    void aRectangle_hasASize() {
        assertEquals("PLAN_SIZE_NOT_POSITIVE", refusal(() -> new Rect(0, 0, 0, 100)));
        assertEquals("PLAN_OUTSIDE_HALL", refusal(() -> new Rect(-1, 0, 100, 100)));
    }

    @Test
    void rectanglesThatShareFloor_overlap_butTouchingOnesDoNot() {
        assertTrue(A.overlaps(new Rect(299, 299, 10, 10)));
        assertFalse(A.overlaps(new Rect(300, 0, 10, 10)));
    }

    @Test
    void aRectangleWithin_isContained_evenEdgeToEdge() {
        assertTrue(A.contains(new Rect(0, 0, 300, 300)));
        assertFalse(A.contains(new Rect(1, 0, 300, 300)));
    }

    @Test
    void neighbours_shareASideOfSomeLength() {
        assertTrue(A.adjacentTo(new Rect(300, 100, 300, 300)));
        assertTrue(A.adjacentTo(new Rect(0, 300, 100, 100)));
        assertFalse(A.adjacentTo(new Rect(300, 300, 100, 100)), "a corner only");
        assertFalse(A.adjacentTo(new Rect(100, 100, 300, 300)), "overlapping");
    }

    @Test
    void theUnion_coversBoth() {
        assertEquals(new Rect(0, 0, 600, 400), A.union(new Rect(300, 100, 300, 300)));
    }

    @Test
    void theArea_isInSquareMetresToTwoDecimals() {
        assertEquals(9.0, A.areaSqm());
        assertEquals(9.15, new Rect(0, 0, 305, 300).areaSqm());
    }

    @Test
    void aMove_keepsTheSize() {
        assertEquals(new Rect(50, 60, 300, 300), A.movedTo(50, 60));
    }
}
