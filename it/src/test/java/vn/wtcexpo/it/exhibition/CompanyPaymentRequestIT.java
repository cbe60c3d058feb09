package vn.wtcexpo.it.exhibition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.wtcexpo.it.support.Api;
import vn.wtcexpo.it.support.ShippedApplication;
import vn.wtcexpo.it.support.TestFairs;

/** One payment request per company and approval, a line per booth; withdrawn and replaced when a booth is cancelled. */
@ExtendWith(ShippedApplication.class)
class CompanyPaymentRequestIT {

    private final Api organizer = Api.as("organizer");

    private static String hold(Api who, TestFairs.Fair f, String number) {
        Api.Reply r = who.post(f.booths() + "/" + number + "/reservations", "{}");
        assertEquals(201, r.status(), r.body());
        return r.json().getString("id");
    }

    private Api.Reply approveTogether(String... ids) {
        return organizer.post("/api/reservations/approve", "{\"reservations\": [\"" + String.join("\", \"", ids) + "\"]}");
    }

    private static TestFairs.Fair fairOfThree() {
        TestFairs.Fair f = TestFairs.published("PR");
        TestFairs.booth(f, "1", 0, 0);
        TestFairs.booth(f, "2", 3, 0);
        TestFairs.booth(f, "3", 6, 0);
        return f;
    }

    private JsonObject reservation(String id) {
        return organizer.get("/api/reservations/" + id).json();
    }

    private static void assertError(int status, String code, Api.Reply r) {
        assertEquals(status, r.status(), r.body());
        assertEquals(code, r.json().getString("error"), r.body());
    }

    @Test
    void holdsApprovedTogether_shareOneRequest_withALinePerBooth() {
        TestFairs.Fair f = fairOfThree();
        Api ex = TestFairs.as(TestFairs.exhibitor("ex"));
        String a = hold(ex, f, "1");
        String b = hold(ex, f, "2");
        Api.Reply r = approveTogether(b, a);
        assertEquals(200, r.status(), r.body());
        JsonObject invoice = r.json().getJsonObject("invoice");
        assertEquals(List.of("1", "2"), invoice.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .map(l -> l.getString("booth")).toList(), "a line per booth, in booth order");
        assertEquals(66_000_000L, invoice.getJsonNumber("grossVnd").longValue());
        assertEquals(19_800_000L, invoice.getJsonNumber("depositVnd").longValue());
        assertEquals("OPEN", invoice.getString("status"));
        for (String id : List.of(a, b)) {
            JsonObject one = reservation(id);
            assertEquals("RESERVED", one.getString("status"));
            assertEquals(invoice.getString("id"), one.getJsonObject("invoice").getString("id"));
        }
    }

