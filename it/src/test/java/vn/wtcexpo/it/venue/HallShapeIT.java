package vn.wtcexpo.it.venue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.wtcexpo.it.support.Concurrently.atOnce;
import static vn.wtcexpo.it.support.TestHalls.booking;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.wtcexpo.it.support.Api;
import vn.wtcexpo.it.support.TestHalls;
import vn.wtcexpo.it.support.ShippedApplication;

/**
 * What floor space a hall covers changes only when nothing depends on its old shape: every path that
 * changes a hall's shape is refused with HALL_IN_USE while holds, confirmed bookings or blackouts rely
 * on it, and a storm of edits mixed with bookings never ends with two confirmed bookings on one floor.
 */
@ExtendWith(ShippedApplication.class)
class HallShapeIT {

    private static final LocalDate FIRST = LocalDate.of(2033, 5, 10);
    private static final LocalDate LAST = LocalDate.of(2033, 5, 12);
    private static final String OVERRIDE = "{\"override\": true, \"reason\": \"shape test\"}";

    private final Api admin = Api.as("admin").inLanguage("en");
    private final Api organizer = Api.as("organizer");

    private static String combinedBody(String code, String... parts) {
        return """
                {"name": {"vi": "Ghép %s", "en": "Combined %s"}, "capacity": 1500, "parts": ["%s"], "dayRateVnd": 180000000}
                """.formatted(code, code, String.join("\", \"", parts));
    }

    private String hold(String hall, String title) {
        Api.Reply r = organizer.post("/api/bookings", booking(hall, title, FIRST, LAST));
        assertEquals(201, r.status(), r.body());
        return r.json().getString("id");
    }

    private String confirmed(String hall, String title) {
        String id = hold(hall, title);
        Api.Reply r = admin.post("/api/bookings/" + id + "/confirm", OVERRIDE);
        assertEquals(200, r.status(), r.body());
        return id;
    }

    /** Three fresh plain halls and a combined hall {@code c} over the first two. */
    private record Floor(String p1, String p2, String p3, String c) {
    }

    private static Floor floor() {
        String p1 = TestHalls.plain("P");
        String p2 = TestHalls.plain("P");
        String p3 = TestHalls.plain("P");
        return new Floor(p1, p2, p3, TestHalls.combined("C", p1, p2));
    }

