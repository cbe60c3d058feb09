package vn.wtcexpo.it.venue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.wtcexpo.it.support.Api;
import vn.wtcexpo.it.support.ShippedApplication;

/** The venue part of the API contract (shared/API.md), as partners call it. */
@ExtendWith(ShippedApplication.class)
class HallApiIT {

    private final Api admin = Api.as("admin");

    private static String hall(String code, int area, int capacity) {
        return """
                {"code": "%s", "name": {"vi": "Sảnh %s", "en": "Hall %s"},
                 "areaSqm": %d, "capacity": %d, "parts": [], "dayRateVnd": 90000000}
                """.formatted(code, code, code, area, capacity);
    }

    private static JsonObject find(List<JsonObject> halls, String code) {
        return halls.stream().filter(h -> h.getString("code").equals(code)).findFirst().orElse(null);
    }

    private List<JsonObject> publicHalls() {
        Api.Reply r = Api.anonymous().get("/api/halls");
        assertEquals(200, r.status(), r.body());
        return r.array().getValuesAs(JsonObject.class);
    }

    @Test
    void halls_haveTheContractShape() {
        JsonObject a = find(publicHalls(), "A");
        assertEquals("A", a.getString("code"));
        assertFalse(a.getJsonObject("name").getString("vi").isBlank());
        assertFalse(a.getJsonObject("name").getString("en").isBlank());
        assertTrue(a.getInt("areaSqm") > 0);
        assertTrue(a.getInt("capacity") > 0);
        assertTrue(a.getJsonNumber("dayRateVnd").isIntegral());
        assertEquals(0, a.getJsonArray("parts").size());
    }

    @Test
    void combinedHall_listsItsParts() {
        JsonObject ab = find(publicHalls(), "AB");
        assertEquals(List.of("A", "B"), ab.getJsonArray("parts").getValuesAs(JsonString::getString));
        int sum = find(publicHalls(), "A").getInt("areaSqm") + find(publicHalls(), "B").getInt("areaSqm");
        assertEquals(sum, ab.getInt("areaSqm"));
    }

    @Test
    void addedHall_isListedAndReadable() {
        String code = Api.uniqueCode("H");
        Api.Reply created = admin.post("/api/halls", hall(code, 1200, 900));
        assertEquals(201, created.status(), created.body());
        assertTrue(created.json().containsKey("dayRateVnd"));
        assertTrue(find(publicHalls(), code) != null);
        Api.Reply one = Api.anonymous().get("/api/halls/" + code);
        assertEquals(200, one.status());
        assertEquals("Sảnh " + code, one.json().getJsonObject("name").getString("vi"));
        assertEquals(90000000L, one.json().getJsonNumber("dayRateVnd").longValue());
    }

    @Test
    void hallCodes_areReadCaseInsensitively() {
        Api.Reply r = Api.anonymous().get("/api/halls/ab");
        assertEquals(200, r.status(), r.body());
        assertEquals("AB", r.json().getString("code"));
    }

    @Test
    void unknownHall_is404WithJsonBody() {
        Api.Reply r = Api.anonymous().get("/api/halls/NOPE9");
        assertEquals(404, r.status());
        assertEquals("HALL_NOT_FOUND", r.json().getString("error"));
        assertTrue(r.json().getString("message").contains("NOPE9"));
    }

    @Test
    void capacityAboveSafeDensity_is400WithViolationOnCapacity() {
        Api.Reply r = admin.inLanguage("en").post("/api/halls", hall(Api.uniqueCode("H"), 100, 500));
        assertEquals(400, r.status(), r.body());
        JsonObject violation = r.json().getJsonArray("violations").getJsonObject(0);
        assertEquals("capacity", violation.getString("field"));
        assertTrue(violation.getString("message").contains("200"), violation.toString());
    }

    @Test
    void missingName_is400InVietnameseByDefault() {
        Api.Reply r = admin.post("/api/halls", """
                {"code": "%s", "areaSqm": 100, "capacity": 50, "dayRateVnd": 1}
                """.formatted(Api.uniqueCode("H")));
        assertEquals(400, r.status(), r.body());
        assertEquals("Không được để trống.", r.json().getString("message"));
    }

    @Test
    void malformedJson_is400WithJsonBody() {
        Api.Reply r = admin.post("/api/halls", "{\"code\": \"X\", \"areaSqm\": ");
        assertEquals(400, r.status(), r.body());
        assertEquals("BAD_JSON", r.json().getString("error"));
    }

