package vn.wtcexpo.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.wtcexpo.it.support.Api;
import vn.wtcexpo.it.support.TestFairs;
import vn.wtcexpo.it.support.ShippedApplication;

/**
 * A fair from plan to payment request, as people do it: the organizer generates the floor plan and
 * publishes; a company signs up, picks a booth on the plan and reserves it; the organizer approves; the
 * exhibitor downloads the payment request and it reads right; a visitor finds the company on the plan.
 */
@ExtendWith(ShippedApplication.class)
class FairJourneyIT {

    private static void signOut(Browser b) {
        b.click(By.id("logoutForm:logout"));
        b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("navLogin")));
    }

    @Test
    void organizerLaysOutAndPublishes_exhibitorSignsUpAndReserves_organizerApproves() throws Exception {
        TestFairs.Fair fair = TestFairs.draft("FJ");
        String company = "Công ty TNHH Nội Thất Hưng Thịnh " + fair.hall();
        String username = ("fj" + fair.hall()).toLowerCase();
        String taxCode = vn.wtcexpo.it.support.TestFairs.freshTaxCode();
        try (Browser b = Browser.open()) {
            try {
                // the organizer generates two rows of eight booths and publishes
                b.signIn("organizer", "demo");
                b.go("/organizer/plan.xhtml?event=" + fair.eventId());
                b.replace(By.id("rows:rowCount_input"), "2");
                b.replace(By.id("rows:perRow_input"), "8");
                b.type(By.id("rows:prefix"), "H-");
                b.click(By.id("rows:generate"));
                b.wait.until(d -> d.findElements(By.cssSelector("#plan g.fp-booth")).size() == 16);
                b.assertAccessible("floor-plan editor");
                // two booths combined: the side form shows the combined booth; split again, the message names the parts
                b.type(By.id("combine:numbers"), "H-107, H-108");
                b.click(By.id("combine:doCombine"));
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[id='booth'] h2"), "H-107+H-108"));
                b.wait.until(ExpectedConditions.attributeContains(By.cssSelector("#plan g[data-number='H-107+H-108']"), "class", "fp-selected"));
                b.click(By.id("booth:split"));
                b.wait.until(d -> d.findElements(By.cssSelector(".ui-growl-message")).stream()
                        .anyMatch(m -> m.getText().contains("Đã tách gian ghép H-107+H-108 thành các gian H-107, H-108")));
                b.wait.until(d -> d.findElements(By.cssSelector("#plan g.fp-booth")).size() == 16);
                b.go("/organizer/event.xhtml?id=" + fair.eventId());
                b.click(By.id("publish:doPublish"));
                b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("publish:doUnpublish")));
                signOut(b);

                // a company signs up
                b.go("/signup.xhtml");
                b.type(By.id("signup:company"), company);
                // typed as people do, with dots; a code no other company has signed up with
                b.type(By.id("signup:taxCode"), taxCode.substring(0, 4) + "." + taxCode.substring(4, 7) + "." + taxCode.substring(7));
                b.type(By.id("signup:phone"), "0274 3812 345");
                b.type(By.id("signup:address"), "Lô C5, KCN Sóng Thần, Dĩ An, Bình Dương");
                b.type(By.id("signup:contact"), "Phạm Thị Hương");
                b.type(By.id("signup:email"), "huong@example.vn");
                b.type(By.id("signup:username"), username);
                b.type(By.id("signup:password"), "mat-khau-2032");
                b.assertAccessible("sign-up");
                b.click(By.id("signup:submit"));
                b.wait.until(ExpectedConditions.urlContains("/login.xhtml"));

                // and reserves a booth on the plan
                b.signIn(username, "mat-khau-2032");
                b.wait.until(ExpectedConditions.urlContains("/exhibitor/index.xhtml"));
                b.go("/exhibitor/plan.xhtml?event=" + fair.eventId());
                b.click(By.cssSelector("#plan g.fp-AVAILABLE[data-number='H-101'] rect"));
                b.click(By.id("pick:reserve"));
                b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pick:reservedNote")));
                b.wait.until(d -> d.findElement(By.cssSelector("#plan g[data-number='H-101']")).getAttribute("class").contains("fp-ON_HOLD"));
                b.assertAccessible("booth picker");
                // and the one beside it
                b.click(By.cssSelector("#plan g.fp-AVAILABLE[data-number='H-102'] rect"));
                b.click(By.id("pick:reserve"));
                b.wait.until(d -> d.findElement(By.cssSelector("#plan g[data-number='H-102']")).getAttribute("class").contains("fp-ON_HOLD"));
                signOut(b);

                // the organizer approves
                b.signIn("organizer", "demo");
                b.go("/organizer/reservations.xhtml?event=" + fair.eventId());
                WebElement row = b.driver.findElements(By.cssSelector("[id='list:reservations_data'] tr")).stream()
                        .filter(r -> r.getText().contains(company)).findFirst().orElseThrow();
                // both of the company's holds at once: one payment request for the two booths
                row.findElement(By.cssSelector("button[id$=':approveCompany']")).click();
                // approving issues a numbered document: the page asks once more, and nothing is issued until yes
                b.visible(By.cssSelector(".ui-confirm-dialog"));
                assertTrue(b.driver.findElement(By.id("list:reservations")).getText().indexOf("YC-") < 0, "nothing issued yet");
                b.click(By.id("list:confirmYes"));
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:reservations"), "YC-"));
                List<String> numbers = b.driver.findElements(By.cssSelector("[id='list:reservations_data'] tr")).stream()
                        .filter(r -> r.getText().contains(company)).map(r -> r.findElement(By.cssSelector("[id$=':pdf']")).getText())
                        .toList();
                assertEquals(2, numbers.size());
                assertEquals(numbers.get(0), numbers.get(1), "one request for both booths");
                b.assertAccessible("reservations with a request of two booths");
                signOut(b);

                // the exhibitor sees the payment request and downloads it
                b.signIn(username, "mat-khau-2032");
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reservations:mine"), "YC-"));
                String href = b.driver.findElement(By.cssSelector("[id$=':pdf']")).getAttribute("href");
                Cookie session = b.driver.manage().getCookieNamed("JSESSIONID");
                HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                        .header("Cookie", "JSESSIONID=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(200, pdf.statusCode());
                try (PDDocument doc = Loader.loadPDF(pdf.body())) {
                    String text = new PDFTextStripper().getText(doc);
                    assertTrue(text.contains(company), text);
                    assertTrue(text.contains(taxCode) && text.contains("Dĩ An"), text);
                    assertTrue(text.contains("H-101") && text.contains("H-102") && text.contains("66.000.000"), text);
                }
                signOut(b);

                // a visitor finds the company on the public plan
                b.go("/event.xhtml?id=" + fair.eventId());
                b.type(By.id("directorySearch"), "hưng thịnh");
                b.wait.until(ExpectedConditions.textToBe(By.id("directoryCount"), "1"));
                List<WebElement> lit = b.driver.findElements(By.cssSelector("#plan g.fp-hit"));
                assertEquals(List.of("H-101", "H-102"), lit.stream().map(e -> e.getAttribute("data-number")).sorted().toList());
                // typed without accents, as on a keyboard without Telex: the same company
                b.type(By.id("directorySearch"), "HUNG thinh");
                b.wait.until(ExpectedConditions.textToBe(By.id("directoryCount"), "1"));
                b.phone();
                b.go("/event.xhtml?id=" + fair.eventId());
                b.visible(By.cssSelector("#plan svg"));
                b.assertFitsTheWidth("visitor plan on a phone");
                b.assertAccessible("visitor plan on a phone");
                // picked in the list below the plan: the plan scrolls into sight, zoomed in on the company's booth
                String wholeHall = (String) b.script("return document.querySelector('#plan svg').getAttribute('viewBox');");
                b.type(By.id("directorySearch"), "hung thinh");
                b.wait.until(ExpectedConditions.textToBe(By.id("directoryCount"), "1"));
                b.driver.findElements(By.cssSelector(".directory-entry")).stream().filter(WebElement::isDisplayed)
                        .findFirst().orElseThrow().findElement(By.cssSelector(".directory-pick")).click();
                b.wait.until(ExpectedConditions.attributeContains(By.cssSelector("#plan g[data-number='H-101']"), "class", "fp-selected"));
                String zoomed = (String) b.script("return document.querySelector('#plan svg').getAttribute('viewBox');");
                assertTrue(Double.parseDouble(zoomed.split(" ")[2]) < Double.parseDouble(wholeHall.split(" ")[2]),
                        wholeHall + " → " + zoomed);
                Object top = b.script("return document.getElementById('plan').getBoundingClientRect().top;");
                assertTrue(((Number) top).doubleValue() >= -1 && ((Number) top).doubleValue() < 200, "the plan is in sight: " + top);
                assertTrue(b.driver.findElement(By.id("boothInfo")).getText().contains("H-101"));
            } catch (RuntimeException | Error e) {
                b.screenshot("fair-journey");
                throw e;
            }
        }
        assertEquals(1, Api.anonymous().get("/api/events/" + fair.eventId() + "/exhibitors").array().size());
    }

    /** A company that has an account already is told so at sign-up and offered to sign in, not given a second company. */
    @Test
    void signingUpACompanyThatHasAnAccount_offersToSignIn() {
        String taxCode = vn.wtcexpo.it.support.TestFairs.freshTaxCode();
        String owner = vn.wtcexpo.it.support.Accounts.fresh("own", "EXHIBITOR", vn.wtcexpo.it.support.TestFairs.PASSWORD);
        assertEquals(200, vn.wtcexpo.it.support.TestFairs.as(owner).put("/api/exhibitors/me",
                vn.wtcexpo.it.support.TestFairs.profile("Công ty Đã Có", taxCode)).status());
        try (Browser b = Browser.open()) {
            b.go("/signup.xhtml");
            b.type(By.id("signup:company"), "Công ty Đã Có");
            b.type(By.id("signup:taxCode"), taxCode);
            b.type(By.id("signup:phone"), "0274 3812 345");
            b.type(By.id("signup:address"), "Thủ Dầu Một, Bình Dương");
            b.type(By.id("signup:contact"), "Ngô Văn Hai");
            b.type(By.id("signup:email"), "hai@example.vn");
            b.type(By.id("signup:username"), "hai" + System.nanoTime() % 100000);
            b.type(By.id("signup:password"), "mat-khau-2032");
            b.click(By.id("signup:submit"));
            b.visible(By.id("signup:toLogin")).click();
            b.wait.until(ExpectedConditions.urlContains("/login.xhtml"));
        }
    }
}
