package vn.wtcexpo.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import vn.wtcexpo.it.support.Api;
import vn.wtcexpo.it.support.ShippedApplication;

/**
 * The organizer reads what a fair did: from its live page to the post-show report, in Vietnamese and in English, with
 * the PDF and the workbook to take away; the exhibitor reads its own page of the report.
 */
@ExtendWith(ShippedApplication.class)
class ReportJourneyIT {

    /** A fair of the demo's history: over, with visitors who came back from an earlier fair. */
    private static JsonObject pastFair() {
        return Api.as("organizer").get("/api/events?mine=true").array().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getJsonObject("name").getString("en").startsWith("Home Living Fair")).findFirst().orElseThrow();
    }

    @Test
    void theOrganizer_readsTheReport_fromTheLivePage_inBothLanguages() {
        JsonObject fair = pastFair();
        try (Browser b = Browser.open()) {
            b.signIn("organizer", "demo");
            b.go("/organizer/live.xhtml?event=" + fair.getString("id"));
            b.click(By.id("toReport"));
            b.wait.until(textToBePresentInElementLocated(By.tagName("h1"), "Báo cáo sau triển lãm"));
            String key = b.visible(By.id("report-summary")).getText();
            assertTrue(key.contains("Khách tham quan (người)") && key.contains("Khách quay lại"), key);
            assertTrue(b.driver.findElements(By.id("reportNotOver")).isEmpty(), "the fair is over");
            assertTrue(b.visible(By.id("report-interests")).getText().contains("Nội thất")
                    || b.visible(By.id("report-interests")).getText().contains("Hàng tiêu dùng"),
                    b.visible(By.id("report-interests")).getText());
            assertTrue(b.visible(By.id("reportPdf")).getAttribute("href").contains("format=pdf"));
            b.click(By.id("langForm:langEn"));
            b.wait.until(textToBePresentInElementLocated(By.tagName("h1"), "Post-show report"));
            String english = b.visible(By.id("report-forecast")).getText();
            assertTrue(english.contains("How the forecast did") && english.contains("Error of the day"), english);
        }
    }

    @Test
    void theExhibitor_readsItsOwnPage() {
        String today = Api.anonymous().get("/api/events").array().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getJsonObject("name").getString("en").startsWith("Binh Duong Industry Week"))
                .findFirst().orElseThrow().getString("id");
        try (Browser b = Browser.open()) {
            b.signIn("exhibitor", "demo");
            b.go("/exhibitor/leads.xhtml?event=" + today);
            b.click(By.id("toMyReport"));
            b.wait.until(textToBePresentInElementLocated(By.tagName("h1"), "Trang của bạn trong báo cáo"));
            assertTrue(b.visible(By.id("reportNotOver")).getText().contains("chưa kết thúc"));
            String mine = b.visible(By.id("report-summary")).getText();
            assertTrue(mine.contains("Gian hàng của bạn"), mine);
            assertEquals(0, b.driver.findElements(By.id("report-attendance")).size(), "the organizer's tables are not an exhibitor's");
        }
    }
}
