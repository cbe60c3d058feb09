package vn.wtcexpo.it.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.wtcexpo.it.support.TestHalls;
import vn.wtcexpo.it.support.ShippedApplication;

/**
 * The hall booking journey: an organizer requests a hold, the venue admin confirms it from the calendar,
 * the organizer sees it confirmed.
 */
@ExtendWith(ShippedApplication.class)
class BookingJourneyIT {

    private static void signIn(Browser b, String user) {
        b.go("/login.xhtml");
        b.type(By.id("login:username"), user);
        b.type(By.id("login:password"), "demo");
        b.click(By.id("login:submit"));
    }

    private static void signOut(Browser b) {
        b.click(By.id("logoutForm:logout"));
        b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("navLogin")));
    }

    @Test
    void organizerRequests_adminConfirms_organizerSeesItConfirmed() {
        String hall = TestHalls.plain("W");
        String title = "Triển lãm Gỗ " + hall;
        try (Browser b = Browser.open()) {
            try {
                signIn(b, "organizer");
                b.wait.until(ExpectedConditions.urlContains("/organizer/bookings.xhtml"));

                b.click(By.id("request:hall"));
                b.type(By.id("request:hall_filter"), hall);
                b.click(By.cssSelector("#request\\:hall_items li[data-label^='" + hall + " ']"));
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("request:hall_label"), hall));
                b.type(By.id("request:title"), title);
                b.typeDate("request:days", "06/10/2031 - 09/10/2031");
                b.click(By.id("request:check"));
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("request:result"), "440.000.000"));

                b.click(By.id("request:submit"));
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mine:bookings"), title));
                assertTrue(rowOf(b, "mine:bookings", title).getText().contains("Giữ chỗ"));
                signOut(b);

                signIn(b, "admin");
                b.wait.until(ExpectedConditions.urlContains("/admin/calendar.xhtml"));
                rowOf(b, "holds:holdTable", title).findElement(By.cssSelector("button[id$=':open']")).click();
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("selectedTitle"), title));
                b.click(By.id("decision:confirm"));
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("decision:status"), "Đã xác nhận"));
                signOut(b);

                signIn(b, "organizer");
                b.wait.until(ExpectedConditions.urlContains("/organizer/bookings.xhtml"));
                assertTrue(rowOf(b, "mine:bookings", title).getText().contains("Đã xác nhận"));
            } catch (RuntimeException | Error e) {
                b.screenshot("booking-journey");
                throw e;
            }
        }
    }

    private static WebElement rowOf(Browser b, String tableId, String text) {
        By row = By.xpath("//*[@id='" + tableId + "']//tr[contains(., '" + text + "')]");
        return b.visible(row);
    }
}
