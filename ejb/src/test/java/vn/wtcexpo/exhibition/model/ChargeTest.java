package vn.wtcexpo.exhibition.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChargeTest {

    /** 8% until the end of 2026, 10% after (the reduced rate of Resolution 204/2025/QH15). */
    private static int rate(LocalDate d) {
        return d.isBefore(LocalDate.of(2027, 1, 1)) ? 800 : 1000;
    }

    @Test
    void oneRateOverTheShowDays_isTheWholeNetAtThatRate() {
        Charge c = Charge.of(30_000_000, List.of(LocalDate.of(2027, 8, 10), LocalDate.of(2027, 8, 11)), ChargeTest::rate, 30);
        assertEquals(3_000_000, c.vatVnd());
        assertEquals(33_000_000, c.grossVnd());
        assertEquals(9_900_000, c.depositVnd());
        assertEquals(23_100_000, c.balanceVnd());
    }

    @Test
    void showDaysAcrossARateChange_taxEachDaysShareAtItsRate() {
        Charge c = Charge.of(10_000_001, List.of(LocalDate.of(2026, 12, 30), LocalDate.of(2026, 12, 31),
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2)), ChargeTest::rate, 0);
        // 2,500,000 a day, the last day takes the remainder: 5,000,000 at 8% and 5,000,001 at 10%
        assertEquals(List.of(new Charge.VatPart(800, 5_000_000, 400_000), new Charge.VatPart(1000, 5_000_001, 500_000)), c.vat());
        assertEquals(900_000, c.vatVnd());
        assertEquals(10_900_001, c.grossVnd());
    }

    @Test
    void vatAndDeposit_roundHalfUpToWholeDong() {
        Charge c = Charge.of(15, List.of(LocalDate.of(2027, 8, 10)), ChargeTest::rate, 33);
        // VAT 1.5 → 2; gross 17; deposit 5.61 → 6
        assertEquals(2, c.vatVnd());
        assertEquals(6, c.depositVnd());
    }
}
