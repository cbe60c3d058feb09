package vn.wtcexpo.it.browser;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import vn.wtcexpo.it.support.Api;
import vn.wtcexpo.it.support.ShippedApplication;

/**
 * The public event page on a crowded mobile network (Chromium's Fast 3G, a first visit with nothing cached): the
 * demo fair's page with its floor plan and 40-odd exhibitors is usable within 3 s and moves under 300 KB, and
 * reading it makes no server session. The server's compression, the page's lean template (no PrimeFaces scripts
 * where nothing posts back) and the stateless view are what this holds.
 */
@ExtendWith(ShippedApplication.class)
class PageWeightIT {

    private static String demoFair() {
        return Api.anonymous().get("/api/events").array().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getJsonObject("name").getString("en").startsWith("Vietnam Wood")).findFirst().orElseThrow()
                .getString("id");
    }

    @Test
    void thePublicEventPage_onFast3G_isUsableWithin3s_under300KB_withoutASession() {
        String fair = demoFair();
        try (Browser b = Browser.open()) {
            b.phone();
            b.fast3g();
            b.go("/event.xhtml?id=" + fair);
            b.visible(By.cssSelector("#plan svg .fp-booth"));
            Number loaded = (Number) b.script("return performance.getEntriesByType('navigation')[0].loadEventEnd;");
            Number bytes = (Number) b.script("var n = performance.getEntriesByType('navigation')[0].transferSize;"
                    + " return performance.getEntriesByType('resource').reduce(function (s, r) { return s + r.transferSize; }, n);");
            String report = "load event after " + Math.round(loaded.doubleValue()) + " ms, " + bytes.longValue() / 1024 + " KB moved";
            System.out.println("PageWeightIT: public event page on Fast 3G: " + report);
            assertTrue(loaded.doubleValue() > 0 && loaded.doubleValue() < 3000, report);
            assertTrue(bytes.longValue() > 10_000 && bytes.longValue() < 300 * 1024, report);
            assertNull(b.driver.manage().getCookieNamed("JSESSIONID"), "reading a public page makes no server session");
        }
    }

    @Test
    void theEventsList_makesNoSession_andIsSentCompressed() throws Exception {
        // HTTP/1.1, as a browser speaks to the server (Java would otherwise upgrade to HTTP/2 in clear text)
        var response = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(Api.BASE + "/events.xhtml")).header("Accept-Encoding", "gzip").build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertTrue(response.statusCode() == 200, "status " + response.statusCode());
        assertTrue(response.headers().firstValue("Content-Encoding").orElse("").contains("gzip"), response.headers().toString());
        assertTrue(response.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                response.headers().toString());
    }
}
