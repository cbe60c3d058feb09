package vn.wtcexpo.it.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.wtcexpo.it.support.TestHalls.booking;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.wtcexpo.it.support.Api;
import vn.wtcexpo.it.support.TestHalls;
import vn.wtcexpo.it.support.ShippedApplication;

/** The hall booking rules through the API and the booking service, one rule per test. */
@ExtendWith(ShippedApplication.class)
class BookingApiIT {

    private static final LocalDate AUG_10 = LocalDate.of(2031, 8, 10);
    private static final LocalDate AUG_13 = LocalDate.of(2031, 8, 13);

    private final Api organizer = Api.as("organizer");
    private final Api admin = Api.as("admin");

    private JsonObject hold(Api who, String hall, LocalDate first, LocalDate last) {
        Api.Reply r = who.post("/api/bookings", booking(hall, "Hội chợ " + hall, first, last));
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    private Api.Reply confirm(String id, String body) {
        return admin.post("/api/bookings/" + id + "/confirm", body);
    }

    @Test
    void request_isATentativeHoldWithRankOneAndAQuote() {
        String hall = TestHalls.plain("K");
        JsonObject b = hold(organizer, hall, AUG_10, AUG_13);
        assertEquals("TENTATIVE", b.getString("status"));
        assertEquals(1, b.getInt("rank"));
        assertNotNull(b.getString("holdExpiresAt"));
        // four show days at 100,000,000 VND, VAT 10% in 2031
        assertEquals(400_000_000L, b.getJsonObject("quote").getJsonNumber("netVnd").longValue());
        assertEquals(40_000_000L, b.getJsonObject("quote").getJsonNumber("vatVnd").longValue());
        assertEquals(440_000_000L, b.getJsonObject("quote").getJsonNumber("grossVnd").longValue());
    }

    @Test
    void overlappingHold_takesTheNextRank() {
        String hall = TestHalls.plain("K");
        hold(organizer, hall, AUG_10, AUG_13);
        assertEquals(2, hold(organizer, hall, AUG_13, AUG_13.plusDays(2)).getInt("rank"));
    }

    @Test
    void holdOnACombinedHall_ranksBehindAHoldOnAPart() {
        String a = TestHalls.plain("K");
        String b = TestHalls.plain("L");
        String ab = TestHalls.combined("M", a, b);
        hold(organizer, a, AUG_10, AUG_13);
        assertEquals(2, hold(organizer, ab, AUG_10, AUG_10).getInt("rank"));
        assertEquals(2, hold(organizer, b, AUG_10, AUG_10).getInt("rank"));
    }

    @Test
    void confirmRankOne_blocksTheSlot() {
        String hall = TestHalls.plain("K");
        JsonObject b = hold(organizer, hall, AUG_10, AUG_13);
        Api.Reply r = confirm(b.getString("id"), "{}");
        assertEquals(200, r.status(), r.body());
        assertEquals("CONFIRMED", r.json().getString("status"));
        Api.Reply again = organizer.post("/api/bookings", booking(hall, "Trùng lịch", AUG_13, AUG_13));
        assertEquals(409, again.status(), again.body());
        assertEquals("HALL_UNAVAILABLE", again.json().getString("error"));
    }

    @Test
    void confirmedCombinedHall_blocksEachPart() {
        String a = TestHalls.plain("K");
        String b = TestHalls.plain("L");
        String ab = TestHalls.combined("M", a, b);
        confirm(hold(organizer, ab, AUG_10, AUG_13).getString("id"), "{}");
        Api.Reply r = organizer.post("/api/bookings", booking(b, "Trùng", AUG_13, AUG_13));
        assertEquals(409, r.status(), r.body());
        assertEquals("HALL_UNAVAILABLE", r.json().getString("error"));
    }

    @Test
    void confirmAndCancel_acceptAnEmptyBody() {
        String hall = TestHalls.plain("K");
        JsonObject b = hold(organizer, hall, AUG_10, AUG_13);
        assertEquals(200, admin.post("/api/bookings/" + b.getString("id") + "/confirm", "").status());
        assertEquals(200, organizer.post("/api/bookings/" + b.getString("id") + "/cancel", "").status());
    }

    @Test
    void decisionThatIsNotAnObject_is400() {
        String hall = TestHalls.plain("K");
        JsonObject b = hold(organizer, hall, AUG_10, AUG_13);
        Api.Reply r = admin.post("/api/bookings/" + b.getString("id") + "/confirm", "[true]");
        assertEquals(400, r.status(), r.body());
        assertEquals("BAD_JSON", r.json().getString("error"));
    }

    @Test
    void confirmRankTwo_withoutOverride_isNotFirstInLine() {
        String hall = TestHalls.plain("K");
        hold(organizer, hall, AUG_10, AUG_13);
        JsonObject second = hold(organizer, hall, AUG_10, AUG_13);
        Api.Reply r = confirm(second.getString("id"), "{}");
        assertEquals(409, r.status(), r.body());
        assertEquals("NOT_FIRST_IN_LINE", r.json().getString("error"));
    }

    @Test
    void confirmRankTwo_withOverrideAndReason_isConfirmedAndTheFirstCannotFollow() {
        String hall = TestHalls.plain("K");
        JsonObject first = hold(organizer, hall, AUG_10, AUG_13);
        JsonObject second = hold(organizer, hall, AUG_10, AUG_13);
        Api.Reply r = confirm(second.getString("id"), "{\"override\": true, \"reason\": \"Hợp đồng đã ký, đã nhận cọc\"}");
        assertEquals(200, r.status(), r.body());
        assertEquals("Hợp đồng đã ký, đã nhận cọc", r.json().getString("overrideReason"));
        Api.Reply firstAfter = confirm(first.getString("id"), "{}");
        assertEquals(409, firstAfter.status());
        assertEquals("HALL_UNAVAILABLE", firstAfter.json().getString("error"));
    }

    @Test
    void overrideWithoutReason_is400() {
        String hall = TestHalls.plain("K");
        hold(organizer, hall, AUG_10, AUG_13);
        JsonObject second = hold(organizer, hall, AUG_10, AUG_13);
        Api.Reply r = confirm(second.getString("id"), "{\"override\": true}");
        assertEquals(400, r.status(), r.body());
        assertEquals("OVERRIDE_REASON_REQUIRED", r.json().getString("error"));
    }

    @Test
    void cancellingRankOne_movesTheNextUp() {
        String hall = TestHalls.plain("K");
        JsonObject first = hold(organizer, hall, AUG_10, AUG_13);
        JsonObject second = hold(organizer, hall, AUG_10, AUG_13);
        Api.Reply r = organizer.post("/api/bookings/" + first.getString("id") + "/cancel", "{}");
        assertEquals(200, r.status(), r.body());
        assertEquals("CANCELLED", r.json().getString("status"));
        assertEquals(1, organizer.get("/api/bookings/" + second.getString("id")).json().getInt("rank"));
    }

    @Test
    void expiredHold_leavesTheQueueAndTheNextMovesUp() {
        String hall = TestHalls.plain("K");
        JsonObject first = hold(organizer, hall, AUG_10, AUG_13);
        JsonObject second = hold(organizer, hall, AUG_10, AUG_13);
        // expire what is due by the first hold's option date (the second was asked for later)
        Api.Reply r = admin.post("/api/bookings/expire-due", "{\"cutoff\": \"" + first.getString("holdExpiresAt") + "\"}");
        assertEquals(200, r.status(), r.body());
        assertEquals("EXPIRED", organizer.get("/api/bookings/" + first.getString("id")).json().getString("status"));
        assertEquals(1, organizer.get("/api/bookings/" + second.getString("id")).json().getInt("rank"));
    }

    @Test
    void confirmingAnExpiredHold_is409HoldExpired() {
        String hall = TestHalls.plain("K");
        JsonObject b = hold(organizer, hall, AUG_10, AUG_13);
        admin.post("/api/bookings/expire-due", "{\"cutoff\": \"" + b.getString("holdExpiresAt") + "\"}");
        Api.Reply r = confirm(b.getString("id"), "{}");
        assertEquals(409, r.status(), r.body());
        assertEquals("HOLD_EXPIRED", r.json().getString("error"));
    }

    @Test
    void confirmingACancelledHold_is409() {
        String hall = TestHalls.plain("K");
        JsonObject b = hold(organizer, hall, AUG_10, AUG_13);
        organizer.post("/api/bookings/" + b.getString("id") + "/cancel", "{}");
        Api.Reply r = confirm(b.getString("id"), "{}");
        assertEquals(409, r.status(), r.body());
        assertEquals("BOOKING_NOT_TENTATIVE", r.json().getString("error"));
    }

    @Test
    void holdOnABlackedOutDay_is409() {
        String hall = TestHalls.plain("K");
        admin.post("/api/halls/" + hall + "/blackouts", """
                {"start": "%s", "end": "%s", "reason": "Bảo trì"}
                """.formatted(TestHalls.day(AUG_13), TestHalls.day(AUG_13.plusDays(1))));
        Api.Reply r = organizer.post("/api/bookings", booking(hall, "Hội chợ", AUG_10, AUG_13));
        assertEquals(409, r.status(), r.body());
        assertEquals("HALL_UNAVAILABLE", r.json().getString("error"));
    }

    @Test
    void blackoutOverAConfirmedBooking_is409() {
        String hall = TestHalls.plain("K");
        confirm(hold(organizer, hall, AUG_10, AUG_13).getString("id"), "{}");
        Api.Reply r = admin.post("/api/halls/" + hall + "/blackouts", """
                {"start": "%s", "end": "%s", "reason": "Bảo trì"}
                """.formatted(TestHalls.day(AUG_13), TestHalls.day(AUG_13.plusDays(1))));
        assertEquals(409, r.status(), r.body());
        assertEquals("BLACKOUT_OVERLAPS_BOOKING", r.json().getString("error"));
    }

    @Test
    void endBeforeStart_is400() {
        Api.Reply r = organizer.post("/api/bookings", booking("A", "Hội chợ", AUG_13, AUG_10));
        assertEquals(400, r.status(), r.body());
        assertEquals("PERIOD_END_BEFORE_START", r.json().getString("error"));
        assertEquals("end", r.json().getJsonArray("violations").getJsonObject(0).getString("field"));
    }

    @Test
    void periodInThePast_is400() {
        Api.Reply r = organizer.post("/api/bookings", booking("A", "Hội chợ", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 2)));
        assertEquals(400, r.status(), r.body());
        assertEquals("PERIOD_IN_PAST", r.json().getString("error"));
    }

