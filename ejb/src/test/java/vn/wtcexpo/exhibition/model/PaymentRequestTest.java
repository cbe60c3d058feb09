package vn.wtcexpo.exhibition.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.shared.DomainException;

class PaymentRequestTest {

    private static final LocalDate SHOW = LocalDate.of(2027, 8, 10);
    private static final Exhibitor BUYER = Exhibitor.register(new Exhibitor.Profile("Công ty A", "0100233488", "Bình Dương",
            "An", "a@example.vn", "0274 3812 345", null, null, List.of()));

    private static PaymentRequest.Item item(String reservation, String booth, long net, List<LocalDate> days,
                                            java.util.function.ToIntFunction<LocalDate> rate) {
        return new PaymentRequest.Item(reservation, booth, "A", 90_000, Charge.of(net, days, rate, 30));
    }

    private static PaymentRequest request(PaymentRequest.Item... items) {
        return PaymentRequest.issue(new DocNumber(2027, 7),
                new PaymentRequest.Subject("e", "Hội chợ", "Fair", BUYER, SHOW, SHOW), List.of(items), 30,
                PaymentTerms.of(LocalDate.of(2027, 5, 1), SHOW), "organizer", Instant.now());
    }

    private static PaymentRequest oneBooth() {
        return request(item("r1", "A-1", 10_000_000, List.of(SHOW), d -> 1000));
    }

    private static PaymentRequest threeBooths() {
        return request(item("r1", "A-1", 10_000_000, List.of(SHOW), d -> 1000),
                item("r2", "A-2", 20_000_000, List.of(SHOW), d -> 1000),
                item("r3", "A-3", 5_000_000, List.of(SHOW), d -> 1000));
    }

    @Test
    void itsNumber_isTheYearAndTheSequence() {
        assertEquals("YC-2027-00007", oneBooth().number());
    }

    @Test
    void severalBooths_makeOneRequestWithALinePerBooth() {
        PaymentRequest p = threeBooths();
        assertEquals(List.of("A-1", "A-2", "A-3"), p.lines().stream().map(PaymentRequestLine::boothNumber).toList());
        assertEquals(List.of(1, 2, 3), p.lines().stream().map(PaymentRequestLine::lineNo).toList());
        assertEquals(List.of("r1", "r2", "r3"), p.reservationIds());
    }

    @Test
    void theTotals_areTheSumsOfTheLines() {
        PaymentRequest p = threeBooths();
        assertEquals(35_000_000, p.netVnd());
        assertEquals(3_500_000, p.vatVnd());
        assertEquals(38_500_000, p.grossVnd());
        assertEquals(List.of(new Charge.VatPart(1000, 35_000_000, 3_500_000)), p.vat());
    }

    @Test
    void theDeposit_isTheShareOfTheWholeRoundedHalfUp() {
        PaymentRequest p = request(item("r1", "A-1", 1_000_001, List.of(SHOW), d -> 0),
                item("r2", "A-2", 1_000_000, List.of(SHOW), d -> 0));
        assertEquals(600_000, p.depositVnd()); // 30 % of 2 000 001 = 600 000.3
        assertEquals(2_000_001 - 600_000, p.balanceVnd());
    }

    @Test
    void aBoothWhoseDaysStraddleARateChange_hasALinePerRate() {
        LocalDate change = SHOW.plusDays(1);
        PaymentRequest p = request(item("r1", "A-1", 10_000_000, List.of(SHOW, change), d -> d.isBefore(change) ? 800 : 1000),
                item("r2", "A-2", 10_000_000, List.of(SHOW, change), d -> d.isBefore(change) ? 800 : 1000));
        assertEquals(4, p.lines().size());
        assertEquals(List.of(new Charge.VatPart(800, 10_000_000, 800_000), new Charge.VatPart(1000, 10_000_000, 1_000_000)), p.vat());
        assertEquals(List.of("r1", "r2"), p.reservationIds());
    }

    @Test
    void payingTheDepositThenTheBalance_paysInFull() {
        PaymentRequest p = oneBooth();
        assertFalse(p.pay(3_300_000));
        assertEquals(7_700_000, p.outstandingVnd());
        assertTrue(p.pay(7_700_000));
    }

