package vn.wtcexpo.identity.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2027-03-01T01:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle();

    private void fail(String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(user, address, T0);
        }
    }

    @Test
    void fourMistypes_areNotThrottled() {
        fail("lan", "10.0.0.1", 4);
        assertEquals(0, throttle.retryAfter("lan", "10.0.0.1", T0));
    }

    @Test
    void theFifthFailureInARow_makesTheAccountWait30Seconds() {
        fail("lan", "10.0.0.1", 5);
        assertEquals(30, throttle.retryAfter("lan", "10.0.0.2", T0));
        assertEquals(0, throttle.retryAfter("lan", "10.0.0.2", T0.plusSeconds(30)));
    }

    @Test
    void furtherFailures_doubleTheWait_upToFifteenMinutes() {
        fail("lan", "10.0.0.1", 7);
        assertEquals(120, throttle.retryAfter("lan", "10.0.0.1", T0));
        fail("lan", "10.0.0.1", 20);
        assertEquals(900, throttle.retryAfter("lan", "10.0.0.1", T0));
    }

    @Test
    void aSuccess_clearsTheAccount() {
        fail("lan", "10.0.0.1", 6);
        throttle.succeeded("lan");
        assertEquals(0, throttle.retryAfter("lan", "10.0.0.1", T0));
    }

    @Test
    void oneColleaguesMistypes_doNotLockOutTheOfficeAddress() {
        fail("minh", "203.0.113.9", 10);
        assertEquals(0, throttle.retryAfter("lan", "203.0.113.9", T0));
    }

    @Test
    void aHundredFailuresFromOneAddress_closeItForTheWindow_whateverTheAccounts() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
            throttle.failed("user" + i, "198.51.100.7", T0.plusSeconds(i));
        }
        long wait = throttle.retryAfter("somebody", "198.51.100.7", T0.plusSeconds(100));
        assertTrue(wait > 0 && wait <= 15 * 60, "wait " + wait);
        assertEquals(0, throttle.retryAfter("somebody", "198.51.100.7", T0.plusSeconds(15 * 60 + 1)));
        assertEquals(0, throttle.retryAfter("somebody", "198.51.100.8", T0.plusSeconds(100)));
    }
}
