package vn.wtcexpo.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.wtcexpo.it.support.Api;
import vn.wtcexpo.it.support.Badges;
import vn.wtcexpo.it.support.TestFairs;
import vn.wtcexpo.it.support.ShippedApplication;

/**
 * A visitor registers on a phone and opens the badge; at the desk the organizer finds a visitor as they type
 * and prints the badge label.
 */
@ExtendWith(ShippedApplication.class)
class RegistrationJourneyIT {

    @Test
    void visitorRegistersOnAPhone_andOpensTheBadge() throws Exception {
        TestFairs.Fair fair = TestFairs.published("VJ");
        String email = "phone." + System.nanoTime() + "@example.vn";
        try (Browser b = Browser.open()) {
            b.phone();
            b.go("/event.xhtml?id=" + fair.eventId());
            b.click(By.id("toRegister"));
            b.type(By.id("register:fullName"), "Lương Thị Điện Thoại");
            b.type(By.id("register:email"), email);
            b.type(By.id("register:company"), "Công ty <Gỗ & Sơn>");
            b.click(By.cssSelector("#register\\:share .ui-chkbox-box"));
            b.assertAccessible("registration form on a phone");
            b.click(By.id("register:submit"));
            b.visible(By.id("qr"));
            b.wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                    "return document.getElementById('qr').naturalWidth")).intValue() > 0);
            assertTrue(b.visible(By.id("register:done")).getText().contains("Công ty <Gỗ & Sơn>"));
            b.assertFitsTheWidth("registered on a phone");
            b.assertAccessible("registered on a phone");
            String pdfUrl = b.visible(By.id("register:pdf")).getAttribute("href");
            Api.Binary pdf = Api.anonymous().bytes(pdfUrl);
            assertEquals(200, pdf.status());
            assertTrue(Badges.pdfText(pdf.body()).contains("Lương Thị Điện Thoại"));
        }
        Api.Reply found = Api.as("organizer").get("/api/events/" + fair.eventId() + "/registrations?q=" + email);
        assertTrue(found.array().getJsonObject(0).getBoolean("shareWithExhibitors"), found.body());
    }

    @Test
    void sameEmailAgainOnThePage_saysItWasSentAgain_andShowsNoBadge() {
        TestFairs.Fair fair = TestFairs.published("VJ");
        String email = "again." + System.nanoTime() + "@example.vn";
        Badges.register(fair.eventId(), "Chủ Thẻ Thật", email);
        try (Browser b = Browser.open()) {
            b.go("/register.xhtml?event=" + fair.eventId());
            b.type(By.id("register:fullName"), "Người Lạ");
            b.type(By.id("register:email"), email.toUpperCase());
            b.click(By.id("register:submit"));
            String text = b.visible(By.id("register:already")).getText();
            assertTrue(text.contains("đã được đăng ký"), text);
            assertTrue(b.driver.findElements(By.id("qr")).isEmpty(), "no QR code of someone else");
            assertTrue(b.driver.findElements(By.id("register:pdf")).isEmpty(), "no badge link");
            assertFalse(b.driver.getPageSource().contains("Chủ Thẻ Thật"), "nothing of the badge's holder");
            b.assertAccessible("registration repeated");
        }
    }

    @Test
    void aFormWithSeveralMistakes_showsThemAllAtOnce() {
        TestFairs.Fair fair = TestFairs.published("VM");
        try (Browser b = Browser.open()) {
            b.go("/register.xhtml?event=" + fair.eventId());
            b.type(By.id("register:email"), "lan@");
            b.type(By.id("register:phone"), "12");
            b.click(By.id("register:submit"));
            b.wait.until(d -> !d.findElements(By.cssSelector("[id='register:messages'] li")).isEmpty());
            String all = b.driver.findElement(By.id("register:messages")).getText();
            assertTrue(all.contains("Họ và tên") || all.contains("Họ tên"), all);
            assertTrue(all.contains("Email") && all.contains("Điện thoại"), "every mistake at once: " + all);
            b.assertAccessible("registration with mistakes");
        }
    }

    @Test
    void deskFindsAVisitorAsTheyType_andPrintsTheLabel() {
        TestFairs.Fair fair = TestFairs.published("DJ");
        Badges.register(fair.eventId(), "Quách Thị Tìm Thấy", "desk." + System.nanoTime() + "@example.vn");
        try (Browser b = Browser.open()) {
            b.signIn("organizer", "demo");
            b.go("/organizer/event.xhtml?id=" + fair.eventId());
            b.click(By.id("toDesk"));
            b.type(By.id("find:q"), "quach tim");
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("find:results"), "Quách Thị Tìm Thấy"));
            b.assertAccessible("registration desk");
            String desk = b.driver.getWindowHandle();
            b.click(By.id("find:results:0:print"));
            b.wait.until(d -> d.getWindowHandles().size() == 2);
            List<String> windows = new ArrayList<>(b.driver.getWindowHandles());
            windows.remove(desk);
            b.driver.switchTo().window(windows.get(0));
            b.wait.until(ExpectedConditions.urlContains("size=label"));
            b.driver.close();
            b.driver.switchTo().window(desk);
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("badge"), "số lần in: 1"));

            // a walk-in in seconds, at the desk's tablet or phone
            b.phone();
            b.type(By.id("walkIn:walkName"), "Khách Vãng Lai Mới");
            b.click(By.id("walkIn:register"));
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("badge"), "Khách Vãng Lai Mới"));
            // the new badge in view, ready to print; the search box cleared for the next person
            b.wait.until(d -> ((Number) b.script("var r = document.getElementById('badge').getBoundingClientRect();"
                    + " return r.top >= -1 && r.top < window.innerHeight ? 1 : 0;")).intValue() == 1);
            assertEquals("", b.driver.findElement(By.id("find:q")).getAttribute("value"));
        }
    }
}
