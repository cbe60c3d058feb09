package vn.wtcexpo.it.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.wtcexpo.it.support.Api;
import vn.wtcexpo.it.support.TestFairs;
import vn.wtcexpo.it.support.TestGates;
import vn.wtcexpo.it.support.ShippedApplication;

/** Lead retrieval at the booth: one lead per badge, rated, the visitor's details only with consent, the exhibitor's own. */
@ExtendWith(ShippedApplication.class)
class LeadsIT {

    private static TestGates.Today fair;
    private static String exhibitor;

    @BeforeAll
    static void fair() {
        fair = TestGates.fair("LD", 100);
        exhibitor = TestGates.exhibitorWithBooth(fair);
    }

    private static String visitor(boolean consent) {
        return TestFairs.expect(201, Api.as("organizer").post("/api/events/" + fair.eventId() + "/registrations", """
                {"fullName": "Khách Tiềm Năng", "email": "%s@example.vn", "company": "Công ty TNHH Mua Hàng",
                 "phone": "0912 345 678", "locale": "vi", "shareWithExhibitors": %s}
                """.formatted(UUID.randomUUID(), consent))).json().getString("code");
    }

    private static Api.Reply capture(Api who, String code) {
        return who.post("/api/leads", "{\"code\": \"" + code + "\", \"event\": \"" + fair.eventId() + "\"}");
    }

    @Test
    void badgeScannedTwice_isOneLead() {
        String code = visitor(true);
        Api.Reply first = capture(TestFairs.as(exhibitor), code);
        assertEquals(201, first.status(), first.body());
        Api.Reply again = capture(TestFairs.as(exhibitor), code);
        assertEquals(200, again.status(), again.body());
        assertEquals(first.json().getString("id"), again.json().getString("id"));
    }

    @Test
    void consentingVisitor_showsTheirDetails() {
        JsonObject lead = capture(TestFairs.as(exhibitor), visitor(true)).json();
        assertTrue(lead.getBoolean("consent"));
        assertEquals("Khách Tiềm Năng", lead.getString("fullName"));
        assertEquals("0912 345 678", lead.getString("phone"));
    }

    @Test
    void visitorWithoutConsent_showsNoPersonalDetails() {
        Api.Reply r = capture(TestFairs.as(exhibitor), visitor(false));
        assertEquals(201, r.status(), r.body());
        assertFalse(r.json().getBoolean("consent"));
        assertTrue(r.json().isNull("fullName"));
        assertFalse(r.body().contains("Khách Tiềm Năng"), r.body());
        String id = r.json().getString("id");
        JsonObject listed = TestFairs.as(exhibitor).get("/api/events/" + fair.eventId() + "/leads").array().stream()
                .map(v -> v.asJsonObject()).filter(l -> l.getString("id").equals(id)).findFirst().orElseThrow();
        assertTrue(listed.isNull("email"), "no e-mail of a visitor who did not consent: " + listed);
    }

    @Test
    void ratingAndNotes_areKept() {
        String id = capture(TestFairs.as(exhibitor), visitor(true)).json().getString("id");
        Api.Reply r = TestFairs.as(exhibitor).put("/api/leads/" + id, "{\"rating\": 4, \"notes\": \"Cần báo giá máy CNC\\nGọi lại thứ Hai\"}");
        assertEquals(200, r.status(), r.body());
        assertEquals(4, r.json().getInt("rating"));
        assertTrue(r.json().getString("notes").contains("Gọi lại thứ Hai"));
    }

    @Test
    void ratingOfSix_is400() {
        String id = capture(TestFairs.as(exhibitor), visitor(true)).json().getString("id");
        Api.Reply r = TestFairs.as(exhibitor).put("/api/leads/" + id, "{\"rating\": 6}");
        assertEquals(400, r.status(), r.body());
        assertEquals("LEAD_RATING_OUT_OF_RANGE", r.json().getString("error"));
    }

    @Test
    void anotherExhibitor_neitherSeesNorRatesTheLead() {
        String id = capture(TestFairs.as(exhibitor), visitor(true)).json().getString("id");
        String other = TestGates.exhibitorWithBoothNumbered(fair, "2");
        assertEquals(404, TestFairs.as(other).put("/api/leads/" + id, "{\"rating\": 1}").status());
        assertFalse(TestFairs.as(other).get("/api/events/" + fair.eventId() + "/leads").body().contains(id));
    }

    @Test
    void exhibitorWithoutABooth_is409() {
        String none = TestFairs.exhibitor("ln");
        Api.Reply r = capture(TestFairs.as(none), visitor(true));
        assertEquals(409, r.status(), r.body());
        assertEquals("LEADS_NEED_A_BOOTH", r.json().getString("error"));
    }

    @Test
    void junk_isNotALead() {
        Api.Reply r = capture(TestFairs.as(exhibitor), "not-a-badge");
        assertEquals(400, r.status(), r.body());
        assertEquals("LEAD_BADGE_UNKNOWN", r.json().getString("error"));
    }

