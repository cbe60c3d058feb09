package vn.wtcexpo.it.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.wtcexpo.it.support.Accounts;
import vn.wtcexpo.it.support.ShippedApplication;

/**
 * Guessing a password slows the guesser down, not the account's owner: a browser that signed in to the account
 * before (its device cookie) still signs in while the same account is throttled for a browser it does not know.
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
    void theOwnersKnownBrowser_signsInWhileAStrangersBrowserIsThrottled() {
        String user = Accounts.fresh("own", "ORGANIZER", "owners-password-1");
        // both browsers run here, at one address: only the device cookie tells the owner's apart
        try (Browser owner = Browser.open(); Browser stranger = Browser.open()) {
            owner.signIn(user, "owners-password-1");
            Cookie device = owner.driver.manage().getCookieNamed("wtc_device");
            assertNotNull(device, "a browser that signed in with the password keeps a device cookie");
            assertTrue(device.isHttpOnly());
            owner.driver.manage().deleteCookieNamed("JSESSIONID"); // signed out, the device cookie kept

            // someone guesses the password in another browser: five wrong in a row, then even the right one waits
            for (int i = 0; i < 5; i++) {
                typeSignIn(stranger, user, "guess-" + i);
                stranger.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login:messages"), "không đúng"));
            }
            typeSignIn(stranger, user, "owners-password-1");
            stranger.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login:messages"), "quá nhiều lần"));
            assertTrue(stranger.driver.getCurrentUrl().contains("/login.xhtml"));

            // the owner's browser is not held back by them
            owner.signIn(user, "owners-password-1");
            assertFalse(owner.driver.getCurrentUrl().contains("/login.xhtml"), owner.driver.getCurrentUrl());
        }
    }
}
