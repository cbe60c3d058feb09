package vn.wtcexpo.infrastructure.scheduling;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.wtcexpo.infrastructure.scheduling.ExpiringHolds;

/**
 * Every minute, the holds whose time is up expire, of every kind ({@link ExpiringHolds}: halls, booths); one kind
 * that fails does not stop the others, and runs again a minute later. Runs on each server (the expiries are guarded
 * by the database's locks, so two servers expiring at once expire each hold once).
 */
@Singleton
public class HoldExpiryTimer {

    private static final Logger LOG = Logger.getLogger(HoldExpiryTimer.class.getName());

    @Inject
    @Any
    private Instance<ExpiringHolds> kinds;

    @Schedule(second = "0", minute = "*", hour = "*", persistent = false, info = "hold expiry")
    void expire() {
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
