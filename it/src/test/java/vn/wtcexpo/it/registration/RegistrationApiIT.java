package vn.wtcexpo.it.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.wtcexpo.it.support.Api;
import vn.wtcexpo.it.support.Badges;
import vn.wtcexpo.it.support.TestFairs;
import vn.wtcexpo.it.support.ShippedApplication;

/** Visitor registration and badges through the API, one rule per test. */
@ExtendWith(ShippedApplication.class)
class RegistrationApiIT {

    private final Api organizer = Api.as("organizer");
    private final Api anonymous = Api.anonymous();

    private static String registrations(TestFairs.Fair f) {
        return "/api/events/" + f.eventId() + "/registrations";
    }

    private static void assertError(int status, String code, Api.Reply r) {
        assertEquals(status, r.status(), r.body());
        assertEquals(code, r.json().getString("error"), r.body());
    }

    private static String mail(String who) {
        return who + "." + System.nanoTime() + "@example.vn";
    }

    @Test
    void registration_answers201WithACodeTheEventKeyVerifies() throws Exception {
        TestFairs.Fair f = TestFairs.published("RG");
        JsonObject badge = Badges.register(f.eventId(), "Nguyễn Thị Đào", mail("dao"));
        assertEquals("VISITOR", badge.getString("type"));
        String code = badge.getString("code");
        String key = anonymous.get("/api/events/" + f.eventId() + "/badge-key").json().getString("publicKey");
        assertTrue(Badges.verifies(code, key), code);
        assertFalse(code.contains(badge.getString("badgeId")), "the code carries no database id");
    }

    @Test
    void codeOfOneEvent_isNotVerifiedByAnotherEventsKey() throws Exception {
        TestFairs.Fair one = TestFairs.published("RG");
        TestFairs.Fair other = TestFairs.published("RG");
        String code = Badges.register(one.eventId(), "Lê Văn Tám", mail("tam")).getString("code");
        Badges.register(other.eventId(), "Lê Văn Tám", mail("tam2"));
        String otherKey = anonymous.get("/api/events/" + other.eventId() + "/badge-key").json().getString("publicKey");
        assertFalse(Badges.verifies(code, otherKey));
    }

    @Test
    void qrImage_decodesToTheExactCode_byZxingAndByZbar() throws Exception {
        TestFairs.Fair f = TestFairs.published("RG");
        JsonObject badge = Badges.register(f.eventId(), "Trần Minh Khôi", mail("khoi"));
        assertTrue(badge.getString("qrUrl").startsWith(Api.BASE + "/api/badges/"), badge.getString("qrUrl"));
        Api.Binary png = anonymous.bytes(badge.getString("qrUrl"));
        assertEquals(200, png.status());
        assertEquals("image/png", png.contentType());
        assertEquals(badge.getString("code"), Badges.zxing(png.body()));
        String zbar = Badges.zbar(png.body());
        if (zbar != null) {
            assertEquals(badge.getString("code"), zbar);
        }
    }

    @Test
    void pdfBadge_showsTheVietnameseNameExactly_markupAsText() throws Exception {
        TestFairs.Fair f = TestFairs.published("RG");
        String name = "Phạm Thị Ánh <b>Hồng</b>";
        JsonObject badge = Badges.register(f.eventId(), name, mail("hong"));
        for (String url : List.of(badge.getString("pdfUrl"), badge.getString("labelPdfUrl"))) {
            Api.Binary pdf = anonymous.bytes(url);
            assertEquals(200, pdf.status());
            assertEquals("application/pdf", pdf.contentType());
            String text = Badges.pdfText(pdf.body());
            assertTrue(text.contains(name), text);
            assertTrue(text.contains("KHÁCH THAM QUAN"), text);
        }
    }

    @Test
    void sameEmailAgainAnonymously_inOtherLetterCase_is202AndShowsNothingOfThePerson() {
        TestFairs.Fair f = TestFairs.published("RG");
        String email = mail("lan");
        Api.Reply first = anonymous.post(registrations(f), Badges.visitor("Hoàng Lan", email));
        assertEquals(201, first.status(), first.body());
        Api.Reply again = anonymous.post(registrations(f), """
                {"fullName": "Kẻ Mạo Danh", "email": "%s"}
                """.formatted(email.toUpperCase()));
        assertEquals(202, again.status(), again.body());
        assertEquals("ALREADY_REGISTERED", again.json().getString("status"));
        assertEquals(1, again.json().size(), again.body());
        for (String secret : List.of(first.json().getString("code"), first.json().getString("badgeId"), "0912", "345 678",
                "Bình Dương", "Hoàng Lan", "Kẻ Mạo Danh", "/api/badges", "http")) {
            assertFalse(again.body().contains(secret), "the answer shows " + secret + ": " + again.body());
        }
    }