    @Test
    void unknownHall_is404() {
        Api.Reply r = organizer.post("/api/bookings", booking("NOPE7", "Hội chợ", AUG_10, AUG_13));
        assertEquals(404, r.status(), r.body());
        assertEquals("HALL_NOT_FOUND", r.json().getString("error"));
    }

    @Test
    void retiredHall_is409() {
        String hall = TestHalls.plain("K");
        admin.put("/api/halls/" + hall, """
                {"name": {"vi": "Cũ", "en": "Old"}, "areaSqm": 1000, "capacity": 800, "dayRateVnd": 1, "active": false}
                """);
        Api.Reply r = organizer.post("/api/bookings", booking(hall, "Hội chợ", AUG_10, AUG_13));
        assertEquals(409, r.status(), r.body());
        assertEquals("HALL_RETIRED", r.json().getString("error"));
    }

    @Test
    void missingTitle_is400InEnglishWhenAsked() {
        Api.Reply r = organizer.inLanguage("en").post("/api/bookings", booking("A", " ", AUG_10, AUG_13));
        assertEquals(400, r.status(), r.body());
        assertEquals("Must not be empty.", r.json().getString("message"));
    }

    @Test
    void organizer_seesOnlyOwnBookings() {
        String hall = TestHalls.plain("K");
        JsonObject adminsHold = hold(admin, hall, AUG_10, AUG_13);
        Api.Reply r = organizer.get("/api/bookings/" + adminsHold.getString("id"));
        assertEquals(404, r.status(), r.body());
        assertFalse(organizer.get("/api/bookings?hall=" + hall).body().contains(adminsHold.getString("id")));
        assertTrue(admin.get("/api/bookings?hall=" + hall).body().contains(adminsHold.getString("id")));
    }

