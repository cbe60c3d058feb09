package vn.wtcexpo.infrastructure.scheduling;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.time.Duration;
import vn.wtcexpo.infrastructure.cluster.ClusterLeases;

/**
 * Every minute, the holds whose time is up expire, of every kind ({@link ExpiringHolds}: halls, booths); one kind
 * that fails does not stop the others, and runs again a minute later. On one server of a cluster at a time, the one
 * holding the lease {@value #LEASE} ({@link ClusterLeases}); when it stops, another takes over within
 * {@link #LEASE_LENGTH}. Were two to run at once all the same, the database's row locks expire each hold once.
 */
@Singleton
public class HoldExpiryTimer {

    private static final Logger LOG = Logger.getLogger(HoldExpiryTimer.class.getName());

    static final String LEASE = "hold-expiry";
    /** Two rounds and a half: a round late by a few seconds does not lose the lease. */
    static final Duration LEASE_LENGTH = Duration.ofSeconds(150);

    @Inject
    private ClusterLeases leases;

    @Inject
    @Any
    private Instance<ExpiringHolds> kinds;

    @Schedule(second = "0", minute = "*", hour = "*", persistent = false, info = "hold expiry")
    void expire() {
        try {
            if (!leases.hold(LEASE, LEASE_LENGTH)) {
                return; // another server's round
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "hold expiry skipped: the database is away; it runs again in a minute", e);
            return;
        }
        for (ExpiringHolds holds : kinds) {
            try {
                int expired = holds.expireDueHolds();
                if (expired > 0) {
                    LOG.info(() -> expired + " " + holds.holdKind() + " hold(s) expired");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, holds.holdKind() + " hold expiry failed; it runs again in a minute", e);
            }
        }
    }
}
