package vn.wtcexpo.it.edges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.wtcexpo.it.support.Api;
import vn.wtcexpo.it.support.ShippedApplication;

/** Headers every answer carries, the session cookie's attributes, and JSON-only writes on the API. */
@ExtendWith(ShippedApplication.class)
class SecurityHeadersIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pages_carryACspWithFrameAncestors_nosniff_andAReferrerPolicy() throws Exception {
        HttpResponse<String> r = get(HTTP, Api.BASE + "/login.xhtml");
        assertEquals(200, r.statusCode());
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertTrue(csp.contains("default-src 'self'"), csp);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertEquals("strict-origin-when-cross-origin", r.headers().firstValue("Referrer-Policy").orElse(null));
    }

    @Test
    void pages_areNotCached_soBackAfterSignOutShowsNothingPrivate() throws Exception {
        HttpResponse<String> r = get(HTTP, Api.BASE + "/login.xhtml");
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(null));
    }

    @Test
    void answers_doNotNameTheServerOrItsVersion() throws Exception {
        HttpResponse<String> r = get(HTTP, Api.BASE + "/api/halls");
        assertNull(r.headers().firstValue("Server").orElse(null), r.headers().map().toString());
        assertNull(r.headers().firstValue("X-Powered-By").orElse(null), r.headers().map().toString());
    }

    @Test
    void theSessionCookie_isHttpOnlyAndSameSite_andNotSecureOnPlainHttp() throws Exception {
        HttpResponse<String> r = get(HTTP, Api.BASE + "/login.xhtml");
        String cookie = sessionCookie(r.headers().allValues("Set-Cookie"));
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertFalse(cookie.contains("Secure"), cookie);
    }

    @Test
    void theSessionCookie_isSecureOverHttps() throws Exception {
        // Payara's own self-signed certificate: trusted here, for this one call
        HttpsURLConnection c = (HttpsURLConnection) URI.create("https://localhost:8181/login.xhtml").toURL().openConnection();
        c.setSSLSocketFactory(trustingEveryone().getSocketFactory());
        c.setHostnameVerifier((host, session) -> true);
        assertEquals(200, c.getResponseCode());
        String cookie = sessionCookie(c.getHeaderFields().getOrDefault("Set-Cookie", List.of()));
        c.disconnect();
        assertTrue(cookie.contains("Secure"), cookie);
    }

    @Test
    void aFormPostToTheApi_isRefusedWith415() throws Exception {
        Api.Reply r = Api.as("organizer").send("POST", "/api/tokens", "name=forged", "application/x-www-form-urlencoded");
        assertEquals(415, r.status(), r.body());
        assertEquals("UNSUPPORTED_MEDIA_TYPE", r.json().getString("error"));
        Api.Reply plain = Api.as("organizer").send("POST", "/api/tokens", "{\"name\": \"x\"}", "text/plain");
        assertEquals(415, plain.status(), plain.body());
    }

    private static String sessionCookie(List<String> cookies) {
        return cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
    }

    private static SSLContext trustingEveryone() throws Exception {
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, new TrustManager[] {new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, new SecureRandom());
        return ssl;
    }

}
