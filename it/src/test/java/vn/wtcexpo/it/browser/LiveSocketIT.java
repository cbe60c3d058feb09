package vn.wtcexpo.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import vn.wtcexpo.it.support.Accounts;
import vn.wtcexpo.it.support.Api;
import vn.wtcexpo.it.support.ShippedApplication;
import vn.wtcexpo.it.support.TestFairs;

/**
 * The live dashboard's socket: only for a page of this application (its Origin) whose signed-in person may watch
 * that event. "open" means the socket stayed open; a number is the close code the server sent (1008: refused).
 */
@ExtendWith(ShippedApplication.class)
class LiveSocketIT {

    /** Opens the socket from the signed-in page and tells what became of it within 3 s. */
    private static String fromThePage(Browser b, String eventId) {
        Object r = ((JavascriptExecutor) b.driver).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var s = new WebSocket('ws://' + location.host + '/live/gates?event=' + arguments[0]);
                var t = setTimeout(function () { done(s.readyState === 1 ? 'open' : 'state ' + s.readyState); s.close(); }, 3000);
                s.onclose = function (e) { clearTimeout(t); done(String(e.code)); };
                """, eventId);
        return String.valueOf(r);
    }

    @Test
    void theEventsOrganizer_connects_anotherOrganizer_isRefused() {
        String eventId = TestFairs.published("LS").eventId();
        String other = Accounts.fresh("lso", "ORGANIZER", "other-organizer-1");
        try (Browser b = Browser.open()) {
            b.signIn("organizer", "demo");
            assertEquals("open", fromThePage(b, eventId));
        }
        try (Browser b = Browser.open()) {
            b.signIn(other, "other-organizer-1");
            assertEquals("1008", fromThePage(b, eventId));
        }
    }

    @Test
    void aPageOfAnotherSite_isRefused_evenWithTheOrganizersCookie() throws Exception {
        String eventId = TestFairs.published("LS").eventId();
        Cookie session;
        try (Browser b = Browser.open()) {
            b.signIn("organizer", "demo");
            session = b.driver.manage().getCookieNamed("JSESSIONID");
            assertEquals("open", fromThePage(b, eventId));
            assertEquals("open", fromJava(session.getValue(), Api.BASE, eventId), "the application's own origin");
            assertEquals("1008", fromJava(session.getValue(), "https://evil.example", eventId));
        }
    }

    /** A client that sends the organizer's session cookie with the given Origin, as a page of that origin would. */
    private static String fromJava(String sessionId, String origin, String eventId) throws Exception {
        CompletableFuture<String> outcome = new CompletableFuture<>();
        URI uri = URI.create(Api.BASE.replaceFirst("^http", "ws") + "/live/gates?event=" + eventId);
        WebSocket socket = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build()
                .newWebSocketBuilder().header("Origin", origin).header("Cookie", "JSESSIONID=" + sessionId)
                .buildAsync(uri, new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
                        outcome.complete(String.valueOf(statusCode));
                        return null;
                    }

                    @Override
                    public void onError(WebSocket ws, Throwable error) {
                        outcome.complete("error " + error);
                    }
                }).get(10, TimeUnit.SECONDS);
        try {
            return outcome.get(3, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException stillOpen) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "");
            return "open";
        }
    }
}
