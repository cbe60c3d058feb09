package vn.wtcexpo.exhibition.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import vn.wtcexpo.exhibition.application.PaymentRequestSummary;
import vn.wtcexpo.exhibition.model.Charge;
import vn.wtcexpo.exhibition.model.DocNumber;
import vn.wtcexpo.exhibition.model.Exhibitor;
import vn.wtcexpo.exhibition.model.PaymentRequest;
import vn.wtcexpo.exhibition.model.PaymentTerms;
import vn.wtcexpo.exhibition.model.Seller;

/** The e-invoice data in the tax authority's layout (Circular 78), as the certified provider reads it. */
class EInvoiceXmlTest {

    private static final LocalDate JUN_30 = LocalDate.of(2027, 6, 30);
    private static final LocalDate JUL_1 = JUN_30.plusDays(1);

    private static Document xml(PaymentRequest p) throws Exception {
        Seller.Details seller = new Seller.Details("Công ty B", "Company B", "3700146257", "Bình Dương", "Binh Duong",
                List.of(new Seller.Account("Ngân hàng C", "0123456789", "CONG TY B", null, null)));
        String text = EInvoiceXml.render(PaymentRequestSummary.of(p, List.of()), seller);
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String at(Document d, String path) throws Exception {
        return (String) XPathFactory.newInstance().newXPath().evaluate(path, d, XPathConstants.STRING);
    }

    private static double count(Document d, String path) throws Exception {
        return (Double) XPathFactory.newInstance().newXPath().evaluate("count(" + path + ")", d, XPathConstants.NUMBER);
    }

    private static PaymentRequest request(PaymentRequest.Item... items) {
        Exhibitor buyer = Exhibitor.register(new Exhibitor.Profile("Công ty A", "0100233488", "Bình Dương", "An",
                "a@example.vn", "0274 3812 345", null, null, List.of()));
        return PaymentRequest.issue(new DocNumber(2027, 5), new PaymentRequest.Subject("e", "Hội chợ", "Fair", buyer, JUN_30, JUL_1),
                List.of(items), 30, PaymentTerms.of(LocalDate.of(2027, 5, 1), JUN_30), "organizer", Instant.parse("2027-04-30T18:00:00Z"));
    }

    private static PaymentRequest.Item booth(String number, long net, List<LocalDate> days) {
        return new PaymentRequest.Item("r-" + number, number, "A", 90_000,
                Charge.of(net, days, d -> d.isBefore(JUL_1) ? 800 : 1000, 30));
    }

    @Test
    void theDocument_namesTheRequestItCameFrom_andTheVenuesDayOfIssue() throws Exception {
        Document d = xml(request(booth("A-1", 10_000_000, List.of(JUN_30))));
        assertEquals("YC-2027-00005", at(d, "//TTKhac/TTin[TTruong='SoYeuCauThanhToan']/DLieu"));
        assertEquals("2027-05-01", at(d, "//TTChung/NLap"));
    }

    @Test
    void buyerAndSeller_areTheirTaxCodesWithoutDashes() throws Exception {
        Document d = xml(request(booth("A-1", 10_000_000, List.of(JUN_30))));
        assertEquals("3700146257", at(d, "//NBan/MST"));
        assertEquals("0100233488", at(d, "//NMua/MST"));
        assertEquals("0123456789", at(d, "//NBan/STKNHang"));
    }

    @Test
    void aLinePerBooth_withItsRate() throws Exception {
        Document d = xml(request(booth("A-1", 10_000_000, List.of(JUN_30)), booth("A-2", 20_000_000, List.of(JUN_30))));
        assertEquals(2.0, count(d, "//DSHHDVu/HHDVu"));
        assertEquals("8%", at(d, "//HHDVu[STT='2']/TSuat"));
        assertTrue(at(d, "//HHDVu[STT='2']/THHDVu").startsWith("Thuê gian hàng A-2 (sảnh A)"));
    }

    @Test
    void daysThatStraddleARateChange_sumPerRate_andAddUp() throws Exception {
        Document d = xml(request(booth("A-1", 10_000_000, List.of(JUN_30, JUL_1))));
        assertEquals(2.0, count(d, "//THTTLTSuat/LTSuat"));
        long bases = Long.parseLong(at(d, "//LTSuat[TSuat='8%']/ThTien")) + Long.parseLong(at(d, "//LTSuat[TSuat='10%']/ThTien"));
        long taxes = Long.parseLong(at(d, "//LTSuat[TSuat='8%']/TThue")) + Long.parseLong(at(d, "//LTSuat[TSuat='10%']/TThue"));
        assertEquals(Long.parseLong(at(d, "//TgTCThue")), bases);
        assertEquals(Long.parseLong(at(d, "//TgTThue")), taxes);
        assertEquals(bases + taxes, Long.parseLong(at(d, "//TgTTTBSo")));
    }

    @Test
    void theTotal_isWrittenInWordsToo() throws Exception {
        Document d = xml(request(booth("A-1", 10_000_000, List.of(JUN_30))));
        assertEquals("Mười triệu tám trăm nghìn đồng", at(d, "//TgTTTBChu"));
    }

    @Test
    void theSignatures_areLeftToTheProvider() throws Exception {
        assertEquals(1.0, count(xml(request(booth("A-1", 10_000_000, List.of(JUN_30)))), "/HDon/DSCKS"));
    }
}
