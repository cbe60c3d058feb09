package vn.wtcexpo.it.exhibition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.wtcexpo.it.support.Api;
import vn.wtcexpo.it.support.TestFairs;
import vn.wtcexpo.it.support.TestHalls;
import vn.wtcexpo.it.support.ShippedApplication;

/** Drawing floor plans through the API, one rule per test. The test hall is 30 m × 20 m with a pillar at (15, 10). */
@ExtendWith(ShippedApplication.class)
class FloorPlanApiIT {

    private final Api organizer = Api.as("organizer");

    private Api.Reply add(TestFairs.Fair f, String body) {
        return organizer.post(f.booths(), body);
    }

    private static void assertError(int status, String code, Api.Reply r) {
        assertEquals(status, r.status(), r.body());
        assertEquals(code, r.json().getString("error"), r.body());
    }

    @Test
    void aBooth_isPlacedAndListedAsAvailable() {
        TestFairs.Fair f = TestFairs.published("FP");
        JsonObject b = TestFairs.booth(f, "A-101", 0, 0);
        assertEquals("AVAILABLE", b.getString("status"));
        assertEquals(9.0, b.getJsonNumber("areaSqm").doubleValue());
        JsonObject listed = Api.anonymous().get(f.booths()).array().getJsonObject(0);
        assertEquals("A-101", listed.getString("number"));
        assertEquals(30_000_000L, listed.getJsonNumber("priceVnd").longValue());
    }

    @Test
    void anOverlappingBooth_isBOOTH_OVERLAPS() {
        TestFairs.Fair f = TestFairs.draft("FP");
        TestFairs.booth(f, "1", 0, 0);
        assertError(409, "BOOTH_OVERLAPS", add(f, """
                {"number": "2", "xM": 2, "yM": 2, "widthM": 3, "depthM": 3, "type": "INLINE", "priceVnd": 1}"""));
    }

    @Test
    void aBoothPastTheWall_is400() {
        TestFairs.Fair f = TestFairs.draft("FP");
        assertError(400, "BOOTH_OUTSIDE_HALL", add(f, """
                {"number": "1", "xM": 28, "yM": 0, "widthM": 3, "depthM": 3, "type": "INLINE", "priceVnd": 1}"""));
    }

    @Test
    void aBoothWithoutSize_is400() {
        TestFairs.Fair f = TestFairs.draft("FP");
        assertError(400, "PLAN_SIZE_NOT_POSITIVE", add(f, """
                {"number": "1", "xM": 0, "yM": 0, "widthM": 0, "depthM": 3, "type": "INLINE", "priceVnd": 1}"""));
    }

    @Test
    void aBoothOverThePillar_is400() {
        TestFairs.Fair f = TestFairs.draft("FP");
        assertError(400, "BOOTH_OVER_FEATURE", add(f, """
                {"number": "1", "xM": 14, "yM": 9, "widthM": 3, "depthM": 3, "type": "INLINE", "priceVnd": 1}"""));
    }

    @Test
    void aNegativePrice_is400() {
        TestFairs.Fair f = TestFairs.draft("FP");
        assertError(400, "BOOTH_PRICE_OUT_OF_RANGE", add(f, """
                {"number": "1", "xM": 0, "yM": 0, "widthM": 3, "depthM": 3, "type": "INLINE", "priceVnd": -5}"""));
    }

    @Test
    void aHallWithoutOutline_cannotCarryBooths() {
        String hall = TestHalls.plain("FP");
        String id = organizer.post("/api/bookings", """
                {"hall": "%s", "title": "Không có sơ đồ", "start": "2032-08-10T00:00:00+07:00", "end": "2032-08-12T00:00:00+07:00"}
                """.formatted(hall)).json().getString("id");
        Api.as("admin").post("/api/bookings/" + id + "/confirm", "{}");
        String event = organizer.post("/api/events", """
                {"name": {"vi": "X", "en": "X"}, "bookingIds": ["%s"], "start": "2032-08-10T09:00:00+07:00", "end": "2032-08-11T17:00:00+07:00"}
                """.formatted(id)).json().getString("id");
        assertError(409, "HALL_HAS_NO_OUTLINE", organizer.post("/api/events/" + event + "/booths", """
                {"number": "1", "xM": 0, "yM": 0, "widthM": 3, "depthM": 3, "type": "INLINE", "priceVnd": 1}"""));
    }

