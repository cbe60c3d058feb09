package vn.wtcexpo.exhibition.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.shared.DomainException;

class MoneyReceivedTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 5, 2);

    @Test
    void withoutADay_itWasReceivedToday() {
        assertEquals(TODAY, MoneyReceived.of(1, null, null, TODAY).receivedOn());
    }

    @Test
    void nothingOrLess_isRefused() {
        assertEquals("PAYMENT_NOT_POSITIVE", assertThrows(DomainException.class, () -> MoneyReceived.of(0, null, null, TODAY)).code());
    }

    @Test
    void aDayToCome_isRefused() {
        assertEquals("PAYMENT_IN_FUTURE",
                assertThrows(DomainException.class, () -> MoneyReceived.of(1, TODAY.plusDays(1), null, TODAY)).code());
    }
}