    @Test
    void leadScanner_capturesForItsExhibitor_butCannotAdmitAtGates() {
        Api.Reply opened = TestFairs.as(exhibitor).post("/api/events/" + fair.eventId() + "/leads/scanners", "{\"name\": \"Gian 1\"}");
        assertEquals(201, opened.status(), opened.body());
        Api phone = Api.bearer(opened.json().getString("token"));
        String code = visitor(true);
        Api.Reply r = phone.post("/api/leads", "{\"code\": \"" + code + "\"}");
        assertEquals(201, r.status(), r.body());
        assertTrue(TestFairs.as(exhibitor).get("/api/events/" + fair.eventId() + "/leads").body().contains(r.json().getString("id")));
        assertEquals(403, phone.post("/api/checkins", TestGates.scan(code, fair.in(), "IN")).status());
    }

    @Test
    void aLeadScannerOpenedAgainTheSameDay_isTheSameDevice_withItsLeads_andTheOldTokenStops() {
        String path = "/api/events/" + fair.eventId() + "/leads/scanners";
        Api.Reply first = TestFairs.expect(201, TestFairs.as(exhibitor).post(path, "{\"name\": \"Gian 5\"}"));
        Api before = Api.bearer(first.json().getString("token"));
        String lead = TestFairs.expect(201, before.post("/api/leads", "{\"code\": \"" + visitor(true) + "\"}")).json().getString("id");
        Api.Reply again = TestFairs.expect(201, TestFairs.as(exhibitor).post(path, "{\"name\": \"Gian 5\"}"));
        assertEquals(first.json().getString("id"), again.json().getString("id"), "one device per person and day");
        Api after = Api.bearer(again.json().getString("token"));
        assertTrue(after.get("/api/events/" + fair.eventId() + "/leads").body().contains(lead), "it keeps the leads it captured");
        assertEquals(401, before.get("/api/devices/me").status(), "the old token stops");
        // and the organizer's gate devices are the gates' own
        String devices = Api.as("organizer").get("/api/events/" + fair.eventId() + "/devices").body();
        assertTrue(!devices.contains(first.json().getString("id")), "no lead scanner among the gate devices: " + devices);
    }

    @Test
    void leadScanner_listsOnlyTheLeadsItCapturedItself_notTheCompanysList() {
        Api phone = Api.bearer(TestFairs.expect(201, TestFairs.as(exhibitor).post("/api/events/" + fair.eventId()
                + "/leads/scanners", "{\"name\": \"Gian 2\"}")).json().getString("token"));
        Api other = Api.bearer(TestFairs.expect(201, TestFairs.as(exhibitor).post("/api/events/" + fair.eventId()
                + "/leads/scanners", "{\"name\": \"Gian 3\"}")).json().getString("token"));
        String byAccount = capture(TestFairs.as(exhibitor), visitor(true)).json().getString("id");
        String byOther = other.post("/api/leads", "{\"code\": \"" + visitor(true) + "\"}").json().getString("id");
        String mine = TestFairs.expect(201, phone.post("/api/leads", "{\"code\": \"" + visitor(true) + "\"}")).json().getString("id");
        Api.Reply list = phone.get("/api/events/" + fair.eventId() + "/leads");
        assertEquals(200, list.status(), list.body());
        assertEquals(1, list.array().size(), list.body());
        assertEquals(mine, list.array().getJsonObject(0).getString("id"));
        String all = TestFairs.as(exhibitor).get("/api/events/" + fair.eventId() + "/leads").body();
        assertTrue(all.contains(byAccount) && all.contains(byOther) && all.contains(mine), "the company's account sees all: " + all);
    }

    @Test
    void companyWhoseLastBoothEnds_losesItsLeadScanners() {
        String leaving = TestGates.exhibitorWithBoothNumbered(fair, "7");
        Api phone = Api.bearer(TestFairs.expect(201, TestFairs.as(leaving).post("/api/events/" + fair.eventId()
                + "/leads/scanners", "{\"name\": \"Gian 7\"}")).json().getString("token"));
        assertEquals(201, phone.post("/api/leads", "{\"code\": \"" + visitor(true) + "\"}").status());
        String reservation = TestFairs.as(leaving).get("/api/reservations").array().getJsonObject(0).getString("id");
        TestFairs.expect(200, Api.as("organizer").post("/api/reservations/" + reservation + "/reject", "{\"reason\": \"Trùng gian\"}"));
        Api.Reply after = phone.post("/api/leads", "{\"code\": \"" + visitor(true) + "\"}");
        assertEquals(401, after.status(), "the scanner's token no longer signs in: " + after.body());
        assertEquals(401, phone.get("/api/events/" + fair.eventId() + "/leads").status());
    }

    @Test
    void aDisabledAccount_theScannersItPaired_stopAtOnce() {
        String company = TestGates.exhibitorWithBoothNumbered(fair, "8");
        Api phone = Api.bearer(TestFairs.expect(201, TestFairs.as(company).post("/api/events/" + fair.eventId()
                + "/leads/scanners", "{\"name\": \"Gian 8\"}")).json().getString("token"));
        assertEquals(200, phone.get("/api/devices/me").status());
        assertEquals(200, Api.as("admin").post("/api/accounts/" + company + "/disable", "").status());
        assertEquals(401, phone.get("/api/devices/me").status());
    }
}