    @Test
    void organizer_cannotCancelSomeoneElsesBooking() {
        String hall = TestHalls.plain("K");
        JsonObject adminsHold = hold(admin, hall, AUG_10, AUG_13);
        assertEquals(404, organizer.post("/api/bookings/" + adminsHold.getString("id") + "/cancel", "{}").status());
    }

    @Test
    void organizer_cannotConfirm() {
        String hall = TestHalls.plain("K");
        JsonObject b = hold(organizer, hall, AUG_10, AUG_13);
        assertEquals(403, organizer.post("/api/bookings/" + b.getString("id") + "/confirm", "{}").status());
    }

    @Test
    void exhibitor_cannotBook() {
        assertEquals(403, Api.as("exhibitor").post("/api/bookings", booking("A", "x", AUG_10, AUG_13)).status());
    }

    @Test
    void quote_showsAvailabilityRankAndMoveDays() {
        String hall = TestHalls.plain("K");
        hold(organizer, hall, AUG_10, AUG_13);
        Api.Reply r = organizer.get("/api/bookings/quote?hall=" + hall + "&start=" + TestHalls.day(AUG_10).replace("+", "%2B")
                + "&end=" + TestHalls.day(AUG_13.plusDays(1)).replace("+", "%2B") + "&moveInDays=1&moveOutDays=1");
        assertEquals(200, r.status(), r.body());
        assertTrue(r.json().getBoolean("available"));
        assertEquals(2, r.json().getInt("rankIfRequested"));
        // 2 show days at 100m + 2 move days at 50% = 300m net
        assertEquals(300_000_000L, r.json().getJsonObject("quote").getJsonNumber("netVnd").longValue());
    }

