package vn.wtcexpo.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import vn.wtcexpo.it.support.Accounts;
import vn.wtcexpo.it.support.Api;
import vn.wtcexpo.it.support.TestHalls;
import vn.wtcexpo.it.support.ShippedApplication;

/** What the sign-in page says to someone who keeps mistyping, and what the venue calendar shows of shared floor space. */
@ExtendWith(ShippedApplication.class)
class SignInAndCalendarIT {

    @Test
    void afterFiveWrongPasswords_theLoginPageSaysToWait_evenForTheRightOne() {
        String user = Accounts.fresh("mis", "ORGANIZER", "right-pass-1");
        try (Browser b = Browser.open()) {
            for (int i = 0; i < 5; i++) {
                b.go("/login.xhtml");
                b.type(By.id("login:username"), user);
                b.type(By.id("login:password"), "wrong-" + i);
                b.click(By.id("login:submit"));
                b.wait.until(textToBePresentInElementLocated(By.id("login:messages"), "không đúng"));
            }
            b.go("/login.xhtml");
            b.type(By.id("login:username"), user);
            b.type(By.id("login:password"), "right-pass-1");
            b.click(By.id("login:submit"));
            b.wait.until(textToBePresentInElementLocated(By.id("login:messages"), "quá nhiều lần"));
            assertTrue(b.driver.getCurrentUrl().contains("/login.xhtml"));
        }
    }

    @Test
    void theCalendarsTimeAxis_speaksThePagesLanguage() {
        try (Browser b = Browser.open()) {
            b.signIn("admin", "demo");
            for (String lang : new String[] {"vi", "en"}) {
                b.go("/admin/calendar.xhtml?lang=" + lang);
                b.visible(By.cssSelector(".vis-item"));
                b.wait.until(d -> String.valueOf(b.script(AXIS)).matches("(?s).*\\d{4}.*"));
                String axis = String.valueOf(b.script(AXIS));
                boolean english = axis.matches("(?s).*\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\b.*");
                boolean vietnamese = axis.toLowerCase(java.util.Locale.ROOT).matches("(?s).*\\b(thg|tháng)\\b.*");
                if (lang.equals("vi")) {
                    // no English month names, no clipped "ec" of "Dec"
                    assertTrue(!english && !axis.matches("(?s).*\\bec\\b.*") && vietnamese, axis);
                } else {
                    assertTrue(english && !vietnamese, axis);
                }
            }
        }
    }

    private static final String AXIS = "return Array.from(document.querySelectorAll('.vis-time-axis .vis-text'))"
            + ".map(e => e.textContent).join('|');";

    @Test
    void aBookingOfACombinedHall_showsOnItsPartsRowsToo() {
        String a = TestHalls.plain("K");
        String b2 = TestHalls.plain("K");
        String ab = TestHalls.combined("K", a, b2);
        LocalDate first = LocalDate.now(TestHalls.VIETNAM).plusDays(20);
        String title = "Hội chợ ghép " + ab;
        Api.Reply hold = Api.as("organizer").post("/api/bookings", TestHalls.booking(ab, title, first, first.plusDays(2)));
        assertEquals(201, hold.status(), hold.body());
        try (Browser b = Browser.open()) {
            b.signIn("admin", "demo");
            b.wait.until(urlContains("/admin/calendar.xhtml"));
            // the hold itself on the combined hall's row, and the same floor seen from each part's row
            By items = By.cssSelector("#timeline .vis-item");
            b.wait.until(d -> d.findElements(items).stream().filter(e -> e.getText().contains(title)).count() >= 3);
            long shared = b.driver.findElements(items).stream()
                    .filter(e -> e.getText().contains("qua " + ab) && e.getText().contains(title)).count();
            assertEquals(2, shared, "items shown via " + ab);
        }
    }
}
