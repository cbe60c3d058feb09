package vn.wtcexpo.it.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.wtcexpo.it.support.TestGates.scan;

import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.wtcexpo.it.support.Api;
import vn.wtcexpo.it.support.TestGates;
import vn.wtcexpo.it.support.ShippedApplication;

/** Scans at the gates through the API: each rule in the fixed order, one per test, and entries and exits. */
@ExtendWith(ShippedApplication.class)
class CheckinApiIT {

    private static TestGates.Today fair;
    private static String token;
    private final Api organizer = Api.as("organizer");

    @BeforeAll
    static void fair() {
        fair = TestGates.fair("GT", 100);
        token = TestGates.device(fair.eventId());
    }

    private static Api gate() {
        return Api.bearer(token);
    }

    private static String staffCode() {
        return TestGates.badge(fair.eventId(), "ORGANIZER_STAFF").getString("code");
    }

    private static JsonObject ok(Api.Reply r) {
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private static void assertDenied(String reason, Api.Reply r) {
        JsonObject answer = ok(r);
        assertEquals("DENIED", answer.getString("result"), r.body());
        assertEquals(reason, answer.getString("reason"), r.body());
    }

    private static void assertAdmitted(Api.Reply r) {
        JsonObject answer = ok(r);
        assertEquals("ADMITTED", answer.getString("result"), r.body());
        assertTrue(answer.isNull("reason"), r.body());
    }

    @Test
    void validBadge_isAdmittedWithItsHolder() {
        JsonObject badge = TestGates.badge(fair.eventId(), "ORGANIZER_STAFF");
        JsonObject answer = ok(gate().post("/api/checkins", scan(badge.getString("code"), fair.in(), "IN")));
        assertEquals("ADMITTED", answer.getString("result"));
        assertEquals(badge.getString("fullName"), answer.getJsonObject("badge").getString("holder"));
        assertEquals("ORGANIZER_STAFF", answer.getJsonObject("badge").getString("type"));
        assertFalse(answer.getString("message").isBlank());
    }

    @Test
    void junk_isUnknownCode() {
        assertDenied("UNKNOWN_CODE", gate().post("/api/checkins", scan("not-a-badge", fair.in(), "IN")));
    }

    @Test
    void anotherEventsBadge_isUnknownCode() {
        TestGates.Today other = TestGates.fair("GX", 100);
        String code = TestGates.badge(other.eventId(), "ORGANIZER_STAFF").getString("code");
        assertDenied("UNKNOWN_CODE", gate().post("/api/checkins", scan(code, fair.in(), "IN")));
    }

    @Test
    void alteredSignature_isBadSignature() {
        String code = staffCode();
        char c = code.charAt(100);
        String altered = code.substring(0, 100) + (c == 'A' ? 'B' : 'A') + code.substring(101);
        assertDenied("BAD_SIGNATURE", gate().post("/api/checkins", scan(altered, fair.in(), "IN")));
    }

    @Test
    void revokedBadge_isRevoked() {
        JsonObject badge = TestGates.badge(fair.eventId(), "ORGANIZER_STAFF");
        assertEquals(200, organizer.post("/api/badges/" + badge.getString("badgeId") + "/revoke", "{}").status());
        assertDenied("REVOKED", gate().post("/api/checkins", scan(badge.getString("code"), fair.in(), "IN")));
    }

    @Test
    void theOldCodeOfAReissuedBadge_isRevoked_andTheNewOneAdmitted() {
        JsonObject badge = TestGates.badge(fair.eventId(), "ORGANIZER_STAFF");
        Api.Reply reissued = organizer.post("/api/badges/" + badge.getString("badgeId") + "/reissue", "{}");
        assertEquals(200, reissued.status(), reissued.body());
        // the old code is still validly signed, but it is no longer the badge's code
        assertDenied("REVOKED", gate().post("/api/checkins", scan(badge.getString("code"), fair.in(), "IN")));
        assertAdmitted(gate().post("/api/checkins", scan(reissued.json().getString("code"), fair.in(), "IN")));
    }

    @Test
    void badgeOfADayNotToday_isNotValidToday() {
        var event = organizer.get("/api/events/" + fair.eventId()).json();
        String tomorrow = event.getJsonArray("days").getJsonObject(1).getString("day");
        assertEquals(200, organizer.put("/api/events/" + fair.eventId() + "/badge-types/CONTRACTOR",
                "{\"days\": [\"" + tomorrow + "\"], \"halls\": [\"" + fair.hall1() + "\"]}").status());
        String code = TestGates.badge(fair.eventId(), "CONTRACTOR").getString("code");
        assertDenied("NOT_VALID_TODAY", gate().post("/api/checkins", scan(code, fair.in(), "IN")));
    }

    @Test
    void badgeForAnotherHall_isWrongZone() {
        var event = organizer.get("/api/events/" + fair.eventId()).json();
        String today = event.getJsonArray("days").getJsonObject(0).getString("day");
        String tomorrow = event.getJsonArray("days").getJsonObject(1).getString("day");
        assertEquals(200, organizer.put("/api/events/" + fair.eventId() + "/badge-types/PRESS",
                "{\"days\": [\"" + today + "\", \"" + tomorrow + "\"], \"halls\": [\"" + fair.hall2() + "\"]}").status());
        String code = TestGates.badge(fair.eventId(), "PRESS").getString("code");
        assertDenied("WRONG_ZONE", gate().post("/api/checkins", scan(code, fair.in(), "IN")));
    }

    @Test
    void aBadgeTypeChangedBetweenTwoScans_isDecidedByTheChange() {
        // the gate keeps its event for a few seconds: a change made meanwhile must count at once
        TestGates.Today other = TestGates.fair("GV", 100);
        Api device = Api.bearer(TestGates.device(other.eventId()));
        String code = TestGates.badge(other.eventId(), "ORGANIZER_STAFF").getString("code");
        assertAdmitted(device.post("/api/checkins", scan(code, other.in(), "IN")));
        assertAdmitted(device.post("/api/checkins", scan(code, other.out(), "OUT")));
        String today = organizer.get("/api/events/" + other.eventId()).json().getJsonArray("days").getJsonObject(0).getString("day");
        assertEquals(200, organizer.put("/api/events/" + other.eventId() + "/badge-types/ORGANIZER_STAFF",
                "{\"days\": [\"" + today + "\"], \"halls\": [\"" + other.hall2() + "\"]}").status());
        assertDenied("WRONG_ZONE", device.post("/api/checkins", scan(code, other.in(), "IN")));
    }

    @Test
    void visitorBeforeOpening_isEventClosed() {
        // the fair opens to visitors an hour after it was made; staff enter all day
        String code = TestGates.badge(fair.eventId(), "VISITOR").getString("code");
        assertDenied("EVENT_CLOSED", gate().post("/api/checkins", scan(code, fair.in(), "IN")));
    }

    @Test
    void secondEntryWithoutExit_isAlreadyInside() {
        String code = staffCode();
        assertAdmitted(gate().post("/api/checkins", scan(code, fair.in(), "IN")));
        assertDenied("ALREADY_INSIDE", gate().post("/api/checkins", scan(code, fair.in(), "IN")));
    }

    @Test
    void alreadyInside_saysSinceWhenAndThroughWhichGate() {
        String code = staffCode();
        assertAdmitted(gate().post("/api/checkins", scan(code, fair.in(), "IN")));
        JsonObject again = ok(gate().post("/api/checkins", scan(code, fair.both(), "IN")));
        assertEquals(fair.in(), again.getString("insideGate"), again.toString());
        OffsetDateTime since = OffsetDateTime.parse(again.getString("insideSince"));
        assertTrue(Math.abs(java.time.Duration.between(since, OffsetDateTime.now()).toSeconds()) < 120, since.toString());
        String hhmm = since.atZoneSameInstant(ZoneOffset.ofHours(7)).toLocalTime().toString().substring(0, 5);
        assertTrue(again.getString("message").contains(hhmm) && again.getString("message").contains(fair.in()), again.toString());
    }

    @Test
    void anEntryRefusedAsAlreadyInside_countsNobody() {
        // on PostgreSQL the entry is counted in its first round trip and the refusal takes it back
        String code = staffCode();
        assertAdmitted(gate().post("/api/checkins", scan(code, fair.in(), "IN")));
        int inside = inside(fair.hall1());
        int admitted = admittedToday();
        assertDenied("ALREADY_INSIDE", gate().post("/api/checkins", scan(code, fair.in(), "IN")));
        assertEquals(List.of(inside, admitted), List.of(inside(fair.hall1()), admittedToday()));
    }

    @Test
    void entryExitAndReentry_areAllAdmitted_andCountedInside() {
        String code = staffCode();
        int before = inside(fair.hall1());
        assertAdmitted(gate().post("/api/checkins", scan(code, fair.in(), "IN")));
        assertEquals(before + 1, inside(fair.hall1()));
        JsonObject exit = ok(gate().post("/api/checkins", scan(code, fair.out(), "OUT")));
        assertEquals("ADMITTED", exit.getString("result"));
        assertTrue(exit.getBoolean("counted"));
        assertEquals(before, inside(fair.hall1()));
        assertAdmitted(gate().post("/api/checkins", scan(code, fair.in(), "IN")));
        assertEquals(before + 1, inside(fair.hall1()));
    }

    @Test
    void exitOfSomeoneNotInside_isRecordedButMovesNobody() {
        String code = staffCode();
        int before = inside(fair.hall1());
        JsonObject exit = ok(gate().post("/api/checkins", scan(code, fair.out(), "OUT")));
        assertEquals("ADMITTED", exit.getString("result"));
        assertFalse(exit.getBoolean("counted"));
        assertEquals(before, inside(fair.hall1()));
    }

    @Test
    void sameNonceAgain_givesTheSameAnswer_andRecordsNothingNew() {
        String code = staffCode();
        String nonce = UUID.randomUUID().toString();
        JsonObject first = ok(gate().post("/api/checkins", scan(code, fair.in(), "IN", nonce)));
        int admitted = admittedToday();
        JsonObject again = ok(gate().post("/api/checkins", scan(code, fair.in(), "IN", nonce)));
        assertEquals(first.getString("result"), again.getString("result"));
        assertTrue(again.getBoolean("replayed"));
        assertEquals(admitted, admittedToday());
        // a new nonce is a new scan
        assertDenied("ALREADY_INSIDE", gate().post("/api/checkins", scan(code, fair.in(), "IN")));
    }

    @Test
    void gateOfBothWays_needsADirection() {
        Api.Reply r = gate().post("/api/checkins", """
                {"code": "%s", "gate": "%s", "nonce": "%s"}
                """.formatted(staffCode(), fair.both(), UUID.randomUUID()));
        assertEquals(400, r.status(), r.body());
        assertEquals("SCAN_DIRECTION_REQUIRED", r.json().getString("error"));
    }

    @Test
    void exitAtAnEntryOnlyGate_isAConflict_notAScan() {
        Api.Reply r = gate().post("/api/checkins", scan(staffCode(), fair.in(), "OUT"));
        assertEquals(409, r.status(), r.body());
        assertEquals("GATE_WRONG_DIRECTION", r.json().getString("error"));
    }

    @Test
    void scanWithoutNonce_is400_andNeverRecorded() {
        String code = staffCode();
        Api.Reply r = gate().post("/api/checkins", "{\"code\": \"" + code + "\", \"gate\": \"" + fair.in() + "\", \"direction\": \"IN\"}");
        assertEquals(400, r.status(), r.body());
        assertEquals("nonce", r.json().getJsonArray("violations").getJsonObject(0).getString("field"));
        // not admitted by the refused request: the badge still enters
        assertAdmitted(gate().post("/api/checkins", scan(code, fair.in(), "IN")));
    }

    @Test
    void anExhibitorAccount_mayNotScanAtGates_403() {
        Api.Reply r = Api.as("exhibitor").post("/api/checkins", scan(staffCode(), fair.in(), "IN"));
        assertEquals(403, r.status(), r.body());
        assertEquals("FORBIDDEN", r.json().getString("error"));
    }

    @Test
    void aScanWithoutCredentials_is401() {
        Api.Reply r = Api.anonymous().post("/api/checkins", scan(staffCode(), fair.in(), "IN"));
        assertEquals(401, r.status(), r.body());
    }

    @Test
    void unknownGate_is404() {
        Api.Reply r = gate().post("/api/checkins", scan(staffCode(), "NO-SUCH-GATE", "IN"));
        assertEquals(404, r.status(), r.body());
        assertEquals("GATE_NOT_FOUND", r.json().getString("error"));
    }

    @Test
    void offlineAdmissionOfABadgeAlreadyInside_isDeniedAndMarkedAsConflict() {
        String code = staffCode();
        assertAdmitted(gate().post("/api/checkins", scan(code, fair.in(), "IN")));
        // another gate, offline meanwhile, let the same badge in on its own and now sends it
        String offline = """
                {"code": "%s", "gate": "%s", "direction": "IN", "nonce": "%s", "scannedAt": "%s", "offlineResult": "ADMITTED"}
                """.formatted(code, fair.both(), UUID.randomUUID(), OffsetDateTime.now(ZoneOffset.ofHours(7)).minusMinutes(2));
        JsonObject answer = ok(gate().post("/api/checkins", offline));
        assertEquals("ALREADY_INSIDE", answer.getString("reason"));
        assertTrue(answer.getBoolean("conflict"));
        JsonObject dashboard = organizer.get("/api/events/" + fair.eventId() + "/occupancy/dashboard").json();
        assertTrue(dashboard.getJsonArray("conflicts").stream()
                .anyMatch(c -> c.asJsonObject().getString("gate").equals(fair.both())), dashboard.toString());
    }

    @Test
    void anEntrySyncedFromYesterday_admitsAndCountsNobody_andIsAConflict() {
        String code = staffCode();
        int inside = organizer.get("/api/events/" + fair.eventId() + "/occupancy").json().getInt("admittedToday");
        String synced = """
                {"code": "%s", "gate": "%s", "direction": "IN", "nonce": "%s", "scannedAt": "%s", "offlineResult": "ADMITTED"}
                """.formatted(code, fair.in(), UUID.randomUUID(), OffsetDateTime.now(ZoneOffset.ofHours(7)).minusDays(1));
        JsonObject answer = ok(gate().post("/api/checkins", synced));
        assertEquals("DENIED", answer.getString("result"));
        assertEquals("NOT_VALID_TODAY", answer.getString("reason"));
        assertTrue(answer.getBoolean("conflict"));
        assertEquals(inside, organizer.get("/api/events/" + fair.eventId() + "/occupancy").json().getInt("admittedToday"));
        assertAdmitted(gate().post("/api/checkins", scan(code, fair.in(), "IN")));
    }

    @Test
    void scanTimeFarInThePast_is400() {
        Api.Reply r = gate().post("/api/checkins", """
                {"code": "%s", "gate": "%s", "direction": "IN", "nonce": "%s", "scannedAt": "2020-01-01T08:00:00+07:00"}
                """.formatted(staffCode(), fair.in(), UUID.randomUUID()));
        assertEquals(400, r.status(), r.body());
        assertEquals("SCANNED_AT_OUT_OF_RANGE", r.json().getString("error"));
    }

    @Test
    void deniedScans_areLoggedByReason() {
        int before = denied("UNKNOWN_CODE");
        gate().post("/api/checkins", scan("junk-" + UUID.randomUUID(), fair.in(), "IN"));
        assertEquals(before + 1, denied("UNKNOWN_CODE"));
    }

    private int inside(String hall) {
        JsonObject o = organizer.get("/api/events/" + fair.eventId() + "/occupancy").json();
        return o.getJsonArray("halls").stream().map(v -> v.asJsonObject())
                .filter(h -> h.getString("hall").equals(hall)).mapToInt(h -> h.getInt("inside")).findFirst().orElse(0);
    }

    private int admittedToday() {
        return organizer.get("/api/events/" + fair.eventId() + "/occupancy").json().getInt("admittedToday");
    }

    private int denied(String reason) {
        JsonObject d = organizer.get("/api/events/" + fair.eventId() + "/occupancy/dashboard").json().getJsonObject("deniedByReason");
        return d.containsKey(reason) ? d.getInt(reason) : 0;
    }
}
