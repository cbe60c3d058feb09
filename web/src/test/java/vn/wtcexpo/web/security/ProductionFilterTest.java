package vn.wtcexpo.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** In production, plain HTTP goes to HTTPS and HTTPS answers pin it; behind a proxy only a trusted one is believed. */
class ProductionFilterTest {

    private final Map<String, String> answered = new HashMap<>();
    private boolean passedOn;

    @BeforeEach
    void production() {
        Production.force(true);
        Production.forceHttpsPort(443);
        ClientAddress.forceTrusted("10.0.0.5");
    }

    @AfterEach
    void back() {
        Production.force(null);
        ClientAddress.forceTrusted("");
    }

    private void send(String method, boolean secure, String peer, Map<String, String> headers) throws Exception {
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (p, m, args) -> switch (m.getName()) {
                    case "getRequestURI" -> "/organizer/events.xhtml";
                    case "getContextPath" -> "";
                    case "getQueryString" -> "id=7";
                    case "getServerName" -> "expo.wtc.vn";
                    case "getMethod" -> method;
                    case "isSecure" -> secure;
                    case "getRemoteAddr" -> peer;
                    case "getHeader" -> headers.get((String) args[0]);
                    default -> null;
                });
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (p, m, args) -> {
                    if (m.getName().equals("setHeader")) {
                        answered.put((String) args[0], (String) args[1]);
                    } else if (m.getName().equals("setStatus")) {
                        answered.put("status", String.valueOf(args[0]));
                    }
                    return null;
                });
        FilterChain chain = (req, res) -> passedOn = true;
        new SecurityHeadersFilter().doFilter(request, response, chain);
    }

    @Test
    void plainHttp_isRedirectedToTheSameAddressOverHttps() throws Exception {
        send("GET", false, "203.0.113.9", Map.of());
        assertEquals("301", answered.get("status"));
        assertEquals("https://expo.wtc.vn/organizer/events.xhtml?id=7", answered.get("Location"));
        assertFalse(passedOn);
    }

    @Test
    void aPlainHttpPost_keepsItsMethod() throws Exception {
        send("POST", false, "203.0.113.9", Map.of());
        assertEquals("308", answered.get("status"));
    }

    @Test
    void https_isServedWithStrictTransportSecurity() throws Exception {
        send("GET", true, "203.0.113.9", Map.of());
        assertTrue(passedOn);
        assertEquals(Production.HSTS, answered.get("Strict-Transport-Security"));
    }

    @Test
    void aTrustedProxySayingHttps_isBelieved() throws Exception {
        send("GET", false, "10.0.0.5", Map.of("X-Forwarded-Proto", "https"));
        assertTrue(passedOn);
    }

    @Test
    void anyoneElseSayingHttps_isNot() throws Exception {
        send("GET", false, "203.0.113.9", Map.of("X-Forwarded-Proto", "https"));
        assertEquals("301", answered.get("status"));
        assertFalse(passedOn);
    }

    @Test
    void outsideProduction_nothingChanges() throws Exception {
        Production.force(false);
        send("GET", false, "203.0.113.9", Map.of());
        assertTrue(passedOn);
        assertNull(answered.get("Strict-Transport-Security"));
    }
}
