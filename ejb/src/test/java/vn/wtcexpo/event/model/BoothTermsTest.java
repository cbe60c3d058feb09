package vn.wtcexpo.event.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import vn.wtcexpo.shared.DomainException;

/** The terms an event's booths are sold on. */
class BoothTermsTest {

    @Test
    void aNewEvent_sellsOnTheDefaults() {
        BoothTerms t = BoothTerms.defaults();
        assertEquals(7, t.holdDays());
        assertEquals(30, t.depositPercent());
        assertEquals(3, t.maxHoldsPerCompany());
    }

    @Test
    void aHoldOfNoDays_orOverNinety_isRefused() {
        assertEquals("EVENT_HOLD_DAYS_OUT_OF_RANGE", assertThrows(DomainException.class, () -> BoothTerms.of(0, 30, 3, 3)).code());
        assertEquals("EVENT_HOLD_DAYS_OUT_OF_RANGE", assertThrows(DomainException.class, () -> BoothTerms.of(91, 30, 3, 3)).code());
    }

    @Test
    void aDepositOverTheWhole_isRefused() {
        assertEquals("EVENT_DEPOSIT_OUT_OF_RANGE", assertThrows(DomainException.class, () -> BoothTerms.of(7, 101, 3, 3)).code());
    }

    @Test
    void noHoldAllowed_isRefused() {
        assertEquals("EVENT_MAX_HOLDS_OUT_OF_RANGE", assertThrows(DomainException.class, () -> BoothTerms.of(7, 30, 3, 0)).code());
    }
}
