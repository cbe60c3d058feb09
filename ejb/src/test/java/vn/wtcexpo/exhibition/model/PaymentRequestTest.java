package vn.wtcexpo.exhibition.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.shared.DomainException;
import vn.wtcexpo.shared.Rect;

class PaymentRequestTest {

    private static PaymentRequest request() {
        Exhibitor buyer = Exhibitor.register(new Exhibitor.Profile("Công ty A", "0100233488", "Bình Dương", "An", "a@example.vn",
                "0274 3812 345", null, null, List.of()));
        Booth booth = new Booth("e", "A", "A-1", new Rect(0, 0, 300, 300), BoothKind.INLINE, Pricing.PER_BOOTH, 10_000_000, null);
        Charge charge = Charge.of(10_000_000, List.of(LocalDate.of(2027, 8, 10)), d -> 1000, 30);
        return new PaymentRequest(2027, 7, new PaymentRequest.Subject("r", "e", "Hội chợ", "Fair", buyer, booth,
                LocalDate.of(2027, 8, 10), LocalDate.of(2027, 8, 10)), charge, LocalDate.of(2027, 5, 1),
                LocalDate.of(2027, 7, 10), "organizer", Instant.now());
    }

    @Test
    void itsNumber_isTheYearAndTheSequence() {
        assertEquals("YC-2027-00007", request().number());
    }

    @Test
    void payingTheDepositThenTheBalance_paysInFull() {
        PaymentRequest p = request();
        assertFalse(p.pay(3_300_000));
        assertEquals(7_700_000, p.outstandingVnd());
        assertTrue(p.pay(7_700_000));
    }

    @Test
    void moreThanIsOutstanding_isRefused() {
        assertEquals("PAYMENT_ABOVE_OUTSTANDING", assertThrows(DomainException.class, () -> request().pay(11_000_001)).code());
    }

    @Test
    void aNegativePayment_isRefused() {
        assertEquals("PAYMENT_NOT_POSITIVE", assertThrows(DomainException.class, () -> request().pay(-5)).code());
    }
}
