package vn.wtcexpo.it.edges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.wtcexpo.it.support.Api;
import vn.wtcexpo.it.support.ShippedApplication;

/** Who may do what on the API, and how refusals look: JSON bodies, never HTML. */
@ExtendWith(ShippedApplication.class)
class ApiSecurityIT {

    private static String hall(String code) {
        return """
                {"code": "%s", "name": {"vi": "Sảnh thử %s", "en": "Test hall %s"},
                 "areaSqm": 1000, "capacity": 800, "parts": [], "dayRateVnd": 50000000}
                """.formatted(code, code, code);
    }

    @Test
    void listHalls_anonymous_isAllowed() {
        assertEquals(200, Api.anonymous().get("/api/halls").status());
    }

    @Test
    void addHall_withoutCredentials_is401WithJsonBody() {
        Api.Reply r = Api.anonymous().post("/api/halls", hall(Api.uniqueCode("S")));
        assertEquals(401, r.status(), r.body());
        assertEquals("UNAUTHORIZED", r.json().getString("error"));
        assertTrue(r.contentType().startsWith("application/json"));
    }

    @Test
    void changeHall_withoutCredentials_is401() {
        Api.Reply r = Api.anonymous().put("/api/halls/A", hall("A"));
        assertEquals(401, r.status(), r.body());
        assertEquals("UNAUTHORIZED", r.json().getString("error"));
    }

    @Test
    void addHall_withWrongPassword_is401() {
        Api.Reply r = Api.as("admin", "not-the-password").post("/api/halls", hall(Api.uniqueCode("S")));
        assertEquals(401, r.status(), r.body());
        assertEquals("UNAUTHORIZED", r.json().getString("error"));
    }

    @Test
    void wrongPassword_onAPublicRead_isStill401() {
        assertEquals(401, Api.as("admin", "nope").get("/api/halls").status());
    }

    @Test
    void addHall_asExhibitor_is403WithJsonBody() {
        Api.Reply r = Api.as("exhibitor").post("/api/halls", hall(Api.uniqueCode("S")));
        assertEquals(403, r.status(), r.body());
        assertEquals("FORBIDDEN", r.json().getString("error"));
    }

    @Test
    void changeHall_asOrganizer_is403() {
        Api.Reply r = Api.as("organizer").put("/api/halls/A", hall("A"));
        assertEquals(403, r.status(), r.body());
    }

    @Test
    void addHall_asAdmin_is201() {
        String code = Api.uniqueCode("S");
        Api.Reply r = Api.as("admin").post("/api/halls", hall(code));
        assertEquals(201, r.status(), r.body());
        assertEquals(code, r.json().getString("code"));
    }

    @Test
    void forbidden_isInTheCallersLanguage() {
        Api.Reply en = Api.as("exhibitor").inLanguage("en").post("/api/halls", hall(Api.uniqueCode("S")));
        Api.Reply vi = Api.as("exhibitor").inLanguage("vi").post("/api/halls", hall(Api.uniqueCode("S")));
        assertEquals("You are not allowed to do this.", en.json().getString("message"));
        assertEquals("Bạn không có quyền thực hiện thao tác này.", vi.json().getString("message"));
    }

    @Test
    void unknownApiPath_is404WithJsonBody() {
        Api.Reply r = Api.anonymous().get("/api/no-such-thing");
        assertEquals(404, r.status(), r.body());
        assertEquals("NOT_FOUND", r.json().getString("error"));
    }

    @Test
    void unsupportedMethod_is405WithJsonBody() {
        Api.Reply r = Api.as("admin").delete("/api/halls");
        assertEquals(405, r.status(), r.body());
        assertEquals("METHOD_NOT_ALLOWED", r.json().getString("error"));
    }

    @Test
    void backOfficePage_anonymous_redirectsToLogin() {
        Api.Reply r = Api.anonymous().send("GET", "/admin/halls.xhtml", null, null);
        // the client does not follow redirects: the page itself is never served
        assertEquals(302, r.status(), r.body());
    }

    @Test
    void unknownPage_isAFriendlyPageWithoutStackTrace() {
        Api.Reply r = Api.anonymous().send("GET", "/no-such-page.xhtml", null, null);
        assertEquals(404, r.status());
        assertTrue(r.body().contains("Không tìm thấy trang"), r.body());
        assertTrue(!r.body().contains("Caused by") && !r.body().contains(".java:"), r.body());
    }
}
