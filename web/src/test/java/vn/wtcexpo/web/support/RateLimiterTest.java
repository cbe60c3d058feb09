package vn.wtcexpo.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.infrastructure.cluster.ClusterCounters;
import vn.wtcexpo.shared.DomainException;

/** About {@code max} actions per client in any window, counted in the cluster's shared counters. */
class RateLimiterTest {

    private static final RateLimiter.Limit THREE_A_MINUTE = new RateLimiter.Limit("test", 3, 60);
    /** The start of a minute: the windows are fixed minutes. */
    private static final Instant T0 = Instant.parse("2027-01-01T00:00:00Z");

    private final ConcurrentMap<String, Long> grid = new ConcurrentHashMap<>();

    /** A server of a cluster whose shared counters are {@link #grid}. */
    private RateLimiter server(Instant now) {
        return server(grid, now);
    }

    private static RateLimiter server(ConcurrentMap<String, Long> shared, Instant now) {
        RateLimiter r = new RateLimiter();
        r.counters(new ClusterCounters() {
            @Override
            public ConcurrentMap<String, Long> shared() {
                return shared;
            }
        });
        r.clock(Clock.fixed(now, ZoneOffset.UTC));
        return r;
    }

    /** Many a minute, counted in the grid in batches (as the scans of a device are). */
    private static final RateLimiter.Limit HUNDRED_A_MINUTE_BATCHED = new RateLimiter.Limit("test-batched", 100, 60, true);

    /** A clock that the test moves on. */
    private static final class Moving extends Clock {
        private Instant now;

        Moving(Instant start) {
            now = start;
        }