    private List<String> parts(String hall) {
        return admin.get("/api/halls/" + hall).json().getJsonArray("parts").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).sorted().toList();
    }

    @Test
    void changingThePartsOfABookedCombinedHall_isRefused_soItsOldPartCannotBeBookedTwice() {
        Floor f = floor();
        String p1 = f.p1(), p2 = f.p2(), p3 = f.p3(), c = f.c();
        confirmed(c, "Fair on the combined hall");

        Api.Reply edit = admin.put("/api/halls/" + c, combinedBody(c, p1, p3));
        assertEquals(409, edit.status(), edit.body());
        assertEquals("HALL_IN_USE", edit.json().getString("error"));
        assertTrue(edit.json().getString("message").contains("Fair on the combined hall"), edit.body());
        assertEquals(List.of(p1, p2).stream().sorted().toList(), parts(c));

        // p2 is still the combined hall's: it cannot be booked for the same days
        Api.Reply second = organizer.post("/api/bookings", booking(p2, "Second fair", FIRST, LAST));
        assertEquals(409, second.status(), second.body());
        assertEquals("HALL_UNAVAILABLE", second.json().getString("error"));
    }

    @Test
    void changingThePartsOfACombinedHallWithALiveHold_isRefused() {
        Floor f = floor();
        String p1 = f.p1(), p2 = f.p2(), p3 = f.p3(), c = f.c();
        hold(c, "Waiting fair");
        Api.Reply edit = admin.put("/api/halls/" + c, combinedBody(c, p1, p3));
        assertEquals(409, edit.status(), edit.body());
        assertEquals("HALL_IN_USE", edit.json().getString("error"));
    }

    @Test
    void changingThePartsOfACombinedHallWithABlackout_isRefused() {
        Floor f = floor();
        String p1 = f.p1(), p2 = f.p2(), p3 = f.p3(), c = f.c();
        Api.Reply blackout = admin.post("/api/halls/" + c + "/blackouts", """
                {"start": "%s", "end": "%s", "reason": "Roof repair"}
                """.formatted(TestHalls.day(FIRST), TestHalls.day(LAST)));
        assertEquals(201, blackout.status(), blackout.body());
        Api.Reply edit = admin.put("/api/halls/" + c, combinedBody(c, p1, p3));
        assertEquals(409, edit.status(), edit.body());
        assertTrue(edit.json().getString("message").contains("Roof repair"), edit.body());
    }

    @Test
    void changingThePartsOfAFreeCombinedHall_isAllowed_andBookingsFollowTheNewShape() {
        Floor f = floor();
        String p1 = f.p1(), p2 = f.p2(), p3 = f.p3(), c = f.c();
        Api.Reply edit = admin.put("/api/halls/" + c, combinedBody(c, p1, p3));
        assertEquals(200, edit.status(), edit.body());
        confirmed(c, "Fair on the new shape");
        Api.Reply clash = organizer.post("/api/bookings", booking(p3, "Clash", FIRST, LAST));
        assertEquals(409, clash.status(), clash.body());
        confirmed(p2, "p2 is free again");
    }

    @Test
    void aBookedPlainHallBecomingCombined_isRefused() {
        String p1 = TestHalls.plain("P");
        String p2 = TestHalls.plain("P");
        String p3 = TestHalls.plain("P");
        confirmed(p1, "Fair on the plain hall");
        Api.Reply edit = admin.put("/api/halls/" + p1, combinedBody(p1, p2, p3));
        assertEquals(409, edit.status(), edit.body());
        assertEquals("HALL_IN_USE", edit.json().getString("error"));
        assertEquals(List.of(), parts(p1));
    }

    @Test
    void aPartOfACombinedHall_cannotBecomeCombinedItself() {
        String p1 = TestHalls.plain("P");
        String p2 = TestHalls.plain("P");
        String p3 = TestHalls.plain("P");
        String p4 = TestHalls.plain("P");
        TestHalls.combined("C", p1, p2);
        Api.Reply edit = admin.put("/api/halls/" + p1, combinedBody(p1, p3, p4));
        assertEquals(400, edit.status(), edit.body());
        assertEquals("HALL_PART_CANNOT_BE_COMBINED", edit.json().getString("error"));
    }

    @Test
    void retiringAHallWithALiveHold_isRefused_andAllowedOnceItEnds() {
        String p = TestHalls.plain("P");
        String id = hold(p, "Held fair");
        String retire = """
                {"name": {"vi": "Sảnh", "en": "Hall"}, "areaSqm": 1000, "capacity": 800, "parts": [], "dayRateVnd": 100000000, "active": false}
                """;
        Api.Reply refused = admin.put("/api/halls/" + p, retire);
        assertEquals(409, refused.status(), refused.body());
        assertEquals("HALL_IN_USE", refused.json().getString("error"));
        assertEquals(200, organizer.post("/api/bookings/" + id + "/cancel", "{}").status());
        assertEquals(200, admin.put("/api/halls/" + p, retire).status());
    }

    @Test
    void aNewCombinedHallOverABookedPart_cannotBeBookedOverIt() {
        String p1 = TestHalls.plain("P");
        String p2 = TestHalls.plain("P");
        confirmed(p1, "Fair on the part");
        String c = TestHalls.combined("C", p1, p2);
        Api.Reply r = organizer.post("/api/bookings", booking(c, "On the new combined hall", FIRST, LAST));
        assertEquals(409, r.status(), r.body());
        assertEquals("HALL_UNAVAILABLE", r.json().getString("error"));
    }

    /**
     * Editors swap a combined hall's parts back and forth while organizers book the combined hall and
     * its parts and the venue confirms ahead of the queue: at the end, no two confirmed bookings share
     * floor space at the same time, by the halls' shapes as they are now.
     */
    @Test
    void editsMixedWithBookings_neverDoubleBook() throws Exception {
        Floor f = floor();
        String p1 = f.p1(), p2 = f.p2(), p3 = f.p3(), c = f.c();
        List<Callable<Api.Reply>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String[] shape = i % 2 == 0 ? new String[] {p1, p3} : new String[] {p1, p2};
            calls.add(() -> admin.put("/api/halls/" + c, combinedBody(c, shape)));
        }
        for (String hall : List.of(c, p2, p3, c, p2, p3)) {
            calls.add(() -> {
                Api.Reply r = organizer.post("/api/bookings", booking(hall, "Storm " + hall, FIRST, LAST));
                return r.status() == 201 ? admin.post("/api/bookings/" + r.json().getString("id") + "/confirm", OVERRIDE) : r;
            });
        }
        Map<String, Integer> outcomes = new TreeMap<>();
        for (Api.Reply r : atOnce(calls)) {
            assertTrue(r.status() < 500, r.toString());
            outcomes.merge(r.status() + (r.status() >= 400 ? " " + r.json().getString("error") : ""), 1, Integer::sum);
        }
        List<JsonObject> confirmed = new ArrayList<>();
        for (String hall : List.of(c, p1, p2, p3)) {
            for (JsonObject b : admin.get("/api/bookings?hall=" + hall).array().getValuesAs(JsonObject.class)) {
                if (b.getString("status").equals("CONFIRMED")) {
                    confirmed.add(b);
                }
            }
        }
        assertFalse(confirmed.isEmpty(), outcomes.toString());
        for (int i = 0; i < confirmed.size(); i++) {
            for (int j = i + 1; j < confirmed.size(); j++) {
                Set<String> a = footprint(confirmed.get(i).getString("hall"));
                a.retainAll(footprint(confirmed.get(j).getString("hall")));
                assertTrue(a.isEmpty(), "double booking on " + a + ": " + confirmed.get(i) + " and " + confirmed.get(j)
                        + " (outcomes " + outcomes + ")");
            }
        }
    }

    /** A hall retired while booking requests for it wait for its lock: no live hold survives on a retired hall. */
    @Test
    void retiringWhileRequestsWait_leavesNoHoldOnARetiredHall() throws Exception {
        for (int round = 0; round < 3; round++) {
            String p = TestHalls.plain("R");
            String retire = """
                    {"name": {"vi": "Sảnh", "en": "Hall"}, "areaSqm": 1000, "capacity": 800, "parts": [], "dayRateVnd": 100000000, "active": false}
                    """;
            List<Callable<Api.Reply>> calls = new ArrayList<>();
            calls.add(() -> admin.put("/api/halls/" + p, retire));
            for (int i = 0; i < 5; i++) {
                calls.add(() -> organizer.post("/api/bookings", booking(p, "Race " + p, FIRST, LAST)));
            }
            for (Api.Reply r : atOnce(calls)) {
                assertTrue(r.status() < 500, r.toString());
            }
            boolean retired = admin.get("/api/halls?includeRetired=true").array().getValuesAs(JsonObject.class).stream()
                    .anyMatch(h -> h.getString("code").equals(p) && !h.getBoolean("active"));
            long live = admin.get("/api/bookings?hall=" + p).array().getValuesAs(JsonObject.class).stream()
                    .filter(b -> b.getString("status").equals("TENTATIVE")).count();
            assertFalse(retired && live > 0, "hall " + p + " retired with " + live + " live hold(s)");
        }
    }

    private Set<String> footprint(String hall) {
        List<String> parts = parts(hall);
        return new HashSet<>(parts.isEmpty() ? List.of(hall) : parts);
    }
}
