package vn.wtcexpo.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.wtcexpo.it.support.Api;
import vn.wtcexpo.it.support.TestGates;
import vn.wtcexpo.it.support.ShippedApplication;

/**
 * Gate staff's scanner on a phone: the camera (a fake one that films a printed badge) admits the badge at once,
 * with the holder's name; and the page keeps admitting with a handheld scanner while the network is gone, then
 * sends what it decided when it is back; once opened, it loads again without the network.
 */
@ExtendWith(ShippedApplication.class)
class ScannerJourneyIT {

    @Test
    void cameraSeesABadge_andThePageAdmitsIt() throws Exception {
        TestGates.Today fair = TestGates.fair("SJ", 100);
        JsonObject badge = TestGates.badge(fair.eventId(), "ORGANIZER_STAFF");
        Api.Binary png = Api.anonymous().bytes(badge.getString("qrUrl"));
        assertEquals(200, png.status());
        Path video = Files.createTempFile("badge", ".y4m");
        y4m(ImageIO.read(new ByteArrayInputStream(png.body())), video);
        String token = TestGates.device(fair.eventId());
        try (Browser b = Browser.withCamera(video)) {
            b.phone();
            b.go("/scanner.xhtml#device=" + token);
            b.wait.until(ExpectedConditions.attributeToBe(By.id("answer"), "data-result", "ADMITTED"));
            assertTrue(b.visible(By.id("answerHolder")).getText().contains(badge.getString("fullName")));
            b.assertAccessible("scanner with an answer");
        } finally {
            Files.deleteIfExists(video);
        }
        JsonObject occupancy = Api.as("organizer").get("/api/events/" + fair.eventId() + "/occupancy").json();
        assertEquals(1, occupancy.getInt("admittedToday"));
    }

