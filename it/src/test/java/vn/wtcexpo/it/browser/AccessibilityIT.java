package vn.wtcexpo.it.browser;

import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import vn.wtcexpo.it.support.ShippedApplication;

/**
 * Every page passes WCAG 2.1 AA (axe-core in Chromium), in Vietnamese and in English, and fits a phone's
 * width: public pages, the organizer's, the venue admin's and everyone's own account page.
 *
 * <p>Run on the embedded database only: what axe checks is the markup, which does not depend on the
 * database, and these checks are the longest part of a run. The journeys of each persona still run on both.
 *
 * <p>Most of its time (about 1.7 minutes) is axe-core in the browser, under a second a page and width since axe runs in
 * the page itself ({@link Browser#assertAccessible}). Running its tests two at a time saved only 30 s (the two cores
 * are full either way), and JUnit then ran the classes after it alongside it: not worth a suite whose
 * timing-sensitive journeys share the cores.
 */
@ExtendWith(ShippedApplication.class)
@DisabledIfSystemProperty(named = "wtc.db", matches = "postgresql",
        disabledReason = "the markup does not depend on the database: checked on the embedded one")
class AccessibilityIT {

    private static void signIn(Browser b, String user) {
        b.signIn(user, "demo");
    }

    /** The demo fair (published, with a plan, exhibitors and reservations). */
    private static String demoFair() {
        return vn.wtcexpo.it.support.Api.anonymous().get("/api/events").array().getValuesAs(jakarta.json.JsonObject.class)
                .stream().filter(e -> e.getJsonObject("name").getString("en").startsWith("Vietnam Wood"))
                .findFirst().orElseThrow().getString("id");
    }

    /** The demo fair that runs today (demo data makes one whatever the day). */
    private static String demoToday() {
        return vn.wtcexpo.it.support.Api.anonymous().get("/api/events").array().getValuesAs(jakarta.json.JsonObject.class)
                .stream().filter(e -> e.getJsonObject("name").getString("en").startsWith("Binh Duong Industry Week"))
                .findFirst().orElseThrow().getString("id");
    }

    /** A fair the venue held weeks ago (the demo's history): its live page shows how the forecast did. */
    private static String demoPastFair() {
        return vn.wtcexpo.it.support.Api.as("organizer").get("/api/events?mine=true").array()
                .getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(e -> e.getJsonObject("name").getString("en").startsWith("Home Living Fair"))
                .findFirst().orElseThrow().getString("id");
    }

    private static void check(Browser b, String path) {
        b.go(path);
        b.visible(By.tagName("h1"));
        if (path.contains("calendar")) {
            // the timeline draws after the page loads: its bars are what the contrast check must see
            b.visible(By.cssSelector(".vis-item.tl-confirmed"));
        }
        if (!path.contains("no-such-page")) {
            // a page that broke shows the error page, which passes axe: that is not this page passing
            org.junit.jupiter.api.Assertions.assertTrue(b.driver.findElements(By.cssSelector(".error-status")).isEmpty(),
                    path + " shows the error page");
        }
        b.assertAccessible(path);
        b.phone();
        b.go(path);
        b.visible(By.tagName("h1"));
        b.assertFitsTheWidth(path + " on a phone");
        b.assertAccessible(path + " on a phone");
        b.desktop();
    }

    @Test
    void publicPages_passInVietnamese() {
        try (Browser b = Browser.open()) {
            String fair = "/event.xhtml?id=" + demoFair();
            String register = "/register.xhtml?event=" + demoFair();
            for (String path : new String[] {"/index.xhtml", "/login.xhtml", "/no-such-page.xhtml", "/events.xhtml",
                    "/signup.xhtml", fair, register, "/scanner.xhtml"}) {
                check(b, path);
            }
        }
    }

    @Test
    void publicPages_passInEnglish() {
        try (Browser b = Browser.open()) {
            String fair = "/event.xhtml?id=" + demoFair();
            String register = "/register.xhtml?event=" + demoFair();
            b.go("/index.xhtml");
            b.click(By.id("langForm:langEn"));
            b.wait.until(urlContains("index"));
            for (String path : new String[] {"/index.xhtml", "/login.xhtml", "/events.xhtml", "/signup.xhtml", fair, register,
                    "/scanner.xhtml"}) {
                check(b, path);
            }
        }
    }

    @Test
    void switchingLanguageOnAnErrorPage_showsTheSamePageInEnglish() {
        try (Browser b = Browser.open()) {
            b.go("/no-such-page.xhtml");
            b.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Không tìm thấy"));
            b.click(By.id("langForm:langEn"));
            b.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "not found"));
            signIn(b, "organizer");
            b.go("/admin/halls.xhtml");
            b.click(By.id("langForm:langVi"));
            b.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "quyền truy cập"));
        }
    }

    @Test
    void organizerPages_pass() {
        try (Browser b = Browser.open()) {
            signIn(b, "organizer");
            String fair = demoFair();
            for (String path : new String[] {"/organizer/bookings.xhtml", "/account/index.xhtml", "/organizer/events.xhtml",
                    "/organizer/event.xhtml?id=" + fair, "/organizer/plan.xhtml?event=" + fair,
                    "/organizer/reservations.xhtml?event=" + fair, "/organizer/dashboard.xhtml?event=" + fair,
                    "/organizer/desk.xhtml?event=" + fair, "/organizer/registrations.xhtml?event=" + fair,
                    "/organizer/gates.xhtml?event=" + demoToday(), "/organizer/live.xhtml?event=" + demoToday(),
                    "/organizer/live.xhtml?event=" + demoPastFair(), "/organizer/report.xhtml?event=" + demoPastFair(),
                    "/gate/index.xhtml"}) {
                check(b, path);
                if (path.startsWith("/organizer/live") && path.contains(demoPastFair())) {
                    b.visible(By.id("backtest"));
                }
            }
        }
    }

    @Test
    void venueAdminPages_pass() {
        try (Browser b = Browser.open()) {
            signIn(b, "admin");
            for (String path : new String[] {"/admin/calendar.xhtml", "/admin/halls.xhtml", "/admin/booking-policy.xhtml",
                    "/admin/accounts.xhtml", "/admin/outbox.xhtml", "/account/index.xhtml"}) {
                check(b, path);
            }
        }
    }

    @Test
    void exhibitorPages_pass() {
        try (Browser b = Browser.open()) {
            signIn(b, "exhibitor");
            for (String path : new String[] {"/exhibitor/index.xhtml", "/exhibitor/plan.xhtml?event=" + demoFair(),
                    "/exhibitor/leads.xhtml?event=" + demoToday(), "/exhibitor/report.xhtml?event=" + demoToday()}) {
                check(b, path);
            }
        }
    }

    @Test
    void exhibitorAndGateStaff_landOnAPageThatPasses() {
        for (String user : new String[] {"exhibitor", "gate"}) {
            try (Browser b = Browser.open()) {
                signIn(b, user);
                b.visible(By.tagName("h1"));
                b.assertAccessible("landing page of " + user);
            }
        }
    }

    @Test
    void theCheck_findsAViolation_whereAPageHasOne() {
        // the checker itself can fail: an image without a text alternative, added to a page that passes
        try (Browser b = Browser.open()) {
            b.go("/index.xhtml");
            b.visible(By.tagName("h1"));
            b.script("const i = document.createElement('img'); i.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw='; "
                    + "document.querySelector('main').appendChild(i);");
            AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                    () -> b.assertAccessible("the home page with an image without alt"));
            org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("image-alt"), e.getMessage());
        }
    }
}
