package vn.wtcexpo.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Whose address a request is counted under, with and without a trusted reverse proxy in front. */
class ClientAddressTest {

    private static final List<ClientAddress.Block> PROXY = ClientAddress.parseList("10.0.0.5, 192.168.10.0/24");

    @Test
    void withoutTrustedProxies_forwardedHeadersAreIgnored() {
        assertEquals("203.0.113.9", ClientAddress.client("203.0.113.9", "1.2.3.4", List.of()));
    }

    @Test
    void fromAnUntrustedPeer_forwardedHeadersAreIgnored() {
        assertEquals("203.0.113.9", ClientAddress.client("203.0.113.9", "1.2.3.4", PROXY));
    }

    @Test
    void behindATrustedProxy_theClientIsTheForwardedAddress() {
        assertEquals("198.51.100.7", ClientAddress.client("10.0.0.5", "198.51.100.7", PROXY));
    }

    @Test
    void aClientCannotPrependAForgedAddress_theNearestUntrustedHopCounts() {
        assertEquals("198.51.100.7", ClientAddress.client("10.0.0.5", "6.6.6.6, 198.51.100.7, 192.168.10.20", PROXY));
    }

    @Test
    void junkInTheHeader_countsAsTheProxyItself() {
        assertEquals("10.0.0.5", ClientAddress.client("10.0.0.5", "<script>", PROXY));
    }

    @Test
    void anIpv6Client_isCountedByItsSlash64() {
        assertEquals("2001:db8:1:2::/64", ClientAddress.key("2001:db8:1:2:aaaa:bbbb:cccc:dddd"));
        assertEquals(ClientAddress.key("2001:db8:1:2::1"), ClientAddress.key("2001:db8:1:2:ffff::9"));
    }

    @Test
    void anIpv4Client_isCountedByItsAddress() {
        assertEquals("198.51.100.7", ClientAddress.key("198.51.100.7"));
    }

    @Test
    void blocks_containTheirAddressesOnly() {
        assertTrue(ClientAddress.isTrusted("192.168.10.200", PROXY));
        assertFalse(ClientAddress.isTrusted("192.168.11.1", PROXY));
    }
}
