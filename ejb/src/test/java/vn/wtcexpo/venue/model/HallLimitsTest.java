package vn.wtcexpo.venue.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import vn.wtcexpo.shared.DomainException;

/** What a hall may be. */
class HallLimitsTest {

    private static String refusal(Runnable r) {
        return assertThrows(DomainException.class, r::run).code();
    }

    @Test
    void aCode_isOneToTenCapitalsDigitsOrDashes_notStartingWithADash() {
        assertEquals("A-1", HallLimits.checkCode("A-1"));
        assertEquals("HALL_CODE_INVALID", refusal(() -> HallLimits.checkCode("-A")));
        assertEquals("HALL_CODE_INVALID", refusal(() -> HallLimits.checkCode(null)));
    }

    @Test
    void theSafeDensity_isTwoPeoplePerSquareMetre() {
        HallLimits.checkCapacity(200, 100);
        DomainException e = assertThrows(DomainException.class, () -> HallLimits.checkCapacity(201, 100));
        assertEquals("HALL_CAPACITY_ABOVE_SAFE_DENSITY", e.code());
        assertEquals(200L, e.args().get(0));
    }

    @Test
    void anArea_isAtMostTheLargestHall() {
        HallLimits.checkArea(HallLimits.MAX_AREA_SQM);
        assertEquals("HALL_AREA_OUT_OF_RANGE", refusal(() -> HallLimits.checkArea(HallLimits.MAX_AREA_SQM + 1)));
    }

    @Test
    void aDayRate_isFromNothingToAHundredBillion() {
        HallLimits.checkRate(0);
        assertEquals("HALL_RATE_OUT_OF_RANGE", refusal(() -> HallLimits.checkRate(-1)));
        assertEquals("HALL_RATE_OUT_OF_RANGE", refusal(() -> HallLimits.checkRate(HallLimits.MAX_DAY_RATE_VND + 1)));
    }

    @Test
    void aName_isRequired() {
        assertEquals("TEXT_REQUIRED", refusal(() -> HallLimits.checkName(null)));
    }
}
