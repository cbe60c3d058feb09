package vn.wtcexpo.exhibition.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.exhibition.model.BoothStatus;

/** The dashboard's shares of the area for sale: sold, reserved and on hold apart, blocked areas not for sale. */
class HallLineTest {

    private static final ExhibitionReports.HallLine LINE = new ExhibitionReports.HallLine("A",
            Map.of(BoothStatus.SOLD, 1, BoothStatus.RESERVED, 3, BoothStatus.ON_HOLD, 1, BoothStatus.AVAILABLE, 5,
                    BoothStatus.BLOCKED, 2),
            Map.of(BoothStatus.SOLD, 135.0, BoothStatus.RESERVED, 486.0, BoothStatus.ON_HOLD, 54.0,
                    BoothStatus.AVAILABLE, 2510.0, BoothStatus.BLOCKED, 400.0));

    @Test
    void sold_isOnlyWhatIsPaidInFull() {
        assertEquals(4.2, LINE.soldPercent());
    }

    @Test
    void reserved_isCountedApartFromSold() {
        assertEquals(15.3, LINE.percent(BoothStatus.RESERVED));
    }

    @Test
    void blockedArea_isNotForSale() {
        assertEquals(3185.0, LINE.sellableSqm());
        assertEquals(0.0, LINE.percent(BoothStatus.BLOCKED));
    }
}
