package vn.wtcexpo.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.wtcexpo.it.support.Accounts;
import vn.wtcexpo.it.support.Api;
import vn.wtcexpo.it.support.ShippedApplication;

/**
 * Guessing a password slows the guesser down, not the account's owner: a browser that signed in to the account
 * before (its device cookie) still signs in while the same account is throttled for everyone else.
 */
@ExtendWith(ShippedApplication.class)
class SignInThrottleIT {

    private static void typeSignIn(Browser b, String user, String password) {
        b.go("/login.xhtml");
        b.type(By.id("login:username"), user);
        b.type(By.id("login:password"), password);
        b.click(By.id("login:submit"));
    }

    @Test
    void theOwnersKnownBrowser_signsInWhileGuessersAreThrottled_aNewBrowserWaits() {
        String user = Accounts.fresh("own", "ORGANIZER", "owners-password-1");
        try (Browser owner = Browser.open(); Browser stranger = Browser.open()) {
            owner.signIn(user, "owners-password-1");
            Cookie device = owner.driver.manage().getCookieNamed("wtc_device");
            assertNotNull(device, "a browser that signed in with the password keeps a device cookie");
            assertTrue(device.isHttpOnly());
            owner.driver.manage().deleteCookieNamed("JSESSIONID"); // signed out, the device cookie kept

            // someone guesses the password over the API from elsewhere (here: the same address, unknown device)
            for (int i = 0; i < 6; i++) {
                Api.as(user, "guess-" + i).get("/api/bookings");
            }
            assertEquals(429, Api.as(user, "owners-password-1").get("/api/bookings").status(), "the guesser's source waits");

            typeSignIn(stranger, user, "owners-password-1");
            stranger.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login:messages"), "quá nhiều lần"));
            assertTrue(stranger.driver.getCurrentUrl().contains("/login.xhtml"), "a browser that never signed in to the account waits too");

            owner.signIn(user, "owners-password-1");
            assertTrue(!owner.driver.getCurrentUrl().contains("/login.xhtml"), owner.driver.getCurrentUrl());
        }
    }
}
