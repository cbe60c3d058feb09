package vn.wtcexpo.venue.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.wtcexpo.venue.model.TestHalls.combined;
import static vn.wtcexpo.venue.model.TestHalls.hall;
import static vn.wtcexpo.venue.model.TestHalls.name;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.shared.DomainException;

class HallTest {

    private static String refusal(Runnable action) {
        return assertThrows(DomainException.class, action::run).code();
    }

    @Test
    void plainHall_keepsWhatWasGiven() {
        Hall a = Hall.plain("A", name("A"), HallKind.EXHIBITION_HALL, 3600, 2500, 150_000_000);
        assertEquals(3600, a.areaSqm());
        assertEquals(2500, a.capacity());
        assertEquals(150_000_000, a.dayRateVnd());
        assertTrue(a.isActive());
        assertFalse(a.isCombined());
    }

    @Test
    void combinedHall_areaIsSumOfParts() {
        Hall ab = combined("AB", hall("A", 3600, 2500), hall("B", 3000, 2000));
        assertEquals(6600, ab.areaSqm());
        assertEquals(List.of("A", "B"), ab.partCodes());
    }

    @Test
    void combinedHall_occupiesEachPart() {
        assertEquals(Set.of("A", "B"), combined("AB", hall("A", 100, 100), hall("B", 100, 100)).footprint());
    }

    @Test
    void combinedHall_sharesSpaceWithEachPartButNotWithOthers() {
        Hall a = hall("A", 100, 100);
        Hall b = hall("B", 100, 100);
        Hall c = hall("C", 100, 100);
        Hall ab = combined("AB", a, b);
        assertTrue(ab.sharesSpaceWith(a));
        assertTrue(b.sharesSpaceWith(ab));
        assertFalse(ab.sharesSpaceWith(c));
        assertFalse(a.sharesSpaceWith(b));
    }

    @Test
    void combinedHalls_withACommonPart_shareSpace() {
        Hall b = hall("B", 100, 100);
        assertTrue(combined("AB", hall("A", 100, 100), b).sharesSpaceWith(combined("BC", b, hall("C", 100, 100))));
    }

    @Test
    void combinedHall_withOnePart_isRefused() {
        assertEquals("HALL_COMBINED_NEEDS_TWO_PARTS", refusal(() -> combined("AX", hall("A", 100, 100))));
    }

    @Test
    void combinedHall_madeOfACombinedHall_isRefused() {
        Hall ab = combined("AB", hall("A", 100, 100), hall("B", 100, 100));
        assertEquals("HALL_PART_IS_COMBINED", refusal(() -> combined("ABC", ab, hall("C", 100, 100))));
    }

    @Test
    void combinedHall_containingItself_isRefused() {
        Hall a = hall("A", 100, 100);
        assertEquals("HALL_PART_IS_ITSELF", refusal(() -> Hall.combined("A", name("A"), List.of(a, hall("B", 100, 100)), 100, 1)));
    }

    @Test
    void combinedHall_withRetiredPart_isRefused() {
        Hall a = hall("A", 100, 100);
        a.retire(List.of());
        assertEquals("HALL_PART_RETIRED", refusal(() -> combined("AB", a, hall("B", 100, 100))));
    }

    @Test
    void combinedHall_capacityAboveItsParts_isRefused() {
        Hall a = hall("A", 1000, 100);
        Hall b = hall("B", 1000, 100);
        assertEquals("HALL_CAPACITY_ABOVE_PARTS",
                refusal(() -> Hall.combined("AB", name("AB"), List.of(a, b), 201, 1)));
    }

    @Test
    void capacityAboveTwoPersonsPerSquareMetre_isRefused() {
        assertEquals("HALL_CAPACITY_ABOVE_SAFE_DENSITY", refusal(() -> hall("A", 100, 201)));
    }

    @Test
    void capacityOfTwoPersonsPerSquareMetre_isAccepted() {
        assertEquals(200, hall("A", 100, 200).capacity());
    }

    @Test
    void zeroArea_isRefused() {
        assertEquals("HALL_AREA_OUT_OF_RANGE", refusal(() -> hall("A", 0, 1)));
    }

    @Test
    void zeroCapacity_isRefused() {
        assertEquals("HALL_CAPACITY_NOT_POSITIVE", refusal(() -> hall("A", 100, 0)));
    }

    @Test
    void negativeRate_isRefused() {
        assertEquals("HALL_RATE_OUT_OF_RANGE",
                refusal(() -> Hall.plain("A", name("A"), HallKind.EXHIBITION_HALL, 100, 100, -1)));
    }

    @Test
    void lowerCaseOrLongCode_isRefused() {
        assertEquals("HALL_CODE_INVALID", refusal(() -> hall("a", 100, 100)));
        assertEquals("HALL_CODE_INVALID", refusal(() -> hall("ABCDEFGHIJK", 100, 100)));
    }

    @Test
    void missingKind_isRefused() {
        assertEquals("HALL_KIND_REQUIRED", refusal(() -> Hall.plain("A", name("A"), null, 100, 100, 1)));
    }

    @Test
    void retiringAPartOfAnActiveCombinedHall_isRefused() {
        Hall a = hall("A", 100, 100);
        Hall ab = combined("AB", a, hall("B", 100, 100));
        assertEquals("HALL_PART_OF_ACTIVE_COMBINED", refusal(() -> a.retire(List.of(ab))));
        assertTrue(a.isActive());
    }

    @Test
    void retiringAPartOfARetiredCombinedHall_isAllowed() {
        Hall a = hall("A", 100, 100);
        Hall ab = combined("AB", a, hall("B", 100, 100));
        ab.retire(List.of());
        a.retire(List.of(ab));
        assertFalse(a.isActive());
    }

    @Test
    void reactivatingACombinedHallWithARetiredPart_isRefused() {
        Hall a = hall("A", 100, 100);
        Hall ab = combined("AB", a, hall("B", 100, 100));
        ab.retire(List.of());
        a.retire(List.of(ab));
        assertEquals("HALL_PART_RETIRED", refusal(ab::reactivate));
    }

    @Test
    void refusalNamesTheField() {
        DomainException e = assertThrows(DomainException.class, () -> hall("A", 100, 500));
        assertEquals("capacity", e.field());
        assertEquals(DomainException.Kind.INVALID, e.kind());
    }
}
