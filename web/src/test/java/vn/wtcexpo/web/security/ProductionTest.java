package vn.wtcexpo.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Where production sends a plain-HTTP request. */
class ProductionTest {

    @Test
    void theSameAddressOverHttps_withItsQuery() {
        assertEquals("https://expo.wtc.vn/event.xhtml?id=1", Production.httpsLocation("expo.wtc.vn", 443, "/event.xhtml", "id=1"));
    }

    @Test
    void anotherHttpsPort_isNamed() {
        assertEquals("https://expo.wtc.vn:8181/api/halls", Production.httpsLocation("expo.wtc.vn", 8181, "/api/halls", null));
    }

    @Test
    void anIpv6Host_isBracketed() {
        assertEquals("https://[2001:db8::1]/", Production.httpsLocation("2001:db8::1", 443, "/", null));
    }
}