    @Test
    void sameEmailAgain_whenRegistrationHasClosedSince_is202NotAConflict() {
        TestFairs.Fair f = TestFairs.published("RG");
        String email = mail("closedsince");
        Badges.register(f.eventId(), "Hoàng Lan", email);
        organizer.put("/api/events/" + f.eventId() + "/registration-settings", "{\"open\": false}");
        Api.Reply again = anonymous.post(registrations(f), Badges.visitor("Hoàng Lan", email));
        assertEquals(202, again.status(), again.body());
        assertEquals("ALREADY_REGISTERED", again.json().getString("status"));
    }

    @Test
    void sameEmailAgain_whenTheEventIsFullSince_is202NotAConflict() {
        TestFairs.Fair f = TestFairs.published("RG");
        organizer.put("/api/events/" + f.eventId() + "/registration-settings", "{\"open\": true, \"cap\": 1}");
        String email = mail("fullsince");
        Badges.register(f.eventId(), "Hoàng Lan", email);
        Api.Reply again = anonymous.post(registrations(f), Badges.visitor("Hoàng Lan", email));
        assertEquals(202, again.status(), again.body());
    }

    @Test
    void sameEmailAgain_atTheDesk_showsTheExistingBadgeToTheOrganizer() {
        TestFairs.Fair f = TestFairs.published("RG");
        String email = mail("desk");
        JsonObject first = Badges.register(f.eventId(), "Hoàng Lan", email);
        Api.Reply atDesk = organizer.post(registrations(f), Badges.visitor("Hoàng Lan", email.toUpperCase()));
        assertEquals(200, atDesk.status(), atDesk.body());
        assertEquals(first.getString("badgeId"), atDesk.json().getString("badgeId"));
        assertEquals(first.getString("code"), atDesk.json().getString("code"));
    }

    @Test
    void revokedBadge_sameEmailAgainAnonymously_is202AndIssuesNoNewBadge() {
        TestFairs.Fair f = TestFairs.published("RG");
        String email = mail("revoked");
        JsonObject first = Badges.register(f.eventId(), "Hoàng Lan", email);
        assertEquals(200, organizer.post("/api/badges/" + first.getString("badgeId") + "/revoke", "{}").status());
        Api.Reply again = anonymous.post(registrations(f), Badges.visitor("Hoàng Lan", email));
        assertEquals(202, again.status(), again.body());
        assertEquals(0, organizer.get("/api/events/" + f.eventId() + "/registrations/stats").json()
                .getJsonObject("byType").getInt("VISITOR", 0), "no second badge");
    }

    @Test
    void invalidEmail_is400NamingTheField() {
        TestFairs.Fair f = TestFairs.published("RG");
        Api.Reply r = anonymous.inLanguage("en").post(registrations(f), Badges.visitor("Hoàng Lan", "lan@"));
        assertError(400, "EMAIL_INVALID", r);
        assertEquals("email", r.json().getJsonArray("violations").getJsonObject(0).getString("field"));
    }

    @Test
    void severalBadFields_are400WithAViolationForEach() {
        TestFairs.Fair f = TestFairs.published("RG");
        Api.Reply r = anonymous.post(registrations(f), "{\"fullName\": \" \", \"email\": \"lan@\", \"phone\": \"12\"}");
        assertEquals(400, r.status(), r.body());
        assertEquals(List.of("fullName", "email", "phone"), r.json().getJsonArray("violations").getValuesAs(JsonObject.class)
                .stream().map(v -> v.getString("field")).toList());
    }

    @Test
    void overlongName_is400() {
        TestFairs.Fair f = TestFairs.published("RG");
        assertError(400, "TEXT_TOO_LONG", anonymous.post(registrations(f), Badges.visitor("N".repeat(101), mail("long"))));
    }

