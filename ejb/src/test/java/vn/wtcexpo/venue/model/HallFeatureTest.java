package vn.wtcexpo.venue.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Rect;

/** The fixed features of a hall's floor. */
class HallFeatureTest {

    private static final Rect FLOOR = new Rect(0, 0, 5_000, 4_000);

    private static HallFeature pillar(int x, int y, String label) {
        return new HallFeature(HallFeature.Kind.PILLAR, new Rect(x, y, 100, 100), label);
    }

    @Test
    void featuresWithinTheFloor_areKept() {
        List<HallFeature> kept = HallFeature.within(FLOOR, List.of(pillar(0, 0, null), pillar(4_900, 3_900, "P2")), 10);
        assertEquals(2, kept.size());
    }

    @Test
    void aFeatureOutsideTheFloor_isRefused_byItsLabel() {
        DomainException e = assertThrows(DomainException.class,
                () -> HallFeature.within(FLOOR, List.of(pillar(4_950, 0, "P9")), 10));
        assertEquals("HALL_FEATURE_OUTSIDE", e.code());
        assertEquals("P9", e.args().get(0));
    }

    @Test
    void aFeatureWithoutLabel_isNamedByItsKind() {
        DomainException e = assertThrows(DomainException.class,
                () -> HallFeature.within(FLOOR, List.of(pillar(0, 3_950, null)), 10));
        assertEquals("PILLAR", e.args().get(0));
    }

    @Test
    void moreFeaturesThanTheMost_areRefused() {
        DomainException e = assertThrows(DomainException.class,
                () -> HallFeature.within(FLOOR, List.of(pillar(0, 0, null), pillar(200, 0, null)), 1));
        assertEquals("HALL_TOO_MANY_FEATURES", e.code());
    }

    @Test
    void noFeatures_isAnEmptyFloor() {
        assertTrue(HallFeature.within(FLOOR, null, 10).isEmpty());
    }

    @Test
    void aFeature_needsItsKindAndItsArea() {
        assertEquals("VALUE_REQUIRED", assertThrows(DomainException.class,
                () -> new HallFeature(null, new Rect(0, 0, 1, 1), null)).code());
        assertEquals("VALUE_REQUIRED", assertThrows(DomainException.class,
                () -> new HallFeature(HallFeature.Kind.DOOR, null, null)).code());
    }
}
