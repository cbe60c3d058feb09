package vn.wtcexpo.exhibition.application.internal;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.wtcexpo.exhibition.application.ReservationService;

/** Every minute, the booth holds whose time is up expire and their booths are offered again. */
@Singleton
public class BoothHoldExpiryTimer {

    private static final Logger LOG = Logger.getLogger(BoothHoldExpiryTimer.class.getName());

    @Inject
    private ReservationService reservations;

    @Schedule(second = "30", minute = "*", hour = "*", persistent = false, info = "booth hold expiry")
    void expire() {
        try {
            int expired = reservations.expireDueHolds();
            if (expired > 0) {
                LOG.info(() -> expired + " booth hold(s) expired");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Booth hold expiry failed; it runs again in a minute", e);
        }
    }
}