    @Test
    void unpublishedEvent_is404() {
        TestFairs.Fair f = TestFairs.draft("RG");
        assertError(404, "EVENT_NOT_FOUND", anonymous.post(registrations(f), Badges.visitor("Hoàng Lan", mail("draft"))));
    }

    @Test
    void closedRegistration_is409_butTheDeskStillRegisters() {
        TestFairs.Fair f = TestFairs.published("RG");
        assertEquals(200, organizer.put("/api/events/" + f.eventId() + "/registration-settings", "{\"open\": false}").status());
        assertError(409, "REGISTRATION_CLOSED", anonymous.post(registrations(f), Badges.visitor("Hoàng Lan", mail("closed"))));
        assertEquals(201, organizer.post(registrations(f), Badges.visitor("Hoàng Lan", mail("walkin"))).status());
    }

    @Test
    void fullEvent_is409() {
        TestFairs.Fair f = TestFairs.published("RG");
        assertEquals(200, organizer.put("/api/events/" + f.eventId() + "/registration-settings", "{\"open\": true, \"cap\": 1}").status());
        Badges.register(f.eventId(), "Người Thứ Nhất", mail("first"));
        assertError(409, "REGISTRATION_FULL", anonymous.post(registrations(f), Badges.visitor("Người Thứ Hai", mail("second"))));
    }

    @Test
    void aNullCap_meansNoCap() {
        TestFairs.Fair f = TestFairs.published("RG");
        organizer.put("/api/events/" + f.eventId() + "/registration-settings", "{\"open\": true, \"cap\": 3}");
        Api.Reply r = organizer.put("/api/events/" + f.eventId() + "/registration-settings", "{\"open\": true, \"cap\": null}");
        assertEquals(200, r.status(), r.body());
        assertFalse(r.json().containsKey("cap"), r.body());
    }

    @Test
    void capBelowThoseRegistered_is409() {
        TestFairs.Fair f = TestFairs.published("RG");
        Badges.register(f.eventId(), "Một", mail("one"));
        Badges.register(f.eventId(), "Hai", mail("two"));
        assertError(409, "REGISTRATION_CAP_BELOW_REGISTERED",
                organizer.put("/api/events/" + f.eventId() + "/registration-settings", "{\"open\": true, \"cap\": 1}"));
    }

    @Test
    void revokedBadge_isOnTheRevocationList_andNoLongerPrints() {
        TestFairs.Fair f = TestFairs.published("RG");
        JsonObject badge = Badges.register(f.eventId(), "Đỗ Văn Mất", mail("lost"));
        assertEquals("REVOKED", organizer.post("/api/badges/" + badge.getString("badgeId") + "/revoke", "{}").json().getString("status"));
        List<JsonObject> list = Api.as("gate").get("/api/events/" + f.eventId() + "/revocations").array()
                .getValuesAs(JsonObject.class);
        assertTrue(list.stream().anyMatch(r -> r.getString("code").equals(badge.getString("code"))
                && r.getString("reason").equals("REVOKED")), list.toString());
        assertEquals(409, anonymous.bytes(badge.getString("pdfUrl")).status());
    }

    @Test
    void reissuedBadge_hasANewCode_andTheOldOneIsRevoked() throws Exception {
        TestFairs.Fair f = TestFairs.published("RG");
        JsonObject badge = Badges.register(f.eventId(), "Võ Thị Sáu", mail("sau"));
        JsonObject reissued = organizer.post("/api/badges/" + badge.getString("badgeId") + "/reissue", "{}").json();
        assertNotEquals(badge.getString("code"), reissued.getString("code"));
        String key = anonymous.get("/api/events/" + f.eventId() + "/badge-key").json().getString("publicKey");
        assertTrue(Badges.verifies(reissued.getString("code"), key));
        List<JsonObject> list = organizer.get("/api/events/" + f.eventId() + "/revocations").array().getValuesAs(JsonObject.class);
        assertTrue(list.stream().anyMatch(r -> r.getString("code").equals(badge.getString("code"))
                && r.getString("reason").equals("REISSUED")), list.toString());
    }

    @Test
    void revocations_needSignedInGateStaff() {
        TestFairs.Fair f = TestFairs.published("RG");
        assertEquals(401, anonymous.get("/api/events/" + f.eventId() + "/revocations").status());
    }

