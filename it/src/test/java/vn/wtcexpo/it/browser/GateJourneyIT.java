package vn.wtcexpo.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.wtcexpo.it.support.Api;
import vn.wtcexpo.it.support.TestFairs;
import vn.wtcexpo.it.support.TestGates;
import vn.wtcexpo.it.support.ShippedApplication;

/**
 * The people around the gates: gate staff open a scanner on their phone; the organizer pairs a device and
 * watches the live dashboard follow a scan by itself; an exhibitor scans a visitor at the booth and rates the lead.
 */
@ExtendWith(ShippedApplication.class)
class GateJourneyIT {

    @Test
    void gateStaffSignIn_andOpenTheScannerOfTodaysFair() {
        TestGates.Today fair = TestGates.fair("GJ", 100);
        String name = Api.as("organizer").get("/api/events/" + fair.eventId()).json().getJsonObject("name").getString("vi");
        try (Browser b = Browser.open()) {
            b.phone();
            b.signIn("gate", "demo");
            b.wait.until(ExpectedConditions.urlContains("/gate/index.xhtml"));
            b.assertAccessible("gate staff's start page");
            b.assertFitsTheWidth("gate staff's start page");
            // a plain (not ajax) form post, in Vietnamese: the field's own example
            b.type(By.id("scanners:deviceName"), "Cửa Bắc, điện thoại 2");
            WebElement section = b.visible(By.cssSelector("section[aria-label='" + name + "']"));
            // the fair's show days, today and tomorrow, as the events list and the badge give them
            java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
            java.time.LocalDate tomorrow = today.plusDays(1);
            var dm = java.time.format.DateTimeFormatter.ofPattern("dd/MM");
            var dmy = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
            assertEquals((today.getYear() == tomorrow.getYear() ? dm.format(today) : dmy.format(today)) + " – " + dmy.format(tomorrow),
                    section.findElement(By.cssSelector(".show-days")).getText());
            section.findElement(By.cssSelector("button[id$='open']")).click();
            b.wait.until(ExpectedConditions.urlContains("/scanner.xhtml"));
            String devices = Api.as("organizer").get("/api/events/" + fair.eventId() + "/devices").body();
            assertTrue(devices.contains("Cửa Bắc, điện thoại 2"), "the name arrives as typed: " + devices);
            b.wait.until(d -> d.findElements(By.cssSelector("#gate option")).size() == 3);
            assertTrue(b.driver.getCurrentUrl().indexOf("device=") < 0, "the token leaves the address bar");
            // the scanner was opened for this event: a badge typed in is admitted
            String code = TestGates.badge(fair.eventId(), "ORGANIZER_STAFF").getString("code");
            b.type(By.id("code"), code + Keys.ENTER);
            b.wait.until(ExpectedConditions.attributeToBe(By.id("answer"), "data-result", "ADMITTED"));
        }
    }

    @Test
    void organizerPairsADevice_andTheDashboardFollowsItsScan() {
        TestGates.Today fair = TestGates.fair("GJ", 100);
        for (int i = 0; i < 5; i++) {
            TestGates.badge(fair.eventId(), "VISITOR"); // registered visitors: the day's forecast has someone to expect
        }
        try (Browser b = Browser.open()) {
            b.signIn("organizer", "demo");
            b.go("/organizer/gates.xhtml?event=" + fair.eventId());
            b.type(By.id("devicesForm:deviceName"), "Cửa Bắc, điện thoại 1");
            b.click(By.id("devicesForm:pair"));
            b.visible(By.id("pairingQr"));
            String link = b.visible(By.id("pairingLink")).getAttribute("href");
            assertTrue(link.contains("/scanner.xhtml#device=wtcd_"), link);
            b.assertAccessible("gates and devices with a pairing code");
            String token = link.substring(link.indexOf("device=") + 7);

            b.go("/organizer/live.xhtml?event=" + fair.eventId());
            // the page listens: its web socket to the server is open, and the refresh it makes then is done
            b.wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-live", "open"));
            b.wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                    "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
            b.wait.until(ExpectedConditions.textToBe(By.id("insideTotal"), "0"));
            // the day's forecast, in a sentence the organizer can act on (Vietnamese, the page's language)
            assertTrue(b.visible(By.id("forecastSummary")).getText().startsWith("Sảnh " + fair.hall1())
                    || b.visible(By.id("forecastSummary")).getText().startsWith("Sảnh " + fair.hall2()),
                    b.visible(By.id("forecastSummary")).getText());
            // the organizer's own target wait: the lane plan keeps every queue under it from now on
            b.replace(By.id("forecastSettings:targetWait_input"), "12");
            b.click(By.id("forecastSettings:saveTargetWait"));
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("forecastSettings:forecastSettingsMessages"),
                    "dưới 12 phút"));
            assertEquals(12, Api.as("organizer").get("/api/events/" + fair.eventId() + "/forecast/settings").json()
                    .getInt("targetWaitMinutes"));
            b.assertAccessible("live dashboard");
            String code = TestGates.badge(fair.eventId(), "ORGANIZER_STAFF").getString("code");
            JsonObject answer = Api.bearer(token).post("/api/checkins", TestGates.scan(code, fair.in(), "IN")).json();
            assertEquals("ADMITTED", answer.getString("result"));
            // no reload: the server pushes, the page refreshes itself
            b.wait.until(ExpectedConditions.textToBe(By.id("insideTotal"), "1"));
        }
    }

    @Test
    void exhibitorScansAVisitorAtTheBooth_andRatesTheLead() {
        TestGates.Today fair = TestGates.fair("GJ", 100);
        String exhibitor = TestGates.exhibitorWithBooth(fair);
        String code = TestFairs.expect(201, Api.as("organizer").post("/api/events/" + fair.eventId() + "/registrations", """
                {"fullName": "Đỗ Thị Quan Tâm", "email": "%s@example.vn", "company": "Công ty TNHH Nội Thất Xanh",
                 "locale": "vi", "shareWithExhibitors": true}
                """.formatted(UUID.randomUUID()))).json().getString("code");
        try (Browser b = Browser.open()) {
            b.phone();
            b.signIn(exhibitor, TestFairs.PASSWORD);
            b.go("/exhibitor/leads.xhtml?event=" + fair.eventId());
            b.assertAccessible("leads page");
            b.type(By.id("scanner:deviceName"), "Điện thoại của Hương");
            b.click(By.id("scanner:openScanner"));
            b.wait.until(ExpectedConditions.urlContains("/scanner.xhtml"));
            b.visible(By.id("code"));
            b.type(By.id("code"), code + Keys.ENTER);
            b.wait.until(ExpectedConditions.textToBe(By.id("leadName"), "Đỗ Thị Quan Tâm"));
            b.click(By.cssSelector(".star[data-rating='4']"));
            b.type(By.id("leadNotes"), "Muốn xem mẫu tủ bếp");
            b.click(By.id("leadSave"));
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("leadStatus"), "Đã lưu"));
            b.assertAccessible("a lead on the scanner");
        }
        JsonObject lead = TestFairs.as(exhibitor).get("/api/events/" + fair.eventId() + "/leads").array().getJsonObject(0);
        assertEquals(4, lead.getInt("rating"));
        assertEquals("Muốn xem mẫu tủ bếp", lead.getString("notes"));
        String devices = TestFairs.as(exhibitor).get("/api/events/" + fair.eventId() + "/leads/scanners").body();
        assertTrue(devices.contains("Điện thoại của Hương"), "the scanner's name, posted by a plain form, arrives as typed: " + devices);
    }
}
