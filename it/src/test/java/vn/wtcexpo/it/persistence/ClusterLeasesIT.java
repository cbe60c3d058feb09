package vn.wtcexpo.it.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.wtcexpo.infrastructure.cluster.ClusterLeases;
import vn.wtcexpo.it.support.Deployments;

/**
 * Who does the cluster's shared rounds (hold expiry, the outbox's retries), decided by the database: two servers
 * played by the test ask for one lease. Each test has a round of its own (the timers' leases are not touched).
 */
@ExtendWith(ArquillianExtension.class)
@Tag(Deployments.IN_CONTAINER)
class ClusterLeasesIT {

    private static final Duration LENGTH = Duration.ofSeconds(30);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestClasses(ClusterLeasesIT.class);
    }

    @Inject
    private ClusterLeases leases;

    private final Instant now = Instant.parse("2027-08-10T02:00:00Z");

    private final String lease = "test-" + UUID.randomUUID().toString().substring(0, 20);

    private String server() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aLeaseHeldByOneServer_isRefusedToAnother_untilItRunsOut() {
        String one = server();
        String two = server();
        assertTrue(leases.holdAs(one, lease, LENGTH, now));
        assertFalse(leases.holdAs(two, lease, LENGTH, now.plusSeconds(10)), "two servers hold one lease");
        assertTrue(leases.holdAs(one, lease, LENGTH, now.plusSeconds(20)), "its holder renews it");
        assertFalse(leases.holdAs(two, lease, LENGTH, now.plusSeconds(49)), "taken before it ran out");
        assertTrue(leases.holdAs(two, lease, LENGTH, now.plusSeconds(51)), "the next server takes it over");
        assertFalse(leases.holdAs(one, lease, LENGTH, now.plusSeconds(52)), "the old holder is back: too late");
    }

    @Test
    void aNewRound_isLeasedToTheFirstServerThatAsks() {
        String first = server();
        assertTrue(leases.holdAs(first, lease, LENGTH, now));
        assertFalse(leases.holdAs(server(), lease, LENGTH, now.plusSeconds(1)));
        assertTrue(leases.holdAs(first, lease, LENGTH, now.plusSeconds(2)));
    }
}