    @Test
    void offline_thePageDecidesAlone_andSendsTheScanWhenBack() {
        TestGates.Today fair = TestGates.fair("SO", 100);
        String code = TestGates.badge(fair.eventId(), "ORGANIZER_STAFF").getString("code");
        String token = TestGates.device(fair.eventId());
        try (Browser b = Browser.open()) {
            openScanner(b, token);
            b.assertAccessible("scanner ready");
            b.assertFitsTheWidth("scanner on a phone");
            b.offline(true);
            b.type(By.id("code"), code + Keys.ENTER);
            b.wait.until(ExpectedConditions.attributeToBe(By.id("answer"), "data-result", "ADMITTED"));
            assertTrue(b.visible(By.id("answerNote")).getText().length() > 0, "says it decided offline");
            b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("queueState")));
            assertEquals(0, admitted(fair), "nothing reached the server while offline");
            b.offline(false);
            b.wait.until(d -> admitted(fair) == 1);
            b.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("queueState")));
        }
    }

    @Test
    void answersSlowerThanTwoSeconds_makeThePageDecideAlone_andTheScanIsStoredOnceWhenTheNetworkHeals() {
        TestGates.Today fair = TestGates.fair("SL", 100);
        String code = TestGates.badge(fair.eventId(), "ORGANIZER_STAFF").getString("code");
        String token = TestGates.device(fair.eventId());
        try (Browser b = Browser.open()) {
            openScanner(b, token);
            b.latency(6_000);
            b.type(By.id("code"), code);
            long asked = System.nanoTime();
            b.driver.findElement(By.id("code")).sendKeys(Keys.ENTER);
            b.wait.until(ExpectedConditions.attributeToBe(By.id("answer"), "data-result", "ADMITTED"));
            long waitedMs = (System.nanoTime() - asked) / 1_000_000;
            assertTrue(b.visible(By.id("answerNote")).getText().length() > 0, "says it decided offline");
            assertTrue(waitedMs < 4_500, "the person at the gate waited (answers take 6 s) " + waitedMs + " ms");
            b.latency(0);
            // the slow request may have reached the server all the same: the kept scan carries its nonce
            b.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("queueState")));
            b.wait.until(d -> admitted(fair) == 1);
        }
        assertEquals(1, admitted(fair), "the scan was stored twice");
    }

    @Test
    void openedOnce_thePageLoadsAgainWithoutTheNetwork_andStillDecides() {
        TestGates.Today fair = TestGates.fair("SR", 100);
        String code = TestGates.badge(fair.eventId(), "ORGANIZER_STAFF").getString("code");
        String token = TestGates.device(fair.eventId());
        try (Browser b = Browser.open()) {
            openScanner(b, token);
            // the page's service worker has taken the page over: it keeps the page for when the network is gone
            b.wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                    "return navigator.serviceWorker && navigator.serviceWorker.controller !== null")));
            b.offline(true);
            b.driver.navigate().refresh();
            b.wait.until(ExpectedConditions.textToBe(By.id("netState"), "Ngoại tuyến"));
            b.wait.until(d -> d.findElements(By.cssSelector("#gate option")).size() == 3);
            b.type(By.id("code"), code + Keys.ENTER);
            b.wait.until(ExpectedConditions.attributeToBe(By.id("answer"), "data-result", "ADMITTED"));
            assertEquals(0, admitted(fair), "nothing reached the server while offline");
            b.offline(false);
            b.wait.until(d -> admitted(fair) == 1);
        }
    }

    @Test
    void aHandheldScanner_isHeardAtOnce_andWhereverTheFocusIs() {
        TestGates.Today fair = TestGates.fair("SH", 100);
        String first = TestGates.badge(fair.eventId(), "ORGANIZER_STAFF").getString("code");
        String second = TestGates.badge(fair.eventId(), "ORGANIZER_STAFF").getString("code");
        String token = TestGates.device(fair.eventId());
        try (Browser b = Browser.open()) {
            openScanner(b, token);
            assertEquals("code", b.driver.switchTo().activeElement().getAttribute("id"), "the code field has the focus");
            new org.openqa.selenium.interactions.Actions(b.driver).sendKeys(first + Keys.ENTER).perform();
            b.wait.until(ExpectedConditions.attributeToBe(By.id("answer"), "data-result", "ADMITTED"));
            b.driver.findElement(By.id("answer")).click();
            b.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("answer")));
            // the focus elsewhere (a tap on the heading): the scanner's burst of keys is still a scan
            ((JavascriptExecutor) b.driver).executeScript("document.activeElement.blur()");
            new org.openqa.selenium.interactions.Actions(b.driver).sendKeys(second + Keys.ENTER).perform();
            b.wait.until(ExpectedConditions.attributeToBe(By.id("answer"), "data-result", "ADMITTED"));
        }
        assertEquals(2, admitted(fair));
    }

    @Test
    void atATwoWayGate_theChoiceFitsAGlove_goesBackToInAfterAnExit_andAlreadyInsideSaysSinceWhenAndWhere() throws Exception {
        TestGates.Today fair = TestGates.fair("SW", 100);
        String code = TestGates.badge(fair.eventId(), "ORGANIZER_STAFF").getString("code");
        String token = TestGates.device(fair.eventId());
        try (Browser b = Browser.open()) {
            openScanner(b, token);
            b.script("var s = document.getElementById('gate'); s.value = arguments[0]; s.dispatchEvent(new Event('change'));",
                    fair.both());
            WebElement in = b.visible(By.id("dirIn"));
            assertTrue(in.getRect().getHeight() >= 64, "a gloved thumb needs 64 px: " + in.getRect().getHeight());
            assertEquals("true", in.getAttribute("aria-checked"), "a two-way gate starts on its default, in");
            new org.openqa.selenium.interactions.Actions(b.driver).sendKeys(code + Keys.ENTER).perform();
            b.wait.until(ExpectedConditions.attributeToBe(By.id("answer"), "data-result", "ADMITTED"));
            b.driver.findElement(By.id("answer")).click();
            b.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("answer")));
            // the same badge again: refused, and the answer says since when and through which gate
            Thread.sleep(4100); // the page reads one badge once in four seconds (the camera sees it many times)
            new org.openqa.selenium.interactions.Actions(b.driver).sendKeys(code + Keys.ENTER).perform();
            b.wait.until(ExpectedConditions.attributeToBe(By.id("answer"), "data-reason", "ALREADY_INSIDE"));
            String said = b.driver.findElement(By.id("answerTitle")).getText();
            assertTrue(said.contains(fair.both()) && said.matches("(?s).*\\d{2}:\\d{2}.*"), said);
            b.driver.findElement(By.id("answer")).click();
            // an exit, chosen for one scan: the choice goes back to in
            b.click(By.id("dirOut"));
            assertEquals("true", b.driver.findElement(By.id("dirOut")).getAttribute("aria-checked"));
            Thread.sleep(4100);
            new org.openqa.selenium.interactions.Actions(b.driver).sendKeys(code + Keys.ENTER).perform();
            b.wait.until(ExpectedConditions.attributeToBe(By.id("answer"), "data-result", "ADMITTED"));
            b.wait.until(ExpectedConditions.attributeToBe(By.id("dirIn"), "aria-checked", "true"));
        }
    }

    @Test
    void overPlainHttp_thePageSaysInOneLineWhyTheCameraIsOff() throws Exception {
        TestGates.Today fair = TestGates.fair("SP", 100);
        String token = TestGates.device(fair.eventId());
        // an address of this machine that is not localhost: a browser treats it as insecure, as a phone on the wifi does
        String host = java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(n -> java.util.Collections.list(n.getInetAddresses()).stream())
                .filter(a -> a instanceof java.net.Inet4Address && !a.isLoopbackAddress()).map(java.net.InetAddress::getHostAddress)
                .findFirst().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(host != null, "this machine has an address besides loopback");
        try (Browser b = Browser.open()) {
            b.phone();
            b.driver.get(Api.BASE.replace("localhost", host) + "/scanner.xhtml#device=" + token);
            WebElement note = b.visible(By.id("httpsNote"));
            assertTrue(note.getText().contains("https://"), note.getText());
            assertTrue(b.driver.findElement(By.id("cameraProblem")).getAttribute("hidden") != null, "not shown as a fault");
        }
    }

    /** A browser without WebCrypto (crypto.subtle), as on an older phone. */
    private static final String NO_WEBCRYPTO =
            "Object.defineProperty(Crypto.prototype, 'subtle', {get: function () { return undefined; }, configurable: true});";

    /** And without the page's own verifier: its script runs, but nothing it defines reaches the page. */
    private static final String NO_VERIFIER =
            "Object.defineProperty(window, 'nacl', {get: function () { return undefined; }, set: function () {}, configurable: false});";

    @Test
    void withoutWebCrypto_offline_aForgedCodeIsRefused_andAGenuineOneAdmitted() {
        TestGates.Today fair = TestGates.fair("SF", 100);
        // organizer staff: admitted at any hour (the test fair opens to visitors an hour from now)
        String code = TestGates.badge(fair.eventId(), "ORGANIZER_STAFF").getString("code");
        String forged = forge(code);
        String token = TestGates.device(fair.eventId());
        try (Browser b = Browser.open()) {
            b.beforeEveryPage(NO_WEBCRYPTO);
            openScanner(b, token);
            assertEquals(Boolean.TRUE, ((JavascriptExecutor) b.driver).executeScript("return window.crypto.subtle === undefined"));
            b.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("noVerifier")));
            b.offline(true);
            b.type(By.id("code"), forged + Keys.ENTER);
            b.wait.until(ExpectedConditions.attributeToBe(By.id("answer"), "data-reason", "BAD_SIGNATURE"));
            assertEquals("DENIED", b.driver.findElement(By.id("answer")).getAttribute("data-result"));
            b.driver.findElement(By.id("answer")).click();
            b.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("answer")));
            b.type(By.id("code"), code + Keys.ENTER);
            b.wait.until(ExpectedConditions.attributeToBe(By.id("answer"), "data-result", "ADMITTED"));
            b.offline(false);
            b.wait.until(d -> admitted(fair) == 1);
            b.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("queueState")));
        }
        assertEquals(1, admitted(fair), "the forged code admitted nobody, offline or on sync");
    }

    @Test
    void withNoWayToVerify_thePageSaysSoAtPairing_andNeverAdmitsOffline() {
        TestGates.Today fair = TestGates.fair("SV", 100);
        String code = TestGates.badge(fair.eventId(), "ORGANIZER_STAFF").getString("code");
        String token = TestGates.device(fair.eventId());
        try (Browser b = Browser.open()) {
            b.beforeEveryPage(NO_WEBCRYPTO + NO_VERIFIER);
            openScanner(b, token);
            assertTrue(b.visible(By.id("noVerifier")).getText().contains("giám sát"));
            b.offline(true);
            for (String scanned : new String[] {forge(code), code}) {
                b.type(By.id("code"), scanned + Keys.ENTER);
                b.visible(By.id("answer"));
                assertEquals("UNCHECKED", b.driver.findElement(By.id("answer")).getAttribute("data-reason"));
                assertEquals("DENIED", b.driver.findElement(By.id("answer")).getAttribute("data-result"));
                assertTrue(b.visible(By.id("answerTitle")).getText().contains("giám sát"));
                b.driver.findElement(By.id("answer")).click();
                b.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("answer")));
            }
            assertEquals(0, admitted(fair), "nothing reached the server while offline");
            b.offline(false);
            // queued undecided: the server decides each alone, the genuine badge in, the forged one out
            b.wait.until(d -> admitted(fair) == 1);
            b.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("queueState")));
        }
    }

    /** The attack: a genuine code with its badge type made VIP and a signature of zeros. */
    private static String forge(String code) {
        byte[] bytes = java.util.Base64.getUrlDecoder().decode(code);
        bytes[39] = 5;
        java.util.Arrays.fill(bytes, 40, 104, (byte) 0);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The scanner on a phone, paired with the device's token, online and showing the fair's three gates. */
    private static void openScanner(Browser b, String token) {
        b.phone();
        b.go("/scanner.xhtml#device=" + token);
        b.wait.until(ExpectedConditions.textToBe(By.id("netState"), "Trực tuyến"));
        b.wait.until(d -> d.findElements(By.cssSelector("#gate option")).size() == 3);
    }

    private static int admitted(TestGates.Today fair) {
        return Api.as("organizer").get("/api/events/" + fair.eventId() + "/occupancy").json().getInt("admittedToday");
    }

    /** A video (at least 640 × 480) of the image on white (YUV 4:2:0; grey only), two frames, as Chromium's fake camera plays. */
    static void y4m(BufferedImage image, Path file) throws IOException {
        int w = Math.max(640, (image.getWidth() + 80 + 15) / 16 * 16);
        int h = Math.max(480, (image.getHeight() + 80 + 15) / 16 * 16);
        byte[] luma = new byte[w * h];
        java.util.Arrays.fill(luma, (byte) 235);
        int scale = Math.max(1, Math.min((w - 40) / image.getWidth(), (h - 40) / image.getHeight()));
        int iw = image.getWidth() * scale;
        int ih = image.getHeight() * scale;
        int x0 = (w - iw) / 2;
        int y0 = (h - ih) / 2;
        for (int y = 0; y < ih; y++) {
            for (int x = 0; x < iw; x++) {
                int rgb = image.getRGB(x / scale, y / scale);
                int grey = ((rgb >> 16 & 0xff) * 299 + (rgb >> 8 & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
                luma[(y0 + y) * w + x0 + x] = (byte) (16 + grey * 219 / 255);
            }
        }
        byte[] chroma = new byte[w * h / 4];
        java.util.Arrays.fill(chroma, (byte) 128);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(("YUV4MPEG2 W" + w + " H" + h + " F10:1 Ip A1:1 C420jpeg\n").getBytes(StandardCharsets.US_ASCII));
            for (int f = 0; f < 2; f++) {
                out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
                out.write(luma);
                out.write(chroma);
                out.write(chroma);
            }
        }
    }
}
