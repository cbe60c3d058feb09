package vn.wtcexpo.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.shared.DomainException;

/** A sliding window of actions per client. */
class RateLimiterTest {

    private static final RateLimiter.Limit THREE_A_MINUTE = new RateLimiter.Limit("test", 3, 60);
    private static final Instant T0 = Instant.parse("2027-01-01T00:00:00Z");

    private static RateLimiter at(Instant now) {
        RateLimiter r = new RateLimiter();
        r.clock(Clock.fixed(now, ZoneOffset.UTC));
        return r;
    }

    @Test
    void theLimit_isHeardUpToItsCount_thenRefusedWithTheWait() {
        RateLimiter r = at(T0);
        r.hit(THREE_A_MINUTE, "10.0.0.1");
        r.hit(THREE_A_MINUTE, "10.0.0.1");
        r.hit(THREE_A_MINUTE, "10.0.0.1");
        DomainException e = assertThrows(DomainException.class, () -> r.hit(THREE_A_MINUTE, "10.0.0.1"));
        assertEquals("TOO_MANY_REQUESTS", e.code());
        assertEquals(60L, e.args().get(0));
    }

    @Test
    void anotherClient_hasItsOwnCount() {
        RateLimiter r = at(T0);
        for (int i = 0; i < 3; i++) {
            r.hit(THREE_A_MINUTE, "10.0.0.1");
        }
        r.hit(THREE_A_MINUTE, "10.0.0.2");
    }

    @Test
    void anActionOlderThanTheWindow_nolongerCounts() {
        RateLimiter r = at(T0);
        for (int i = 0; i < 3; i++) {
            r.hit(THREE_A_MINUTE, "10.0.0.1");
        }
        r.clock(Clock.fixed(T0.plus(Duration.ofSeconds(60)), ZoneOffset.UTC));
        r.hit(THREE_A_MINUTE, "10.0.0.1");
    }

    @Test
    void theWait_isUntilTheOldestActionLeavesTheWindow() {
        RateLimiter r = at(T0);
        r.hit(THREE_A_MINUTE, "c");
        r.clock(Clock.fixed(T0.plusSeconds(20), ZoneOffset.UTC));
        r.hit(THREE_A_MINUTE, "c");
        r.hit(THREE_A_MINUTE, "c");
        r.clock(Clock.fixed(T0.plusSeconds(30), ZoneOffset.UTC));
        assertEquals(30L, assertThrows(DomainException.class, () -> r.hit(THREE_A_MINUTE, "c")).args().get(0));
    }

    @Test
    void aReset_forgetsEveryClient() {
        RateLimiter r = at(T0);
        for (int i = 0; i < 3; i++) {
            r.hit(THREE_A_MINUTE, "c");
        }
        r.reset();
        r.hit(THREE_A_MINUTE, "c");
    }
}
