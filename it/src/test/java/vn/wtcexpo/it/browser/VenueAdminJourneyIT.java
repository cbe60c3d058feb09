package vn.wtcexpo.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.wtcexpo.it.support.Api;
import vn.wtcexpo.it.support.ShippedApplication;

/** The venue admin's main journey: sign in, add a hall, and see it on the public page in both languages. */
@ExtendWith(ShippedApplication.class)
class VenueAdminJourneyIT {

    @Test
    void admin_addsAHall_andVisitorsSeeItInBothLanguages() {
        String code = Api.uniqueCode("J");
        try (Browser b = Browser.open()) {
            try {
                b.go("/login.xhtml");
                b.type(By.id("login:username"), "admin");
                b.type(By.id("login:password"), "demo");
                b.click(By.id("login:submit"));
                b.wait.until(ExpectedConditions.urlContains("/admin/calendar.xhtml"));
                b.click(By.id("navAdminHalls"));
                b.wait.until(ExpectedConditions.urlContains("/admin/halls.xhtml"));

                b.click(By.id("headActions:newHall"));
                b.visible(By.id("hallForm:code"));
                b.type(By.id("hallForm:code"), code);
                b.type(By.id("hallForm:nameVi"), "Sảnh Hoa Sen " + code);
                b.type(By.id("hallForm:nameEn"), "Lotus Hall " + code);
                b.type(By.id("hallForm:area_input"), "1500");
                b.type(By.id("hallForm:capacity_input"), "1000");
                b.type(By.id("hallForm:rate_input"), "80000000");
                b.click(By.id("hallForm:save"));
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("hallTable:halls"), "Sảnh Hoa Sen " + code));

                b.click(By.id("navAdminAccounts"));
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("accountTable:accounts"), "organizer"));
                b.click(By.id("navAdminHalls"));
                b.wait.until(ExpectedConditions.urlContains("/admin/halls.xhtml"));

                b.click(By.id("langForm:langEn"));
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Halls and rooms"));

                b.click(By.id("navHalls"));
                By card = By.cssSelector("article[data-code='" + code + "'] .hall-name");
                assertEquals("Lotus Hall " + code, b.visible(card).getText());
                assertTrue(b.driver.findElement(By.cssSelector("article[data-code='" + code + "']")).getText()
                        .contains("VND 80,000,000"));

                b.click(By.id("langForm:langVi"));
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(card, "Sảnh Hoa Sen " + code));
                assertTrue(b.driver.findElement(By.cssSelector("article[data-code='" + code + "']")).getText()
                        .contains("80.000.000"));
            } catch (RuntimeException | Error e) {
                b.screenshot("venue-admin-journey");
                throw e;
            }
        }
    }

    /** What a visitor's e-mail says and carries, read by the venue admin on the outbox page (the demo run keeps mail there). */
    @Test
    void admin_readsAnEmailInTheOutbox_andOpensItsBadge() throws Exception {
        vn.wtcexpo.it.support.TestFairs.Fair f = vn.wtcexpo.it.support.TestFairs.published("OB");
        String email = "outbox." + System.nanoTime() + "@example.vn";
        assertEquals(201, Api.anonymous().post("/api/events/" + f.eventId() + "/registrations",
                "{\"fullName\": \"Trần Thư Hộp\", \"email\": \"" + email + "\"}").status());
        try (Browser b = Browser.open()) {
            b.signIn("admin", "demo");
            b.go("/admin/outbox.xhtml");
            org.openqa.selenium.WebElement row = b.driver.findElements(By.cssSelector("[id='outboxForm:messages_data'] tr")).stream()
                    .filter(r -> r.getText().contains(email)).findFirst().orElseThrow();
            row.findElement(By.cssSelector("a")).click();
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("outboxBody"), "Trần Thư Hộp"));
            String href = b.visible(By.cssSelector("a[id$='attachment']")).getAttribute("href");
            var cookie = b.driver.manage().getCookieNamed("JSESSIONID");
            var pdf = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(href))
                    .header("Cookie", "JSESSIONID=" + cookie.getValue()).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, pdf.statusCode());
            assertTrue(vn.wtcexpo.it.support.Badges.pdfText(pdf.body()).contains("Trần Thư Hộp"));
            b.assertAccessible("outbox message");
        }
    }

    /** The bank's NAPAS BIN, typed on the booking-policy page, lets payment requests carry a VietQR code. */
    @Test
    void admin_givesTheBanksBin_aWrongOneIsNamed() {
        Api admin = Api.as("admin");
        String kept = admin.get("/api/seller").json().toString();
        try (Browser b = Browser.open()) {
            b.signIn("admin", "demo");
            b.go("/admin/booking-policy.xhtml");
            String bin = "seller:accounts:0:bin";
            b.replace(By.id(bin), "9704");
            b.click(By.id("seller:saveSeller"));
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("seller:sellerMessages"), "9704"));
            b.replace(By.id(bin), "970436");
            b.click(By.id("seller:saveSeller"));
            b.wait.until(d -> "970436".equals(admin.get("/api/seller").json().getJsonArray("accounts").getJsonObject(0)
                    .getString("napasBin", "")));
            b.assertAccessible("seller with the bank's BIN");
        } finally {
            assertEquals(200, admin.put("/api/seller", kept).status());
        }
    }
}