    @Test
    void theRequestOfSeveralBooths_printsEveryBooth_andItsXmlHasALineEach() throws Exception {
        TestFairs.Fair f = fairOfThree();
        String username = TestFairs.exhibitor("ex");
        Api ex = TestFairs.as(username);
        JsonObject invoice = approveTogether(hold(ex, f, "1"), hold(ex, f, "2"), hold(ex, f, "3")).json().getJsonObject("invoice");
        Api.Binary pdf = ex.bytes(invoice.getString("pdfUrl"));
        assertEquals(200, pdf.status());
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc);
            for (String booth : List.of("1", "2", "3")) {
                assertTrue(text.contains("Booth " + booth + " rental"), text);
            }
            assertTrue(text.contains("99.000.000 ₫"), text);
        }
        Api.Reply xml = ex.getAccepting("/api/invoices/" + invoice.getString("id") + "/e-invoice.xml", "application/xml");
        var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.body().getBytes(StandardCharsets.UTF_8)));
        var lines = doc.getElementsByTagName("HHDVu");
        assertEquals(3, lines.getLength());
        long net = 0;
        for (int i = 0; i < lines.getLength(); i++) {
            net += Long.parseLong(((org.w3c.dom.Element) lines.item(i)).getElementsByTagName("ThTien").item(0).getTextContent());
        }
        assertEquals(Long.parseLong(doc.getElementsByTagName("TgTCThue").item(0).getTextContent()), net);
        assertEquals("Chín mươi chín triệu đồng", doc.getElementsByTagName("TgTTTBChu").item(0).getTextContent());
    }

    @Test
    void holdsOfTwoCompanies_are400_andNothingIsApproved() {
        TestFairs.Fair f = fairOfThree();
        String a = hold(TestFairs.as(TestFairs.exhibitor("ex")), f, "1");
        String b = hold(TestFairs.as(TestFairs.exhibitor("ex")), f, "2");
        assertError(400, "RESERVATIONS_NOT_ONE_COMPANY", approveTogether(a, b));
        assertEquals("ON_HOLD", reservation(a).getString("status"));
        assertEquals("ON_HOLD", reservation(b).getString("status"));
    }

    @Test
    void oneNoLongerOnHold_refusesTheLot() {
        TestFairs.Fair f = fairOfThree();
        Api ex = TestFairs.as(TestFairs.exhibitor("ex"));
        String a = hold(ex, f, "1");
        String b = hold(ex, f, "2");
        assertEquals(200, organizer.post("/api/reservations/" + a + "/approve", "{}").status());
        assertError(409, "RESERVATION_NOT_ON_HOLD", approveTogether(a, b));
        JsonObject stillHeld = reservation(b);
        assertEquals("ON_HOLD", stillHeld.getString("status"));
        assertTrue(!stillHeld.containsKey("invoice") || stillHeld.isNull("invoice"), stillHeld.toString());
    }

    @Test
    void anEmptyList_is400() {
        assertError(400, "RESERVATIONS_REQUIRED", organizer.post("/api/reservations/approve", "{\"reservations\": []}"));
        assertError(400, "RESERVATIONS_REQUIRED", organizer.post("/api/reservations/approve", "{}"));
    }

    @Test
    void anExhibitor_cannotApproveTogether() {
        TestFairs.Fair f = fairOfThree();
        Api ex = TestFairs.as(TestFairs.exhibitor("ex"));
        String a = hold(ex, f, "1");
        assertEquals(403, ex.post("/api/reservations/approve", "{\"reservations\": [\"" + a + "\"]}").status());
    }

    @Test
    void payingTheRequestInFull_sellsEveryBoothOnIt() {
        TestFairs.Fair f = fairOfThree();
        Api ex = TestFairs.as(TestFairs.exhibitor("ex"));
        String a = hold(ex, f, "1");
        String b = hold(ex, f, "2");
        JsonObject invoice = approveTogether(a, b).json().getJsonObject("invoice");
        String pay = "/api/invoices/" + invoice.getString("id") + "/payments";
        Api.Reply deposit = organizer.post(pay, "{\"amountVnd\": 19800000, \"reference\": \"UNC-7\"}");
        assertEquals(200, deposit.status(), deposit.body());
        assertEquals("PART_PAID", deposit.json().getString("status"));
        assertEquals("RESERVED", reservation(a).getString("status"));
        Api.Reply rest = organizer.post(pay, "{\"amountVnd\": 46200000}");
        assertEquals("PAID", rest.json().getString("status"), rest.body());
        assertEquals("SOLD", reservation(a).getString("status"));
        assertEquals("SOLD", reservation(b).getString("status"));
        assertError(400, "PAYMENT_NOT_POSITIVE", organizer.post(pay, "{\"amountVnd\": 0}"));
        assertEquals(403, ex.post(pay, "{\"amountVnd\": 1}").status(), "an exhibitor records no payment");
    }

    @Test
    void cancellingOneBooth_withdrawsTheRequest_andReplacesItForTheOthers() {
        TestFairs.Fair f = fairOfThree();
        Api ex = TestFairs.as(TestFairs.exhibitor("ex"));
        String a = hold(ex, f, "1");
        String b = hold(ex, f, "2");
        String c = hold(ex, f, "3");
        JsonObject old = approveTogether(a, b, c).json().getJsonObject("invoice");
        Api.Reply cancelled = organizer.post("/api/reservations/" + b + "/cancel", "{\"reason\": \"Company asked for less space\"}");
        assertEquals(200, cancelled.status(), cancelled.body());

        JsonObject withdrawn = organizer.get("/api/invoices/" + old.getString("id")).json();
        assertEquals("VOID", withdrawn.getString("status"));
        JsonObject replacement = reservation(a).getJsonObject("invoice");
        assertEquals(replacement.getString("id"), withdrawn.getString("replacedBy"));
        assertNotEquals(old.getString("number"), replacement.getString("number"));
        assertEquals(List.of("1", "3"), replacement.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .map(l -> l.getString("booth")).toList());
        assertEquals(66_000_000L, replacement.getJsonNumber("grossVnd").longValue());
        assertEquals(replacement.getString("id"), reservation(c).getJsonObject("invoice").getString("id"));
        assertError(409, "INVOICE_VOID", organizer.post("/api/invoices/" + old.getString("id") + "/payments", "{\"amountVnd\": 1}"));
        JsonObject dashboard = organizer.get("/api/events/" + f.eventId() + "/dashboard").json();
        assertEquals(66_000_000L, dashboard.getJsonNumber("invoicedVnd").longValue(), "the withdrawn request no longer counts");
    }

    @Test
    void aBoothOfARequestWithMoneyOnIt_cannotBeCancelled() {
        TestFairs.Fair f = fairOfThree();
        Api ex = TestFairs.as(TestFairs.exhibitor("ex"));
        String a = hold(ex, f, "1");
        String b = hold(ex, f, "2");
        JsonObject invoice = approveTogether(a, b).json().getJsonObject("invoice");
        organizer.post("/api/invoices/" + invoice.getString("id") + "/payments", "{\"amountVnd\": 1000000}");
        assertError(409, "RESERVATION_HAS_PAYMENTS", organizer.post("/api/reservations/" + b + "/cancel", "{}"));
        assertEquals("RESERVED", reservation(b).getString("status"));
    }

    @Test
    void thePaymentRequest_carriesAVietQrOfTheDepositDue_thatAnIndependentDecoderReads() throws Exception {
        Api admin = Api.as("admin");
        JsonObject kept = admin.get("/api/seller").json();
        JsonObject account = kept.getJsonArray("accounts").getJsonObject(0);
        var withBin = jakarta.json.Json.createObjectBuilder(kept).add("accounts", jakarta.json.Json.createArrayBuilder()
                .add(jakarta.json.Json.createObjectBuilder(account).add("napasBin", "970436"))).build();
        assertEquals(200, admin.put("/api/seller", withBin.toString()).status());
        try {
            TestFairs.Fair f = fairOfThree();
            Api ex = TestFairs.as(TestFairs.exhibitor("ex"));
            JsonObject invoice = approveTogether(hold(ex, f, "1")).json().getJsonObject("invoice");
            Api.Binary pdf = ex.bytes(invoice.getString("pdfUrl"));
            byte[] png;
            try (PDDocument doc = Loader.loadPDF(pdf.body())) {
                var image = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(doc.getNumberOfPages() - 1, 200);
                var out = new java.io.ByteArrayOutputStream();
                javax.imageio.ImageIO.write(image, "png", out);
                png = out.toByteArray();
            }
            String qr = vn.wtcexpo.it.support.Badges.zbar(png);
            assertTrue(qr != null && !qr.isEmpty(), "zbarimg (installed by .ci/run) reads a code on the request");
            assertTrue(qr.contains("0010A000000727"), "NAPAS's GUID: " + qr);
            assertTrue(qr.contains("0006970436" + "01" + String.format("%02d", account.getString("accountNumber").length())
                    + account.getString("accountNumber")), "the bank and the account: " + qr);
            assertTrue(qr.contains("5407" + "9900000"), "the deposit due (30 % of 33 000 000): " + qr);
            assertTrue(qr.contains(invoice.getString("number") + " 0100233488"), "the transfer reference: " + qr);
        } finally {
            assertEquals(200, admin.put("/api/seller", kept.toString()).status());
        }
    }
}
