package vn.wtcexpo.it.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.wtcexpo.it.support.TestGates.scan;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.wtcexpo.it.support.Api;
import vn.wtcexpo.it.support.TestGates;
import vn.wtcexpo.it.support.ShippedApplication;

/** An event's gates, its paired devices and what each may do, the visitor flow. */
@ExtendWith(ShippedApplication.class)
class GatesAndDevicesIT {

    private static TestGates.Today fair;
    private final Api organizer = Api.as("organizer");

    @BeforeAll
    static void fair() {
        fair = TestGates.fair("GD", 100);
    }

    private String gates() {
        return "/api/events/" + fair.eventId() + "/gates";
    }

    @Test
    void gates_areListed_forGateStaff() {
        Api.Reply r = Api.as("gate").get(gates());
        assertEquals(200, r.status(), r.body());
        assertTrue(r.array().stream().anyMatch(g -> g.asJsonObject().getString("code").equals(fair.in())
                && g.asJsonObject().getString("hall").equals(fair.hall1())
                && g.asJsonObject().getString("direction").equals("IN")), r.body());
    }

    @Test
    void gateCodeTwice_is409() {
        Api.Reply r = organizer.post(gates(), "{\"code\": \"" + fair.in() + "\", \"hall\": \"" + fair.hall1() + "\", \"direction\": \"IN\"}");
        assertEquals(409, r.status(), r.body());
        assertEquals("GATE_CODE_TAKEN", r.json().getString("error"));
    }

    @Test
    void gateIntoAHallOutsideTheEvent_is400() {
        Api.Reply r = organizer.post(gates(), "{\"code\": \"ELSEWHERE\", \"hall\": \"A\", \"direction\": \"IN\"}");
        assertEquals(400, r.status(), r.body());
        assertEquals("hall", r.json().getJsonArray("violations").getJsonObject(0).getString("field"));
    }

    @Test
    void gateWithAnUnknownDirection_is400() {
        Api.Reply r = organizer.post(gates(), "{\"code\": \"SIDE\", \"hall\": \"" + fair.hall1() + "\", \"direction\": \"SIDEWAYS\"}");
        assertEquals(400, r.status(), r.body());
        assertEquals("GATE_DIRECTION_INVALID", r.json().getString("error"));
    }

    @Test
    void exhibitor_cannotSeeTheGates() {
        assertEquals(403, Api.as("exhibitor").get(gates()).status());
    }

    @Test
    void pairedDevice_getsItsTokenOnce_andTheListNeverShowsIt() {
        Api.Reply paired = organizer.post("/api/events/" + fair.eventId() + "/devices", "{\"name\": \"Cửa Bắc 1\"}");
        assertEquals(201, paired.status(), paired.body());
        assertTrue(paired.json().getString("token").startsWith("wtcd_"));
        assertTrue(paired.json().getString("scannerUrl").contains("/scanner.xhtml#device="));
        Api.Reply list = organizer.get("/api/events/" + fair.eventId() + "/devices");
        assertFalse(list.body().contains(paired.json().getString("token")));
        assertTrue(list.body().contains(paired.json().getString("id")));
    }

    @Test
    void device_scansOnlyItsOwnEvent() {
        TestGates.Today other = TestGates.fair("GD", 100);
        Api device = Api.bearer(TestGates.device(fair.eventId()));
        String code = TestGates.badge(other.eventId(), "ORGANIZER_STAFF").getString("code");
        Api.Reply r = device.post("/api/checkins", """
                {"code": "%s", "gate": "%s", "direction": "IN", "nonce": "other-event-1234", "event": "%s"}
                """.formatted(code, other.in(), other.eventId()));
        assertEquals(403, r.status(), r.body());
        assertEquals("DEVICE_OTHER_EVENT", r.json().getString("error"));
    }