    @Test
    void moreThanIsOutstanding_isRefused() {
        assertEquals("PAYMENT_ABOVE_OUTSTANDING", assertThrows(DomainException.class, () -> oneBooth().pay(11_000_001)).code());
    }

    @Test
    void aNegativePayment_isRefused() {
        assertEquals("PAYMENT_NOT_POSITIVE", assertThrows(DomainException.class, () -> oneBooth().pay(-5)).code());
    }

    @Test
    void replacingWithoutABooth_keepsTheOthersAmountsAndWithdrawsTheOld() {
        PaymentRequest old = threeBooths();
        PaymentRequest next = old.replaceWithout("r2", new DocNumber(2027, 8), "A-2", "organizer", Instant.now());
        assertEquals("YC-2027-00008", next.number());
        assertEquals(List.of("A-1", "A-3"), next.lines().stream().map(PaymentRequestLine::boothNumber).toList());
        assertEquals(List.of(1, 2), next.lines().stream().map(PaymentRequestLine::lineNo).toList());
        assertEquals(16_500_000, next.grossVnd());
        assertEquals(4_950_000, next.depositVnd());
        assertEquals(old.depositDue(), next.depositDue());
        assertTrue(old.voided());
        assertEquals(0, old.outstandingVnd());
    }

    @Test
    void aWithdrawnRequest_cannotBePaid() {
        PaymentRequest p = oneBooth();
        p.voidFor("A-1", "organizer", Instant.now());
        assertEquals("INVOICE_VOID", assertThrows(DomainException.class, () -> p.pay(1)).code());
    }

    @Test
    void aRequestWithMoneyOnIt_isNotWithdrawn() {
        PaymentRequest p = oneBooth();
        p.pay(1_000_000);
        assertEquals("RESERVATION_HAS_PAYMENTS",
                assertThrows(DomainException.class, () -> p.voidFor("A-1", "organizer", Instant.now())).code());
        assertNull(p.voidedAt());
    }

    @Test
    void aWithdrawnRequest_pointsAtItsReplacement() {
        PaymentRequest old = threeBooths();
        PaymentRequest next = old.replaceWithout("r2", new DocNumber(2027, 8), "A-2", "organizer", Instant.now());
        old.replacedBy(next);
        assertEquals(next.id(), old.replacedBy());
        assertEquals("A-2", old.voidReason());
        assertNull(next.replacedBy());
    }

    @Test
    void onlyAWithdrawnRequest_isReplaced() {
        PaymentRequest p = oneBooth();
        assertThrows(IllegalStateException.class, () -> p.replacedBy(threeBooths()));
    }

    @Test
    void aRequestIsWithdrawnOnce() {
        PaymentRequest p = oneBooth();
        p.voidFor("A-1", "organizer", Instant.now());
        assertEquals("INVOICE_VOID", assertThrows(DomainException.class, () -> p.voidFor("A-1", "organizer", Instant.now())).code());
    }

    @Test
    void theBuyer_isCopiedAtIssue_andIntoTheReplacement() {
        PaymentRequest old = threeBooths();
        assertEquals("Công ty A", old.buyerName());
        assertEquals("0100233488", old.buyerTaxCode().compact());
        PaymentRequest next = old.replaceWithout("r1", new DocNumber(2027, 9), "A-1", "organizer", Instant.now());
        assertEquals(old.buyerName(), next.buyerName());
        assertEquals(old.buyerEmail(), next.buyerEmail());
        assertEquals(old.buyerAddress(), next.buyerAddress());
    }

    @Test
    void aReplacement_forNoBoothLeft_isNotIssued() {
        PaymentRequest p = oneBooth();
        assertThrows(IllegalStateException.class,
                () -> p.replaceWithout("r1", new DocNumber(2027, 10), "A-1", "organizer", Instant.now()));
    }

    @Test
    void aNumber_hasFiveDigitsAfterItsYear() {
        assertEquals("YC-2027-00042", new DocNumber(2027, 42).text());
    }
}