    /**
     * The VAT rules are kept with the entities (every quote reads them): a rule removed or added through the
     * API counts for the very next quote. The rule from 2027 on is taken away and put back; nothing else runs
     * meanwhile (the tests of a class run one after the other).
     */
    @Test
    void aVatRuleRemovedOrAdded_countsForTheNextQuote() {
        String hall = TestHalls.plain("K");
        String quote = "/api/bookings/quote?hall=" + hall + "&start=" + TestHalls.day(AUG_10).replace("+", "%2B")
                + "&end=" + TestHalls.day(AUG_13.plusDays(1)).replace("+", "%2B");
        assertEquals(200, organizer.get(quote).status());
        String from2027 = admin.get("/api/booking-policy").json().getJsonArray("vatRules")
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getString("validFrom").equals("2027-01-01"))
                .findFirst().orElseThrow().getString("id");
        assertEquals(200, admin.delete("/api/booking-policy/vat-rules/" + from2027).status());
        try {
            Api.Reply without = organizer.get(quote);
            assertEquals(409, without.status(), without.body());
            assertEquals("NO_VAT_RULE", without.json().getString("error"));
        } finally {
            Api.Reply back = admin.post("/api/booking-policy/vat-rules",
                    "{\"validFrom\": \"2027-01-01\", \"ratePercent\": 10, \"note\": \"VAT 10%\"}");
            assertEquals(200, back.status(), back.body());
        }
        Api.Reply again = organizer.get(quote);
        assertEquals(200, again.status(), again.body());
        assertEquals(40_000_000L, again.json().getJsonObject("quote").getJsonNumber("vatVnd").longValue());
    }

    @Test
    void icalFeed_listsConfirmedBookingsOfTheHallAndItsCombinations() {
        String a = TestHalls.plain("K");
        String b = TestHalls.plain("L");
        String ab = TestHalls.combined("M", a, b);
        confirm(hold(organizer, ab, AUG_10, AUG_13).getString("id"), "{}");
        Api.Reply r = Api.anonymous().getAccepting("/api/halls/" + a + "/calendar.ics", "text/calendar");
        assertEquals(200, r.status());
        assertTrue(r.contentType().startsWith("text/calendar"), r.contentType());
        assertTrue(r.body().contains("SUMMARY:Hội chợ " + ab), r.body());
        assertTrue(r.body().contains("DTSTART:20310809T170000Z"), r.body());
    }
}
