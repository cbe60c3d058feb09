package vn.wtcexpo.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import vn.wtcexpo.it.support.Accounts;
import vn.wtcexpo.it.support.Api;
import vn.wtcexpo.it.support.ShippedApplication;

/**
 * An exhibitor's account today: sign in and land on "My account", change the password, create an API
 * token that works at once; when the venue disables the account, the open browser session ends.
 */
@ExtendWith(ShippedApplication.class)
class MyAccountJourneyIT {

    @Test
    void exhibitor_changesPassword_createsAToken_andIsSignedOutWhenDisabled() {
        String user = Accounts.fresh("exh", "EXHIBITOR", "first-pass-1");
        try (Browser b = Browser.open()) {
            try {
                b.signIn(user, "first-pass-1");
                b.wait.until(urlContains("/exhibitor/index.xhtml"));
                b.go("/account/index.xhtml");
                b.assertAccessible("my account of an exhibitor");

                b.type(By.cssSelector("#passwordForm\\:current input, input#passwordForm\\:current"), "first-pass-1");
                b.type(By.cssSelector("#passwordForm\\:new input, input#passwordForm\\:new"), "second-pass-2");
                b.type(By.cssSelector("#passwordForm\\:repeat input, input#passwordForm\\:repeat"), "second-pass-2");
                b.click(By.id("passwordForm:change"));
                b.wait.until(textToBePresentInElementLocated(By.id("passwordForm"), "Đã đổi mật khẩu"));
                assertEquals(401, Api.as(user, "first-pass-1").get("/api/tokens").status());
                assertEquals(200, Api.as(user, "second-pass-2").get("/api/tokens").status());

                b.type(By.id("tokenForm:tokenName"), "Máy quét ở gian hàng");
                b.click(By.id("tokenForm:createToken"));
                String token = b.visible(By.id("tokenSecret")).getText().strip();
                assertTrue(token.startsWith("wtc_"), token);
                assertEquals(200, Api.bearer(token).get("/api/tokens").status());

                // still signed in after the own password change
                b.go("/account/index.xhtml");
                b.visible(By.id("passwordForm:change"));

                assertEquals(200, Api.as("admin").post("/api/accounts/" + user + "/disable", "").status());
                b.go("/account/index.xhtml");
                b.wait.until(urlContains("/login.xhtml"));
                assertEquals(401, Api.bearer(token).get("/api/tokens").status());
            } catch (RuntimeException | Error e) {
                b.screenshot("my-account-journey");
                throw e;
            }
        }
    }

    @Test
    void aPasswordTheAdminChose_mustBeChangedFirst_everyPageLeadsToMyAccountUntilThen() {
        String user = vn.wtcexpo.it.support.Accounts.fresh("chg", "ORGANIZER", "first-pass-1");
        assertEquals(204, vn.wtcexpo.it.support.Api.as("admin").post("/api/accounts/" + user + "/password",
                "{\"newPassword\": \"given-by-admin-2\"}").status());
        try (Browser b = Browser.open()) {
            b.signIn(user, "given-by-admin-2");
            b.go("/organizer/bookings.xhtml");
            b.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/account/index.xhtml"));
            assertTrue(b.visible(By.id("passwordForm")).getText().contains("người khác đặt"));
            b.type(By.cssSelector("#passwordForm\\:current input, input#passwordForm\\:current"), "given-by-admin-2");
            b.type(By.cssSelector("#passwordForm\\:new input, input#passwordForm\\:new"), "my-own-pass-3");
            b.type(By.cssSelector("#passwordForm\\:repeat input, input#passwordForm\\:repeat"), "my-own-pass-3");
            b.click(By.id("passwordForm:change"));
            b.wait.until(textToBePresentInElementLocated(By.id("passwordForm"), "Đã đổi mật khẩu"));
            b.go("/organizer/bookings.xhtml");
            b.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/organizer/bookings.xhtml"));
        }
    }
}