    @Test
    void device_cannotDoAnythingElse() {
        Api device = Api.bearer(TestGates.device(fair.eventId()));
        assertEquals(403, device.get("/api/events/" + fair.eventId() + "/devices").status());
        assertEquals(403, device.get("/api/events/" + fair.eventId() + "/occupancy").status());
        assertEquals(403, device.get("/api/bookings").status());
    }

    @Test
    void revokedDevice_stopsAtOnce() {
        Api.Reply paired = organizer.post("/api/events/" + fair.eventId() + "/devices", "{\"name\": \"Cửa Nam 2\"}");
        Api device = Api.bearer(paired.json().getString("token"));
        String code = TestGates.badge(fair.eventId(), "ORGANIZER_STAFF").getString("code");
        assertEquals(200, device.post("/api/checkins", scan(code, fair.in(), "IN")).status());
        assertEquals(204, organizer.delete("/api/devices/" + paired.json().getString("id")).status());
        assertEquals(401, device.post("/api/checkins", scan(code, fair.out(), "OUT")).status());
    }

    @Test
    void device_readsItsEventAndRevocationList() {
        Api device = Api.bearer(TestGates.device(fair.eventId()));
        JsonObject me = device.get("/api/devices/me").json();
        assertEquals(fair.eventId(), me.getJsonObject("device").getString("event"));
        assertTrue(me.getJsonObject("device").isNull("revokedAt"));
        assertEquals(3, me.getJsonArray("gates").size());
        JsonObject badge = TestGates.badge(fair.eventId(), "ORGANIZER_STAFF");
        organizer.post("/api/badges/" + badge.getString("badgeId") + "/revoke", "{}");
        Api.Reply list = device.get("/api/events/" + fair.eventId() + "/revocations");
        assertEquals(200, list.status(), list.body());
        assertTrue(list.body().contains(badge.getString("code")));
    }

    @Test
    void visitorFlow_countsPerHallAndHour_leavingOutSmallCounts() {
        TestGates.Today f = TestGates.fair("GF", 100);
        Api device = Api.bearer(TestGates.device(f.eventId()));
        for (int i = 0; i < 6; i++) {
            device.post("/api/checkins", scan(TestGates.badge(f.eventId(), "ORGANIZER_STAFF").getString("code"), f.in(), "IN"));
        }
        String one = TestGates.badge(f.eventId(), "ORGANIZER_STAFF").getString("code");
        device.post("/api/checkins", scan(one, f.both(), "IN"));
        Api.Reply flow = organizer.get("/api/events/" + f.eventId() + "/visitor-flow");
        assertEquals(200, flow.status(), flow.body());
        JsonObject busy = flow.array().stream().map(v -> v.asJsonObject()).filter(r -> r.getString("hall").equals(f.hall1()))
                .findFirst().orElseThrow();
        assertEquals(6, busy.getInt("entries"));
        assertEquals(6, busy.getInt("peakInside"));
        JsonObject quiet = flow.array().stream().map(v -> v.asJsonObject()).filter(r -> r.getString("hall").equals(f.hall2()))
                .findFirst().orElseThrow();
        assertTrue(quiet.isNull("entries"), "one person in an hour is left out: " + quiet);
        assertFalse(flow.body().contains("ORGANIZER_STAFF"), "no badge, no person: counts only");
        Api.Reply csv = organizer.getAccepting("/api/events/" + f.eventId() + "/visitor-flow.csv", "text/csv");
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.body().startsWith("day,hall,hour,entries,exits,peak_inside\r\n"), csv.body());
        assertTrue(csv.body().contains("," + f.hall1() + ","), csv.body());
    }

    @Test
    void occupancy_showsEveryHallWithAGate() {
        JsonObject o = organizer.get("/api/events/" + fair.eventId() + "/occupancy").json();
        assertEquals(2, o.getJsonArray("halls").size(), o.toString());
        JsonObject h = o.getJsonArray("halls").stream().map(v -> v.asJsonObject())
                .filter(x -> x.getString("hall").equals(fair.hall1())).findFirst().orElseThrow();
        assertEquals(100, h.getInt("capacity"));
        assertNull(o.get("error"));
    }
}
