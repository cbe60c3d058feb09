package vn.wtcexpo.exhibition.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.exhibition.application.PaymentRequestSummary;
import vn.wtcexpo.exhibition.model.Charge;
import vn.wtcexpo.exhibition.model.Exhibitor;
import vn.wtcexpo.exhibition.model.DocNumber;
import vn.wtcexpo.exhibition.model.PaymentRequest;
import vn.wtcexpo.exhibition.model.PaymentTerms;
import vn.wtcexpo.exhibition.model.Seller;

class PaymentRequestPdfTest {

    private static final LocalDate SHOW = LocalDate.of(2027, 8, 10);

    private static PaymentRequest request() {
        Exhibitor buyer = Exhibitor.register(new Exhibitor.Profile("Công ty A", "0100233488", "Bình Dương", "An",
                "a@example.vn", "0274 3812 345", null, null, List.of()));
        return PaymentRequest.issue(new DocNumber(2027, 3),
                new PaymentRequest.Subject("e", "Hội chợ", "Fair", buyer, SHOW, SHOW),
                List.of(new PaymentRequest.Item("r1", "A-1", "A", 90_000, Charge.of(30_000_000, List.of(SHOW), d -> 1000, 30))),
                30, PaymentTerms.of(LocalDate.of(2027, 5, 1), SHOW), "organizer", Instant.now());
    }

    private static Seller.Details seller(String bin) {
        return new Seller.Details("Công ty B", "Company B", "3700146257", "Bình Dương", "Binh Duong",
                List.of(new Seller.Account("Ngân hàng C", "0123456789", "CONG TY B", null, bin)));
    }

    @Test
    void beforeTheDeposit_theCodeAsksForTheDeposit() {
        PaymentRequestPdf.Transfer t = PaymentRequestPdf.transfer(PaymentRequestSummary.of(request(), List.of()), seller("970436"));
        assertEquals(9_900_000, t.amountVnd());
        assertTrue(t.depositOnly());
        assertTrue(t.text().contains("YC-2027-00003 0100233488"), t.text());
    }

    @Test
    void afterTheDeposit_theCodeAsksForTheRest() {
        PaymentRequest p = request();
        p.pay(9_900_000);
        PaymentRequestPdf.Transfer t = PaymentRequestPdf.transfer(PaymentRequestSummary.of(p, List.of()), seller("970436"));
        assertEquals(23_100_000, t.amountVnd());
        assertFalse(t.depositOnly());
    }

    @Test
    void withoutTheBanksBin_orOnceWithdrawn_thereIsNoCode() {
        assertNull(PaymentRequestPdf.transfer(PaymentRequestSummary.of(request(), List.of()), seller(null)));
        PaymentRequest p = request();
        p.voidFor("A-1", "organizer", Instant.now());
        assertNull(PaymentRequestPdf.transfer(PaymentRequestSummary.of(p, List.of()), seller("970436")));
    }

    @Test
    void besideTheCode_theTransferReferenceStaysOnOneLine() throws Exception {
        byte[] pdf = PaymentRequestPdf.render(PaymentRequestSummary.of(request(), List.of()), seller("970436"));
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains("Transfer reference: YC-2027-00003 0100233488"), text);
            assertTrue(text.contains("VietQR · 9.900.000 ₫"), text);
        }
    }
}
