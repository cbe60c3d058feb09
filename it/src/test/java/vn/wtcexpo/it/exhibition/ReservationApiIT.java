package vn.wtcexpo.it.exhibition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.wtcexpo.it.support.Api;
import vn.wtcexpo.it.support.TestFairs;
import vn.wtcexpo.it.support.ShippedApplication;

/** Booth reservations, payment requests and payments through the API, one rule per test. */
@ExtendWith(ShippedApplication.class)
class ReservationApiIT {

    private final Api organizer = Api.as("organizer");

    private static JsonObject reserve(Api who, TestFairs.Fair f, String number) {
        Api.Reply r = who.post(f.booths() + "/" + number + "/reservations", "{}");
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    private JsonObject approve(String id) {
        Api.Reply r = organizer.post("/api/reservations/" + id + "/approve", "{}");
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private static String status(TestFairs.Fair f, String number) {
        return Api.anonymous().get(f.booths()).array().getValuesAs(JsonObject.class).stream()
                .filter(b -> b.getString("number").equals(number)).findFirst().orElseThrow().getString("status");
    }

    private static void assertError(int status, String code, Api.Reply r) {
        assertEquals(status, r.status(), r.body());
        assertEquals(code, r.json().getString("error"), r.body());
    }

    @Test
    void aReservation_putsTheBoothOnHoldUntilTheEventsHoldDays() {
        TestFairs.Fair f = TestFairs.published("RS");
        TestFairs.booth(f, "1", 0, 0);
        JsonObject r = reserve(TestFairs.as(TestFairs.exhibitor("ex")), f, "1");
        assertEquals("ON_HOLD", r.getString("status"));
        assertEquals("1", r.getString("booth"));
        assertNotNull(r.getString("holdExpiresAt"));
        assertEquals("ON_HOLD", status(f, "1"));
        assertTrue(!Api.anonymous().get(f.booths()).body().contains("Công ty"), "who holds a booth is not public");
    }

    @Test
    void aFourthHoldAtOnce_isHOLD_LIMIT_REACHED_byDefault_inTheCallersLanguage() {
        TestFairs.Fair f = TestFairs.published("RS");
        for (int i = 1; i <= 4; i++) {
            TestFairs.booth(f, String.valueOf(i), (i - 1) * 3.5, 0);
        }
        Api company = TestFairs.as(TestFairs.exhibitor("ex"));
        for (int i = 1; i <= 3; i++) {
            reserve(company, f, String.valueOf(i));
        }
        Api.Reply fourth = company.inLanguage("en").post(f.booths() + "/4/reservations", "{}");
        assertError(409, "HOLD_LIMIT_REACHED", fourth);
        assertTrue(fourth.json().getString("message").contains("at most 3"), fourth.body());
        assertEquals("AVAILABLE", status(f, "4"));
    }

    @Test
    void theHoldLimit_isTheOrganizersSetting_andAnApprovedBoothNoLongerCounts() {
        TestFairs.Fair f = TestFairs.published("RS");
        for (int i = 1; i <= 3; i++) {
            TestFairs.booth(f, String.valueOf(i), (i - 1) * 3.5, 0);
        }
        Api.Reply set = organizer.put("/api/events/" + f.eventId(), "{\"terms\": {\"maxHoldsPerCompany\": 1}}");
        assertEquals(200, set.status(), set.body());
        assertEquals(1, set.json().getJsonObject("terms").getInt("maxHoldsPerCompany"));
        Api company = TestFairs.as(TestFairs.exhibitor("ex"));
        String first = reserve(company, f, "1").getString("id");
        assertError(409, "HOLD_LIMIT_REACHED", company.post(f.booths() + "/2/reservations", "{}"));
        approve(first);
        reserve(company, f, "2");
    }

    @Test
    void aHoldLimitOfZero_is400() {
        TestFairs.Fair f = TestFairs.published("RS");
        assertError(400, "EVENT_MAX_HOLDS_OUT_OF_RANGE",
                organizer.put("/api/events/" + f.eventId(), "{\"terms\": {\"maxHoldsPerCompany\": 0}}"));
    }

    @Test
    void aHeldBooth_isBOOTH_TAKENForTheNext() {
        TestFairs.Fair f = TestFairs.published("RS");
        TestFairs.booth(f, "1", 0, 0);
        reserve(TestFairs.as(TestFairs.exhibitor("ex")), f, "1");
        assertError(409, "BOOTH_TAKEN", TestFairs.as(TestFairs.exhibitor("ex")).post(f.booths() + "/1/reservations", "{}"));
    }

    @Test
    void aBlockedArea_cannotBeReserved() {
        TestFairs.Fair f = TestFairs.published("RS");
        organizer.post(f.booths(), """
                {"number": "STAGE", "xM": 0, "yM": 0, "widthM": 6, "depthM": 3, "type": "BLOCKED", "label": "Sân khấu"}""");
        assertError(409, "BOOTH_TAKEN", TestFairs.as(TestFairs.exhibitor("ex")).post(f.booths() + "/STAGE/reservations", "{}"));
    }

    @Test
    void aDraftEvent_cannotBeReserved() {
        TestFairs.Fair f = TestFairs.draft("RS");
        TestFairs.booth(f, "1", 0, 0);
        assertEquals(404, TestFairs.as(TestFairs.exhibitor("ex")).post(f.booths() + "/1/reservations", "{}").status());
    }

    @Test
    void aBoothOfAnotherEvent_isNotFound() {
        TestFairs.Fair one = TestFairs.published("RS");
        TestFairs.Fair other = TestFairs.published("RS");
        TestFairs.booth(other, "77", 0, 0);
        assertError(404, "BOOTH_NOT_FOUND", TestFairs.as(TestFairs.exhibitor("ex")).post(one.booths() + "/77/reservations", "{}"));
    }

    @Test
    void approval_issuesAPaymentRequestWithVatByTheShowDays() {
        TestFairs.Fair f = TestFairs.published("RS");
        TestFairs.booth(f, "1", 0, 0);
        JsonObject held = reserve(TestFairs.as(TestFairs.exhibitor("ex")), f, "1");
        JsonObject approved = approve(held.getString("id"));
        assertEquals("RESERVED", approved.getString("status"));
        JsonObject invoice = approved.getJsonObject("invoice");
        // 30,000,000 VND net, 10% VAT in 2032, 30% deposit
        assertEquals(30_000_000L, invoice.getJsonNumber("netVnd").longValue());
        assertEquals(3_000_000L, invoice.getJsonNumber("vatVnd").longValue());
        assertEquals(33_000_000L, invoice.getJsonNumber("grossVnd").longValue());
        assertEquals(9_900_000L, invoice.getJsonNumber("depositVnd").longValue());
        assertTrue(invoice.getString("number").matches("YC-\\d{4}-\\d{5}"), invoice.toString());
        assertEquals("RESERVED", status(f, "1"));
    }

    @Test
    void paymentRequestNumbers_followOneAnotherWithoutGaps() {
        TestFairs.Fair f = TestFairs.published("RS");
        TestFairs.booth(f, "1", 0, 0);
        TestFairs.booth(f, "2", 3, 0);
        String a = approve(reserve(TestFairs.as(TestFairs.exhibitor("ex")), f, "1").getString("id"))
                .getJsonObject("invoice").getString("number");
        String b = approve(reserve(TestFairs.as(TestFairs.exhibitor("ex")), f, "2").getString("id"))
                .getJsonObject("invoice").getString("number");
        assertEquals(Integer.parseInt(a.substring(8)) + 1, Integer.parseInt(b.substring(8)), a + " then " + b);
    }

    @Test
    void thePaymentRequestPdf_readsInVietnameseAndEnglish() throws Exception {
        TestFairs.Fair f = TestFairs.published("RS");
        TestFairs.booth(f, "1", 0, 0);
        String ex = TestFairs.exhibitor("ex");
        JsonObject invoice = approve(reserve(TestFairs.as(ex), f, "1").getString("id")).getJsonObject("invoice");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Api.BASE + invoice.getString("pdfUrl")))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((ex + ":" + TestFairs.PASSWORD)
                        .getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("YÊU CẦU THANH TOÁN"), text);
            assertTrue(text.contains("Payment request"), text);
            assertTrue(text.contains("Công ty " + ex), text);
            assertTrue(text.contains("Nguyễn") || text.contains("Thủ Dầu Một"), text);
            assertTrue(text.contains("33.000.000 ₫"), "the amount with a space before the dong sign: " + text);
            assertTrue(text.contains("not a VAT invoice") && text.contains("certified"), text);
            // who sells, where to pay, and what to write on the transfer (the request's number and the buyer's tax code)
            JsonObject seller = Api.as("admin").get("/api/seller").json();
            assertTrue(text.contains(seller.getString("legalNameVi")) && text.contains(seller.getString("taxCode")), text);
            assertTrue(text.contains(seller.getJsonArray("accounts").getJsonObject(0).getString("accountNumber")), text);
            assertTrue(text.contains("Transfer reference: " + invoice.getString("number") + " 0100233488"), text);
        }
    }

    @Test
    void theEInvoiceXml_isCircular78sLayout_withTotalsThatAddUp_andTheTotalInWords() throws Exception {
        TestFairs.Fair f = TestFairs.published("RS");
        TestFairs.booth(f, "1", 0, 0);
        String ex = TestFairs.exhibitor("ex");
        JsonObject invoice = approve(reserve(TestFairs.as(ex), f, "1").getString("id")).getJsonObject("invoice");
        Api.Reply xml = organizer.getAccepting("/api/invoices/" + invoice.getString("id") + "/e-invoice.xml", "application/xml");
        assertEquals(200, xml.status(), xml.body());
        var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.body().getBytes(StandardCharsets.UTF_8)));
        var root = doc.getDocumentElement();
        assertEquals("HDon", root.getNodeName());
        java.util.function.Function<String, String> one = tag -> doc.getElementsByTagName(tag).item(0).getTextContent();
        java.util.function.Function<String, Long> sum = tag -> {
            long total = 0;
            var nodes = doc.getElementsByTagName(tag);
            for (int i = 0; i < nodes.getLength(); i++) {
                if (nodes.item(i).getParentNode().getNodeName().equals("LTSuat")) {
                    total += Long.parseLong(nodes.item(i).getTextContent());
                }
            }
            return total;
        };
        assertEquals(Long.parseLong(one.apply("TgTCThue")), sum.apply("ThTien"), "the lines by rate add up to the net");
        assertEquals(Long.parseLong(one.apply("TgTThue")), sum.apply("TThue"), "the VAT by rate adds up to the VAT");
        assertEquals(33_000_000L, Long.parseLong(one.apply("TgTTTBSo")));
        assertEquals(Long.parseLong(one.apply("TgTCThue")) + Long.parseLong(one.apply("TgTThue")), Long.parseLong(one.apply("TgTTTBSo")));
        assertEquals("Ba mươi ba triệu đồng", one.apply("TgTTTBChu"));
        assertEquals("10%", doc.getElementsByTagName("TSuat").item(0).getTextContent());
        var buyer = (org.w3c.dom.Element) doc.getElementsByTagName("NMua").item(0);
        assertEquals("0100233488", buyer.getElementsByTagName("MST").item(0).getTextContent());
        var seller = (org.w3c.dom.Element) doc.getElementsByTagName("NBan").item(0);
        assertEquals(Api.as("admin").get("/api/seller").json().getString("taxCode"), seller.getElementsByTagName("MST").item(0).getTextContent());
    }

    @Test
    void theSeller_isSetByTheVenueAdminOnly_everyBadFieldNamedAtOnce() {
        Api admin = Api.as("admin");
        JsonObject kept = admin.get("/api/seller").json();
        Api.Reply bad = admin.put("/api/seller", """
                {"legalNameVi": " ", "legalNameEn": "WTC", "taxCode": "0100233480", "addressVi": "A", "addressEn": "A",
                 "accounts": [{"bankName": "B", "accountNumber": "?", "accountHolder": "C"}]}""");
        assertEquals(400, bad.status(), bad.body());
        assertEquals(java.util.List.of("legalNameVi", "taxCode", "accountNumber"), bad.json().getJsonArray("violations")
                .getValuesAs(JsonObject.class).stream().map(v -> v.getString("field")).toList());
        assertEquals(kept, admin.get("/api/seller").json(), "nothing half-written");
        assertEquals(200, admin.put("/api/seller", kept.toString()).status(), "the same details saved again");
        assertEquals(403, organizer.put("/api/seller", kept.toString()).status());
    }

    @Test
    void anotherExhibitor_seesNeitherTheReservationNorItsPaymentRequest() {
        TestFairs.Fair f = TestFairs.published("RS");
        TestFairs.booth(f, "1", 0, 0);
        JsonObject r = approve(reserve(TestFairs.as(TestFairs.exhibitor("ex")), f, "1").getString("id"));
        Api stranger = TestFairs.as(TestFairs.exhibitor("ex"));
        assertEquals(404, stranger.get("/api/reservations/" + r.getString("id")).status());
        assertEquals(404, stranger.get("/api/invoices/" + r.getJsonObject("invoice").getString("id")).status());
        assertEquals(0, stranger.get("/api/reservations").array().size());
    }

    @Test
    void payingInFull_sellsTheBooth() {
        TestFairs.Fair f = TestFairs.published("RS");
        TestFairs.booth(f, "1", 0, 0);
        String id = approve(reserve(TestFairs.as(TestFairs.exhibitor("ex")), f, "1").getString("id")).getString("id");
        Api.Reply deposit = organizer.post("/api/reservations/" + id + "/payments", "{\"amountVnd\": 9900000, \"reference\": \"UNC-1\"}");
        assertEquals("RESERVED", deposit.json().getString("status"), deposit.body());
        assertEquals(23_100_000L, deposit.json().getJsonObject("invoice").getJsonNumber("outstandingVnd").longValue());
        Api.Reply rest = organizer.post("/api/reservations/" + id + "/payments", "{\"amountVnd\": 23100000}");
        assertEquals("SOLD", rest.json().getString("status"), rest.body());
        assertEquals("SOLD", status(f, "1"));
    }

    @Test
    void aNegativeOrTooLargePayment_is400() {
        TestFairs.Fair f = TestFairs.published("RS");
        TestFairs.booth(f, "1", 0, 0);
        String id = approve(reserve(TestFairs.as(TestFairs.exhibitor("ex")), f, "1").getString("id")).getString("id");
        assertError(400, "PAYMENT_NOT_POSITIVE", organizer.post("/api/reservations/" + id + "/payments", "{\"amountVnd\": -1}"));
        assertError(400, "PAYMENT_ABOVE_OUTSTANDING", organizer.post("/api/reservations/" + id + "/payments", "{\"amountVnd\": 33000001}"));
    }

    @Test
    void aRejectedReservation_freesTheBooth() {
        TestFairs.Fair f = TestFairs.published("RS");
        TestFairs.booth(f, "1", 0, 0);
        String id = reserve(TestFairs.as(TestFairs.exhibitor("ex")), f, "1").getString("id");
        Api.Reply r = organizer.post("/api/reservations/" + id + "/reject", "{\"reason\": \"Ngành hàng không phù hợp\"}");
        assertEquals("REJECTED", r.json().getString("status"), r.body());
        assertEquals("AVAILABLE", status(f, "1"));
        reserve(TestFairs.as(TestFairs.exhibitor("ex")), f, "1");
    }

    @Test
    void aDeclineWithoutAReason_is400_andTheBoothStaysHeld() {
        TestFairs.Fair f = TestFairs.published("RS");
        TestFairs.booth(f, "1", 0, 0);
        String id = reserve(TestFairs.as(TestFairs.exhibitor("ex")), f, "1").getString("id");
        assertError(400, "REASON_REQUIRED", organizer.post("/api/reservations/" + id + "/reject", "{\"reason\": \"  \"}"));
        assertError(400, "REASON_REQUIRED", organizer.post("/api/reservations/" + id + "/reject", "{}"));
        assertEquals("ON_HOLD", status(f, "1"));
    }

    @Test
    void theReasonOfADecline_isShownToTheExhibitor() {
        TestFairs.Fair f = TestFairs.published("RS");
        TestFairs.booth(f, "1", 0, 0);
        Api company = TestFairs.as(TestFairs.exhibitor("ex"));
        String id = reserve(company, f, "1").getString("id");
        organizer.post("/api/reservations/" + id + "/reject", "{\"reason\": \"Ngành hàng không phù hợp\"}");
        assertEquals("Ngành hàng không phù hợp", company.get("/api/reservations/" + id).json().getString("closeReason"));
    }

    @Test
    void theExhibitor_cancelsItsHold_butNotAnApprovedReservation() {
        TestFairs.Fair f = TestFairs.published("RS");
        TestFairs.booth(f, "1", 0, 0);
        TestFairs.booth(f, "2", 3, 0);
        Api ex = TestFairs.as(TestFairs.exhibitor("ex"));
        String held = reserve(ex, f, "1").getString("id");
        assertEquals("CANCELLED", ex.post("/api/reservations/" + held + "/cancel", "{}").json().getString("status"));
        String approved = approve(reserve(ex, f, "2").getString("id")).getString("id");
        assertError(409, "RESERVATION_CANNOT_CANCEL", ex.post("/api/reservations/" + approved + "/cancel", "{}"));
    }

    @Test
    void anExhibitor_cannotApproveItself() {
        TestFairs.Fair f = TestFairs.published("RS");
        TestFairs.booth(f, "1", 0, 0);
        Api ex = TestFairs.as(TestFairs.exhibitor("ex"));
        String id = reserve(ex, f, "1").getString("id");
        assertEquals(403, ex.post("/api/reservations/" + id + "/approve", "{}").status());
    }

    @Test
    void anExpiredHold_freesTheBooth() {
        TestFairs.Fair f = TestFairs.published("RS");
        TestFairs.booth(f, "1", 0, 0);
        String id = reserve(TestFairs.as(TestFairs.exhibitor("ex")), f, "1").getString("id");
        Api.Reply r = Api.as("admin").post("/api/reservations/expire-due", "{\"until\": \"2099-01-01T00:00:00+07:00\"}");
        assertEquals(200, r.status(), r.body());
        assertEquals("EXPIRED", organizer.get("/api/reservations/" + id).json().getString("status"));
        assertEquals("AVAILABLE", status(f, "1"));
    }

    @Test
    void staff_areRegisteredUpToTheBoothsLimit() {
        TestFairs.Fair f = TestFairs.published("RS");
        TestFairs.booth(f, "1", 0, 0);
        Api ex = TestFairs.as(TestFairs.exhibitor("ex"));
        String staff = "/api/events/" + f.eventId() + "/staff";
        assertError(409, "STAFF_NEEDS_A_BOOTH", ex.post(staff, "{\"fullName\": \"Lê Văn A\", \"email\": \"a@example.vn\"}"));
        approve(reserve(ex, f, "1").getString("id"));
        // 9 m², one badge per 3 m²: three people
        for (int i = 0; i < 3; i++) {
            assertEquals(201, ex.post(staff, "{\"fullName\": \"Người " + i + "\", \"email\": \"p" + i + "@example.vn\", \"jobTitle\": \"Sales\"}").status());
        }
        assertError(409, "STAFF_LIMIT_REACHED", ex.post(staff, "{\"fullName\": \"Người 4\", \"email\": \"p4@example.vn\"}"));
        assertEquals(3, ex.get(staff).json().getJsonArray("staff").size());
    }

    @Test
    void theDashboard_countsBoothsAndMoney() {
        TestFairs.Fair f = TestFairs.published("RS");
        TestFairs.booth(f, "1", 0, 0);
        TestFairs.booth(f, "2", 3, 0);
        TestFairs.booth(f, "3", 6, 0);
        Api ex = TestFairs.as(TestFairs.exhibitor("ex"));
        reserve(ex, f, "1");
        String id = approve(reserve(ex, f, "2").getString("id")).getString("id");
        organizer.post("/api/reservations/" + id + "/payments", "{\"amountVnd\": 9900000}");
        JsonObject d = organizer.get("/api/events/" + f.eventId() + "/dashboard").json();
        JsonObject total = d.getJsonObject("total");
        assertEquals(1, total.getJsonObject("booths").getInt("AVAILABLE"));
        assertEquals(1, total.getJsonObject("booths").getInt("ON_HOLD"));
        assertEquals(1, total.getJsonObject("booths").getInt("RESERVED"));
        // sold is paid in full: a third paid is reserved, not sold
        assertEquals(0.0, total.getJsonNumber("soldPercent").doubleValue());
        assertEquals(33.3, total.getJsonNumber("reservedPercent").doubleValue());
        assertEquals(33.3, total.getJsonNumber("onHoldPercent").doubleValue());
        assertEquals(33_000_000L, d.getJsonNumber("invoicedVnd").longValue());
        assertEquals(9_900_000L, d.getJsonNumber("paidVnd").longValue());
        assertEquals(403, Api.as("exhibitor").get("/api/events/" + f.eventId() + "/dashboard").status());
    }

    @Test
    void theExhibitorList_exportsAsCsvAndXlsx() throws Exception {
        TestFairs.Fair f = TestFairs.published("RS");
        TestFairs.booth(f, "1", 0, 0);
        String ex = TestFairs.exhibitor("ex");
        approve(reserve(TestFairs.as(ex), f, "1").getString("id"));
        Api.Reply csv = organizer.getAccepting("/api/events/" + f.eventId() + "/exhibitors/export.csv", "text/csv");
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.body().contains("Công ty " + ex) && csv.body().contains("0100233488"), csv.body());
        // the state in words of the reader's language, never its code
        assertTrue(csv.body().contains("\"Đã đặt, chờ thanh toán\"") && !csv.body().contains("RESERVED"), csv.body());
        HttpResponse<byte[]> xlsx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Api.BASE + "/api/events/"
                        + f.eventId() + "/exhibitors/export.xlsx")).header("Accept-Language", "en").header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString("organizer:demo".getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, xlsx.statusCode());
        String sheet = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx.body()))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    sheet = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertNotNull(sheet);
        assertTrue(sheet.contains("Công ty " + ex), sheet);
        assertTrue(sheet.contains(">Tax code<") && sheet.contains(">Reserved, awaiting payment<"), sheet);
        assertTrue(sheet.contains("state=\"frozen\"") && sheet.contains("<autoFilter ref=\"A1:K2\"/>")
                && sheet.contains("customWidth=\"1\""), "frozen header, a filter, widths: " + sheet);
        assertEquals(403, Api.as("exhibitor").getAccepting("/api/events/" + f.eventId() + "/exhibitors/export.csv", "text/csv").status());
    }

    @Test
    void theDirectory_listsWhoExhibitsWhere() {
        TestFairs.Fair f = TestFairs.published("RS");
        TestFairs.booth(f, "1", 0, 0);
        String ex = TestFairs.exhibitor("ex");
        approve(reserve(TestFairs.as(ex), f, "1").getString("id"));
        JsonObject entry = Api.anonymous().get("/api/events/" + f.eventId() + "/exhibitors").array().getJsonObject(0);
        assertEquals("Công ty " + ex, entry.getString("companyName"));
        assertEquals("1", entry.getJsonArray("booths").getString(0));
    }
}
