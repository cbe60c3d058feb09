package vn.wtcexpo.identity.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Where an account signed in before: a browser's cookie, or an address over the API. */
class KnownDeviceTest {

    private static final Instant NOW = Instant.parse("2027-01-01T00:00:00Z");

    @Test
    void aBrowser_keepsOnlyTheHashOfItsCookie() {
        KnownDevice.Issued issued = KnownDevice.browser("lan", NOW);
        assertTrue(issued.secret().startsWith(KnownDevice.COOKIE_PREFIX));
        assertEquals(KnownDevice.cookieHash(issued.secret()), issued.device().tokenHash());
        assertNotEquals(issued.secret(), issued.device().tokenHash());
        assertEquals(KnownDevice.Kind.COOKIE, issued.device().kind());
    }

    @Test
    void anAddress_isKnownForOneAccountOnly() {
        assertNotEquals(KnownDevice.addressHash("lan", "10.0.0.1"), KnownDevice.addressHash("minh", "10.0.0.1"));
        assertEquals(KnownDevice.addressHash("lan", "10.0.0.1"), KnownDevice.address("lan", "10.0.0.1", NOW).tokenHash());
    }

    @Test
    void twoBrowsers_getTwoCookies() {
        assertNotEquals(KnownDevice.browser("lan", NOW).secret(), KnownDevice.browser("lan", NOW).secret());
    }
}
