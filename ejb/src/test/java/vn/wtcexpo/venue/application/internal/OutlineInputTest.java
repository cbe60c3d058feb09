package vn.wtcexpo.venue.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Rect;
import vn.wtcexpo.venue.application.HallOutline;
import vn.wtcexpo.venue.model.HallFeature;

/** A hall outline as typed in. */
class OutlineInputTest {

    private static final int MAX = 100_000;

    private static String refusal(Runnable r) {
        return assertThrows(DomainException.class, r::run).code();
    }

    @Test
    void metres_becomeCentimetres() {
        assertEquals(new Rect(0, 0, 6_050, 4_000), OutlineInput.floor(new HallOutline(60.5, 40.0, null), null, MAX));
    }

    @Test
    void aSideLeftOut_keepsTheCurrentOne() {
        Rect current = new Rect(0, 0, 3_000, 2_000);
        assertEquals(new Rect(0, 0, 3_000, 2_500), OutlineInput.floor(new HallOutline(null, 25.0, null), current, MAX));
    }

    @Test
    void aSideLeftOut_isRequired_whenTheHallHasNoOutlineYet() {
        assertEquals("VALUE_REQUIRED", refusal(() -> OutlineInput.floor(new HallOutline(null, 25.0, null), null, MAX)));
        assertEquals("VALUE_REQUIRED", refusal(() -> OutlineInput.floor(new HallOutline(25.0, null, null), null, MAX)));
    }

    @Test
    void aSideOfNothing_orBeyondTheMost_isRefused() {
        assertEquals("HALL_OUTLINE_OUT_OF_RANGE", refusal(() -> OutlineInput.floor(new HallOutline(0.0, 10.0, null), null, MAX)));
        assertEquals("HALL_OUTLINE_OUT_OF_RANGE", refusal(() -> OutlineInput.floor(new HallOutline(10.0, 20.0, null), null, 1_000)));
    }

    @Test
    void aFeature_becomesTheModelsFeature() {
        List<HallFeature> f = OutlineInput.features(List.of(new HallOutline.Feature("DOOR", 1.0, 0.0, 2.0, 0.5, "Cửa chính")));
        assertEquals(HallFeature.Kind.DOOR, f.get(0).kind());
        assertEquals(new Rect(100, 0, 200, 50), f.get(0).area());
        assertEquals("Cửa chính", f.get(0).label());
    }

    @Test
    void anIncompleteFeature_isRefused() {
        assertEquals("HALL_FEATURE_INCOMPLETE",
                refusal(() -> OutlineInput.features(List.of(new HallOutline.Feature("DOOR", 1.0, null, 2.0, 0.5, null)))));
        assertEquals("HALL_FEATURE_INCOMPLETE", refusal(() -> OutlineInput.features(Arrays.asList((HallOutline.Feature) null))));
    }

    @Test
    void anUnknownKind_isRefused() {
        assertEquals("HALL_FEATURE_KIND_UNKNOWN",
                refusal(() -> OutlineInput.features(List.of(new HallOutline.Feature("WINDOW", 1.0, 1.0, 2.0, 0.5, null)))));
    }
}