    @Test
    void generatedRows_skipThePillarAndNumberByRow() {
        TestFairs.Fair f = TestFairs.draft("FP");
        Api.Reply r = organizer.post(f.booths() + "/rows", """
                {"xM": 0, "yM": 0, "boothWidthM": 3, "boothDepthM": 3, "rows": 4, "perRow": 10, "aisleM": 3,
                 "backToBack": true, "numbering": "HUNDREDS", "prefix": "A-", "priceVnd": 25000000}""");
        assertEquals(200, r.status(), r.body());
        // rows at y 0, 3 (a pair), 9, 12: the pillar at (15, 10) stands in booth A-306 (x 15..18, y 9..12)
        assertEquals(39, r.json().getInt("placed"));
        assertEquals(1, r.json().getInt("skipped"));
        List<String> numbers = organizer.get(f.booths()).array().getValuesAs(JsonObject.class).stream()
                .map(b -> b.getString("number")).toList();
        assertTrue(numbers.contains("A-101") && numbers.contains("A-410") && !numbers.contains("A-306"), numbers.toString());
    }

    @Test
    void boothsSideBySide_combineAndSplit() {
        TestFairs.Fair f = TestFairs.published("FP");
        TestFairs.booth(f, "1", 0, 0);
        TestFairs.booth(f, "2", 3, 0);
        Api.Reply c = organizer.post(f.booths() + "/combine", "{\"numbers\": [\"1\", \"2\"], \"number\": \"1-2\"}");
        assertEquals(201, c.status(), c.body());
        assertEquals(6.0, c.json().getJsonNumber("widthM").doubleValue());
        List<String> shown = Api.anonymous().get(f.booths()).array().getValuesAs(JsonObject.class).stream()
                .map(b -> b.getString("number")).toList();
        assertEquals(List.of("1-2"), shown);

        Api.Reply s = organizer.post(f.booths() + "/1-2/split", "{}");
        assertEquals(200, s.status(), s.body());
        assertEquals(2, Api.anonymous().get(f.booths()).array().size());
    }

    @Test
    void boothsApart_doNotCombine() {
        TestFairs.Fair f = TestFairs.draft("FP");
        TestFairs.booth(f, "1", 0, 0);
        TestFairs.booth(f, "3", 6, 0);
        assertError(400, "BOOTHS_NOT_ADJACENT", organizer.post(f.booths() + "/combine", "{\"numbers\": [\"1\", \"3\"]}"));
    }

    @Test
    void aHeldBooth_cannotBeMovedRepricedOrCombined() {
        TestFairs.Fair f = TestFairs.published("FP");
        TestFairs.booth(f, "1", 0, 0);
        TestFairs.booth(f, "2", 3, 0);
        String ex = TestFairs.exhibitor("ex");
        assertEquals(201, TestFairs.as(ex).post(f.booths() + "/1/reservations", "{}").status());
        assertError(409, "BOOTH_NOT_FREE", organizer.put(f.booths() + "/1", "{\"xM\": 0, \"yM\": 6}"));
        assertError(409, "BOOTH_NOT_FREE", organizer.put(f.booths() + "/1", "{\"priceVnd\": 1}"));
        assertError(409, "BOOTH_NOT_FREE", organizer.post(f.booths() + "/combine", "{\"numbers\": [\"1\", \"2\"]}"));
    }

    @Test
    void aFreeBooth_moves() {
        TestFairs.Fair f = TestFairs.draft("FP");
        TestFairs.booth(f, "1", 0, 0);
        Api.Reply r = organizer.put(f.booths() + "/1", "{\"xM\": 20, \"yM\": 15}");
        assertEquals(200, r.status(), r.body());
        assertEquals(20.0, r.json().getJsonNumber("xM").doubleValue());
    }

    @Test
    void anExhibitor_cannotDrawOnThePlan() {
        TestFairs.Fair f = TestFairs.published("FP");
        assertEquals(403, Api.as("exhibitor").post(f.booths(), """
                {"number": "1", "xM": 0, "yM": 0, "widthM": 3, "depthM": 3, "type": "INLINE", "priceVnd": 1}""").status());
    }

    @Test
    void anOutlineThatCutsThroughABooth_isRefused() {
        TestFairs.Fair f = TestFairs.draft("FP");
        TestFairs.booth(f, "1", 25, 0);
        assertError(409, "HALL_OUTLINE_CUTS_BOOTHS", Api.as("admin").put("/api/halls/" + f.hall() + "/outline",
                "{\"widthM\": 26, \"depthM\": 20}"));
        assertEquals(30.0, Api.anonymous().get("/api/halls/" + f.hall()).json().getJsonNumber("widthM").doubleValue());
    }
}
