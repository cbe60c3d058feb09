package vn.wtcexpo.booking.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.shared.DomainException;

/** A new VAT rule: a rate of at most two decimals, over days no other rule covers. */
class VatRuleAmongTest {

    private static final VatRule TEN = new VatRule(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31), 1000, null);

    @Test
    void aRateWithMoreThanTwoDecimals_isRefused() {
        assertEquals("VAT_RATE_OUT_OF_RANGE", assertThrows(DomainException.class,
                () -> VatRule.among(List.of(), LocalDate.of(2027, 1, 1), null, 8.125, null)).code());
    }

    @Test
    void daysAnotherRuleCovers_areRefused() {
        assertEquals("VAT_RULE_OVERLAPS", assertThrows(DomainException.class,
                () -> VatRule.among(List.of(TEN), LocalDate.of(2026, 7, 1), null, 8, null)).code());
    }

    @Test
    void theDayAfter_isItsOwn() {
        assertEquals(800, VatRule.among(List.of(TEN), LocalDate.of(2027, 1, 1), null, 8, "Nghị quyết").rateBp());
    }
}
