package vn.wtcexpo.infrastructure.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/**
 * Without a data grid (one server, or the grid switched off) the cluster's counters are this server's own, which is
 * then all there is; with or without one, a server always has its own counters to fall back on.
 */
class ClusterCountersTest {

    @Test
    void withoutAGrid_theSharedCountersAreThisServersOwn() {
        ClusterCounters counters = new ClusterCounters();
        counters.join(); // no JNDI here: no grid

        assertFalse(counters.clustered());
        assertSame(counters.local(), counters.shared());
        counters.shared().merge("sign-up|10.0.0.1|0", 1L, Long::sum);
        assertEquals(1L, counters.local().get("sign-up|10.0.0.1|0"));
    }
}
