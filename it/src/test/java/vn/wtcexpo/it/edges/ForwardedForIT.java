package vn.wtcexpo.it.edges;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.wtcexpo.it.support.Api;
import vn.wtcexpo.it.support.Badges;
import vn.wtcexpo.it.support.ShippedApplication;
import vn.wtcexpo.it.support.TestFairs;

/**
 * Behind a reverse proxy the application counts each client by the address the proxy forwards (the test suite's
 * server trusts loopback as its proxy: WTC_TRUSTED_PROXIES), an IPv6 client by its /64.
 */
@ExtendWith(ShippedApplication.class)
class ForwardedForIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private static int register(String eventId, String client, int n) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(Api.BASE + "/api/events/" + eventId + "/registrations"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("X-Forwarded-For", client)
                .POST(HttpRequest.BodyPublishers.ofString(Badges.visitor("Khách " + n,
                        "xff" + n + "." + System.nanoTime() + "@example.vn"), StandardCharsets.UTF_8)).build();
        return CLIENT.send(r, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void theRegistrationLimit_countsTheForwardedClient_notTheProxy() throws Exception {
        String eventId = TestFairs.published("XF").eventId();
        for (int i = 0; i < 30; i++) {
            assertEquals(201, register(eventId, "198.51.100.7", i));
        }
        assertEquals(429, register(eventId, "198.51.100.7", 30), "the 31st from one client");
        assertEquals(201, register(eventId, "198.51.100.8", 31), "another client behind the same proxy");
    }

    @Test
    void anIpv6Client_isCountedByItsSlash64() throws Exception {
        String eventId = TestFairs.published("XF").eventId();
        for (int i = 0; i < 30; i++) {
            assertEquals(201, register(eventId, "2001:db8:1:2::" + Integer.toHexString(i + 1), i));
        }
        assertEquals(429, register(eventId, "2001:db8:1:2:ffff::9", 30), "the same /64");
        assertEquals(201, register(eventId, "2001:db8:1:3::1", 31), "another /64");
    }
}