    @Test
    void wronglyTypedField_is400() {
        Api.Reply r = admin.post("/api/halls", "{\"code\": \"X1\", \"areaSqm\": \"big\"}");
        assertEquals(400, r.status(), r.body());
        assertEquals("BAD_JSON", r.json().getString("error"));
    }

    @Test
    void duplicateCode_is409() {
        String code = Api.uniqueCode("H");
        assertEquals(201, admin.post("/api/halls", hall(code, 100, 50)).status());
        Api.Reply again = admin.post("/api/halls", hall(code, 100, 50));
        assertEquals(409, again.status(), again.body());
        assertEquals("HALL_CODE_TAKEN", again.json().getString("error"));
    }

    @Test
    void combinedHall_withWrongArea_is400() {
        String p1 = Api.uniqueCode("P");
        String p2 = Api.uniqueCode("Q");
        admin.post("/api/halls", hall(p1, 100, 100));
        admin.post("/api/halls", hall(p2, 200, 100));
        Api.Reply r = admin.post("/api/halls", """
                {"code": "%s", "name": {"vi": "Ghép", "en": "Combined"}, "areaSqm": 999, "capacity": 150,
                 "parts": ["%s", "%s"], "dayRateVnd": 1}
                """.formatted(Api.uniqueCode("C"), p1, p2));
        assertEquals(400, r.status(), r.body());
        assertEquals("HALL_AREA_IS_SUM_OF_PARTS", r.json().getString("error"));
    }

    @Test
    void combinedHall_takesTheSumOfItsParts() {
        String p1 = Api.uniqueCode("P");
        String p2 = Api.uniqueCode("Q");
        admin.post("/api/halls", hall(p1, 100, 100));
        admin.post("/api/halls", hall(p2, 200, 100));
        Api.Reply r = admin.post("/api/halls", """
                {"code": "%s", "name": {"vi": "Ghép", "en": "Combined"}, "capacity": 150,
                 "parts": ["%s", "%s"], "dayRateVnd": 1}
                """.formatted(Api.uniqueCode("C"), p1, p2));
        assertEquals(201, r.status(), r.body());
        assertEquals(300, r.json().getInt("areaSqm"));
    }

    @Test
    void retiredHall_leavesThePublicList() {
        String code = Api.uniqueCode("H");
        admin.post("/api/halls", hall(code, 100, 50));
        Api.Reply r = admin.put("/api/halls/" + code, """
                {"name": {"vi": "Sảnh cũ", "en": "Old hall"}, "areaSqm": 100, "capacity": 50, "dayRateVnd": 1, "active": false}
                """);
        assertEquals(200, r.status(), r.body());
        assertFalse(r.json().getBoolean("active"));
        assertTrue(find(publicHalls(), code) == null);
        assertTrue(find(admin.get("/api/halls?includeRetired=true").array().getValuesAs(JsonObject.class), code) != null);
    }

    @Test
    void retiringAPartOfAnActiveCombinedHall_is409() {
        Api.Reply r = admin.put("/api/halls/A", """
                {"name": {"vi": "Sảnh triển lãm A", "en": "Exhibition Hall A"}, "areaSqm": 3600, "capacity": 2500,
                 "dayRateVnd": 150000000, "active": false}
                """);
        assertEquals(409, r.status(), r.body());
        assertEquals("HALL_PART_OF_ACTIVE_COMBINED", r.json().getString("error"));
    }

    @Test
    void blackout_isRecordedWithVietnamOffset() {
        String code = Api.uniqueCode("H");
        admin.post("/api/halls", hall(code, 100, 50));
        Api.Reply r = admin.post("/api/halls/" + code + "/blackouts", """
                {"start": "2027-02-05T00:00:00+07:00", "end": "2027-02-12T00:00:00+07:00", "reason": "Tết"}
                """);
        assertEquals(201, r.status(), r.body());
        assertEquals("2027-02-05T00:00:00+07:00", r.json().getString("start"));
        Api.Reply list = Api.anonymous().get("/api/halls/" + code + "/blackouts");
        assertEquals(1, list.array().size());
    }

    @Test
    void blackout_endingBeforeItStarts_is400() {
        Api.Reply r = admin.post("/api/halls/A/blackouts", """
                {"start": "2027-02-12T00:00:00+07:00", "end": "2027-02-05T00:00:00+07:00", "reason": "Tết"}
                """);
        assertEquals(400, r.status(), r.body());
        assertEquals("PERIOD_END_BEFORE_START", r.json().getString("error"));
    }
}