        void advanceMillis(long ms) {
            now = now.plusMillis(ms);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private static RateLimiter server(ConcurrentMap<String, Long> shared, Clock clock) {
        RateLimiter r = server(shared, T0);
        r.clock(clock);
        return r;
    }

    /** Hits {@code limit} as {@code client} on the servers in turn, one every {@code everyMs}; returns how many were heard. */
    private static int heard(RateLimiter.Limit limit, Moving clock, int hits, long everyMs, RateLimiter... servers) {
        int heard = 0;
        for (int i = 0; i < hits; i++) {
            clock.advanceMillis(everyMs);
            try {
                servers[i % servers.length].hit(limit, "device:1");
                heard++;
            } catch (DomainException refused) {
                assertEquals("TOO_MANY_REQUESTS", refused.code());
            }
        }
        return heard;
    }

    /** Shared counters whose every operation fails, as while the grid cannot be reached. */
    @SuppressWarnings("unchecked")
    private static ConcurrentMap<String, Long> unwellGrid() {
        return (ConcurrentMap<String, Long>) Proxy.newProxyInstance(RateLimiterTest.class.getClassLoader(),
                new Class<?>[] {ConcurrentMap.class}, (proxy, method, args) -> {
                    throw new IllegalStateException("the grid is not reachable");
                });
    }

    private static long refusedWait(RateLimiter r, String client) {
        DomainException e = assertThrows(DomainException.class, () -> r.hit(THREE_A_MINUTE, client));
        assertEquals("TOO_MANY_REQUESTS", e.code());
        return (Long) e.args().get(0);
    }

    @Test
    void theLimit_isHeardUpToItsCount_thenRefused() {
        RateLimiter r = server(T0.plusSeconds(5));
        for (int i = 0; i < 3; i++) {
            r.hit(THREE_A_MINUTE, "10.0.0.1");
        }
        refusedWait(r, "10.0.0.1");
    }

    @Test
    void anotherClient_hasItsOwnCount() {
        RateLimiter r = server(T0);
        for (int i = 0; i < 3; i++) {
            r.hit(THREE_A_MINUTE, "10.0.0.1");
        }
        r.hit(THREE_A_MINUTE, "10.0.0.2");
    }

    @Test
    void twoServers_shareOneBudget() {
        RateLimiter one = server(T0);
        RateLimiter two = server(T0);
        one.hit(THREE_A_MINUTE, "c");
        two.hit(THREE_A_MINUTE, "c");
        one.hit(THREE_A_MINUTE, "c");
        refusedWait(two, "c");
    }

    @Test
    void thePreviousWindow_countsByTheShareOfItStillInside() {
        server(T0).hit(THREE_A_MINUTE, "c");
        server(T0).hit(THREE_A_MINUTE, "c");
        server(T0).hit(THREE_A_MINUTE, "c");
        // 40 s into the next minute the sliding window still covers a third of the previous one: 3 x 1/3 = 1
        RateLimiter later = server(T0.plusSeconds(100));
        later.hit(THREE_A_MINUTE, "c");
        later.hit(THREE_A_MINUTE, "c");
        refusedWait(later, "c");
    }

    @Test
    void twoWindowsLater_nothingCounts() {
        for (int i = 0; i < 3; i++) {
            server(T0).hit(THREE_A_MINUTE, "c");
        }
        RateLimiter later = server(T0.plusSeconds(120));
        for (int i = 0; i < 3; i++) {
            later.hit(THREE_A_MINUTE, "c");
        }
    }

    @Test
    void theWait_isWhenOneMoreFits_andNotASecondEarlier() {
        for (int i = 0; i < 3; i++) {
            server(T0.plusSeconds(10)).hit(THREE_A_MINUTE, "c");
        }
        long wait = refusedWait(server(T0.plusSeconds(30)), "c");
        assertEquals(50, wait, "30 s to the next minute, then 20 s until the full one weighs 2 of 3");
        refusedWait(server(T0.plusSeconds(30 + wait - 1)), "c");
        server(T0.plusSeconds(30 + wait)).hit(THREE_A_MINUTE, "c");
    }

    @Test
    void theWait_withinAWindow_isUntilThePreviousOneWeighsLittleEnough() {
        for (int i = 0; i < 3; i++) {
            server(T0).hit(THREE_A_MINUTE, "c");
        }
        RateLimiter next = server(T0.plusSeconds(60));
        long wait = refusedWait(next, "c");
        assertEquals(20, wait, "3 x (40/60) = 2, and one more makes 3");
        server(T0.plusSeconds(60 + wait)).hit(THREE_A_MINUTE, "c");
    }

    @Test
    void aClientThatLosesEveryCompareAndSet_isRefused_notCountedUnchecked() {
        ConcurrentMap<String, Long> racing = new ConcurrentHashMap<>() {
            @Override
            public Long putIfAbsent(String key, Long value) {
                super.putIfAbsent(key, 0L);
                return 0L; // another server always counted first
            }

            @Override
            public boolean replace(String key, Long oldValue, Long newValue) {
                return false;
            }
        };
        assertEquals(1L, refusedWait(server(racing, T0), "c"));
    }

    @Test
    void whileTheGridIsUnwell_theServerStillLimits_onItsOwnCount() {
        ConcurrentMap<String, Long> unwell = unwellGrid();
        RateLimiter r = server(unwell, T0);
        for (int i = 0; i < 3; i++) {
            r.hit(THREE_A_MINUTE, "c");
        }
        refusedWait(r, "c");
    }

    @Test
    void aBatchedLimit_onTwoServers_hearsItsCount_andAtMostWhatTheOtherDidInASecondMore() {
        Moving clock = new Moving(T0);
        int heard = heard(HUNDRED_A_MINUTE_BATCHED, clock, 300, 50, server(grid, clock), server(grid, clock));
        // 20 a second in all: each server knows the other's 10 hits a second at most a second late
        assertTrue(heard >= 100 && heard <= 110, "heard " + heard);
    }

    @Test
    void aBatchedLimit_tellsTheGridOnceASecond_notAtEveryHit() {
        AtomicInteger operations = new AtomicInteger();
        ConcurrentMap<String, Long> counted = new ConcurrentHashMap<>() {
            @Override
            public Long get(Object key) { // getOrDefault too
                operations.incrementAndGet();
                return super.get(key);
            }

            @Override
            public Long putIfAbsent(String key, Long value) {
                operations.incrementAndGet();
                return super.putIfAbsent(key, value);
            }

            @Override
            public boolean replace(String key, Long oldValue, Long newValue) {
                operations.incrementAndGet();
                return super.replace(key, oldValue, newValue);
            }
        };
        Moving clock = new Moving(T0);
        RateLimiter.Limit many = new RateLimiter.Limit("test-many", 5000, 60, true);
        assertEquals(500, heard(many, clock, 500, 20, server(counted, clock)));
        // 10 s at 50 a second: this window's count told once a second (a read and a compare-and-set), the previous
        // window's read every ten seconds
        assertTrue(operations.get() <= 2 * 10 + 2 + 2, operations.get() + " grid operations for 500 hits");
    }

    @Test
    void aBatchedLimit_whileTheGridIsUnwell_stillLimitsOnTheServersOwnCount() {
        ConcurrentMap<String, Long> unwell = unwellGrid();
        Moving clock = new Moving(T0);
        assertEquals(100, heard(HUNDRED_A_MINUTE_BATCHED, clock, 150, 100, server(unwell, clock)));
    }

    @Test
    void aBatchedLimit_countsThePreviousWindowByItsShare() {
        Moving clock = new Moving(T0);
        RateLimiter one = server(grid, clock);
        assertEquals(100, heard(HUNDRED_A_MINUTE_BATCHED, clock, 100, 590, one)); // the last at 59 s
        // 30 s into the next minute half of the previous one still weighs: 50 more fit, not 100
        clock.advanceMillis(31_000);
        assertEquals(50, heard(HUNDRED_A_MINUTE_BATCHED, clock, 100, 1, one));
    }
}
