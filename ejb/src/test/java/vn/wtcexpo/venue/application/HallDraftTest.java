package vn.wtcexpo.venue.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.LocalizedText;
import vn.wtcexpo.venue.model.Hall;
import vn.wtcexpo.venue.model.HallKind;

/** What the venue admin types for a hall. */
class HallDraftTest {

    private static HallDraft draft(HallKind kind, Integer area, List<String> parts) {
        return new HallDraft("A", "Sảnh A", "Hall A", kind, area, 100, 1_000_000L, parts, null);
    }

    @Test
    void aPlainHall_needsItsKind() {
        assertEquals("HALL_KIND_REQUIRED", assertThrows(DomainException.class, () -> draft(null, 100, null).plainKind()).code());
    }

    @Test
    void aPlainHall_needsItsArea() {
        assertEquals("VALUE_REQUIRED", assertThrows(DomainException.class, () -> draft(HallKind.EXHIBITION_HALL, null, null).plainArea()).code());
    }

    @Test
    void aCombinedHallsArea_isTheSumOfItsParts() {
        LocalizedText n = LocalizedText.of("name", "A", "A");
        Hall a = Hall.plain("A", n, HallKind.EXHIBITION_HALL, 1_000, 100, 1);
        Hall b = Hall.plain("B", n, HallKind.EXHIBITION_HALL, 2_000, 100, 1);
        Hall ab = Hall.combined("AB", n, List.of(a, b), 100, 1);
        draft(null, null, List.of("A", "B")).checkAreaOf(ab);
        draft(null, 3_000, List.of("A", "B")).checkAreaOf(ab);
        DomainException e = assertThrows(DomainException.class, () -> draft(null, 2_500, List.of("A", "B")).checkAreaOf(ab));
        assertEquals("HALL_AREA_IS_SUM_OF_PARTS", e.code());
    }

    @Test
    void partsMakeACombinedHall() {
        assertEquals(true, draft(null, null, List.of("A", "B")).isCombined());
        assertEquals(false, draft(HallKind.EXHIBITION_HALL, 10, List.of()).isCombined());
    }
}