    @Test
    void wrongLinkKey_is404_andTheBadgeItselfNeedsCredentials() {
        TestFairs.Fair f = TestFairs.published("RG");
        JsonObject badge = Badges.register(f.eventId(), "Mai Anh", mail("anh"));
        assertEquals(404, anonymous.bytes("/api/badges/" + badge.getString("badgeId") + "/badge.pdf?key=guess").status());
        assertEquals(401, anonymous.get("/api/badges/" + badge.getString("badgeId")).status());
    }

    @Test
    void desk_registersAPressWalkInWithoutEmail() {
        TestFairs.Fair f = TestFairs.published("RG");
        Api.Reply r = organizer.post(registrations(f), "{\"fullName\": \"Phóng viên Báo Bình Dương\", \"type\": \"PRESS\"}");
        assertEquals(201, r.status(), r.body());
        assertEquals("PRESS", r.json().getString("type"));
    }

    @Test
    void anonymousPressRegistration_is400() {
        TestFairs.Fair f = TestFairs.published("RG");
        assertError(400, "BADGE_KIND_DESK_ONLY", anonymous.post(registrations(f),
                "{\"fullName\": \"Giả danh\", \"email\": \"x@example.vn\", \"type\": \"PRESS\"}"));
    }

    @Test
    void exhibitorStaffAtTheDesk_is400() {
        TestFairs.Fair f = TestFairs.published("RG");
        assertError(400, "BADGE_KIND_FROM_STAFF_LIST", organizer.post(registrations(f),
                "{\"fullName\": \"Nhân viên\", \"type\": \"EXHIBITOR_STAFF\"}"));
    }

    @Test
    void desk_findsPeopleWithoutDiacriticsAndByPhone() {
        TestFairs.Fair f = TestFairs.published("RG");
        Badges.register(f.eventId(), "Nguyễn Đức Thắng", mail("thang"));
        List<JsonObject> byName = organizer.get(registrations(f) + "?q=duc%20thang").array().getValuesAs(JsonObject.class);
        assertEquals(1, byName.size(), byName.toString());
        List<JsonObject> byPhone = organizer.get(registrations(f) + "?q=0912345678").array().getValuesAs(JsonObject.class);
        assertEquals(1, byPhone.size(), byPhone.toString());
    }

    @Test
    void statsAndExport_countTheRegistration() {
        TestFairs.Fair f = TestFairs.published("RG");
        Badges.register(f.eventId(), "Bùi Thị Xuân", mail("xuan"));
        JsonObject stats = organizer.get(registrations(f) + "/stats").json();
        assertEquals(1, stats.getJsonObject("byType").getInt("VISITOR"));
        assertEquals(1, stats.getJsonArray("byDay").size());
        Api.Reply csv = organizer.getAccepting(registrations(f) + "/export.csv", "text/csv");
        assertEquals(200, csv.status());
        assertTrue(csv.body().contains("Bùi Thị Xuân"), csv.body());
    }

    @Test
    void anotherOrganizersDesk_isNotFound() {
        TestFairs.Fair f = TestFairs.published("RG");
        String other = vn.wtcexpo.it.support.Accounts.fresh("og", "ORGANIZER", TestFairs.PASSWORD);
        assertError(404, "EVENT_NOT_FOUND", Api.as(other, TestFairs.PASSWORD).get(registrations(f)));
        assertEquals(403, Api.as("exhibitor").get(registrations(f)).status());
    }

    @Test
    void batchPrintJob_makesOnePdfWithEveryBadge() throws Exception {
        TestFairs.Fair f = TestFairs.published("RG");
        Badges.register(f.eventId(), "Khách Một", mail("b1"));
        Badges.register(f.eventId(), "Khách Hai", mail("b2"));
        Api.Reply started = organizer.post("/api/events/" + f.eventId() + "/badges/print-jobs", "{\"type\": \"VISITOR\", \"size\": \"LABEL\"}");
        assertEquals(202, started.status(), started.body());
        String job = started.json().getString("id");
        JsonObject state = null;
        for (int i = 0; i < 100; i++) {
            state = organizer.get("/api/badge-jobs/" + job).json();
            if (!"RUNNING".equals(state.getString("status"))) {
                break;
            }
            Thread.sleep(200);
        }
        assertNotNull(state);
        assertEquals("READY", state.getString("status"), state.toString());
        String text = Badges.pdfText(organizer.bytes(state.getString("pdfUrl")).body());
        assertTrue(text.contains("Khách Một") && text.contains("Khách Hai"), text);
    }

    /** An exhibitor with one approved booth at {@code f} and one person on its staff list. */
    private record Exhibiting(Api exhibitor, String reservation, Api.Reply added) {
    }

    private Exhibiting exhibitingWithStaff(TestFairs.Fair f, String fullName) {
        TestFairs.booth(f, "1", 0, 0);
        Api ex = TestFairs.as(TestFairs.exhibitor("ex"));
        String reservation = ex.post(f.booths() + "/1/reservations", "{}").json().getString("id");
        assertEquals(200, organizer.post("/api/reservations/" + reservation + "/approve", "{}").status());
        Api.Reply added = ex.post("/api/events/" + f.eventId() + "/staff",
                "{\"fullName\": \"" + fullName + "\", \"email\": \"staff." + System.nanoTime() + "@example.vn\"}");
        assertEquals(201, added.status(), added.body());
        return new Exhibiting(ex, reservation, added);
    }

    @Test
    void staffOnAnExhibitorsList_getABadge_revokedWhenRemoved() throws Exception {
        TestFairs.Fair f = TestFairs.published("RG");
        Exhibiting e = exhibitingWithStaff(f, "Lý Thị Gian Hàng");
        Api ex = e.exhibitor();
        Api.Reply added = e.added();
        Api.Binary pdf = ex.bytes("/api/events/" + f.eventId() + "/badges/staff.pdf?size=label");
        assertEquals(200, pdf.status());
        String text = Badges.pdfText(pdf.body());
        assertTrue(text.contains("Lý Thị Gian Hàng") && text.contains("ĐƠN VỊ TRƯNG BÀY"), text);
        List<JsonObject> staffBadges = organizer.get(registrations(f) + "?q=gian%20hang").array().getValuesAs(JsonObject.class);
        assertEquals("EXHIBITOR_STAFF", staffBadges.get(0).getString("type"));

        assertEquals(204, ex.delete("/api/events/" + f.eventId() + "/staff/" + added.json().getString("id")).status());
        List<JsonObject> list = organizer.get("/api/events/" + f.eventId() + "/revocations").array().getValuesAs(JsonObject.class);
        assertTrue(list.stream().anyMatch(r -> r.getString("code").equals(staffBadges.get(0).getString("code"))), list.toString());
    }

    @Test
    void staffOfACompanyWhoseLastBoothIsCancelled_leaveTheList_andTheirBadgesAreRevoked() {
        TestFairs.Fair f = TestFairs.published("RG");
        Exhibiting e = exhibitingWithStaff(f, "Đỗ Văn Rời Đi");
        Api ex = e.exhibitor();
        String reservation = e.reservation();
        String code = organizer.get(registrations(f) + "?q=roi%20di").array().getValuesAs(JsonObject.class).get(0).getString("code");

        Api.Reply cancelled = organizer.post("/api/reservations/" + reservation + "/cancel", "{\"reason\": \"Không tham gia nữa\"}");
        assertEquals(200, cancelled.status(), cancelled.body());
        Api.Reply staff = ex.get("/api/events/" + f.eventId() + "/staff");
        assertEquals(200, staff.status(), staff.body());
        assertEquals(0, staff.json().getJsonArray("staff").size(), staff.body());
        List<JsonObject> list = organizer.get("/api/events/" + f.eventId() + "/revocations").array().getValuesAs(JsonObject.class);
        assertTrue(list.stream().anyMatch(r -> r.getString("code").equals(code)), list.toString());
    }

    @Test
    void tooManyRegistrationsFromOneAddress_are429WithRetryAfter() {
        TestFairs.Fair f = TestFairs.published("RG");
        for (int i = 0; i < 30; i++) {
            Api.Reply r = anonymous.post(registrations(f), Badges.visitor("Khách " + i, mail("many" + i)));
            assertEquals(201, r.status(), r.body());
        }
        Api.Reply refused = anonymous.post(registrations(f), Badges.visitor("Khách 31", mail("many31")));
        assertError(429, "TOO_MANY_REQUESTS", refused);
        assertNotNull(refused.header("Retry-After"));
        // the desk is not limited
        assertEquals(201, organizer.post(registrations(f), Badges.visitor("Khách tại quầy", mail("desk"))).status());
    }
}
