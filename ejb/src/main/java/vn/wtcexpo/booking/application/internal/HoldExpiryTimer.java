package vn.wtcexpo.booking.application.internal;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.wtcexpo.booking.application.BookingService;

/** Expires holds at their option date: every minute, the holds whose option date has passed. */
@Singleton
public class HoldExpiryTimer {

    private static final Logger LOG = Logger.getLogger(HoldExpiryTimer.class.getName());

    @Inject
    private BookingService bookings;

    @Schedule(second = "0", minute = "*", hour = "*", persistent = false, info = "hold expiry")
    void expire() {
        try {
            int expired = bookings.expireDueHolds();
            if (expired > 0) {
                LOG.info(() -> expired + " hold(s) expired at their option date");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Hold expiry failed; it runs again in a minute", e);
        }
    }
}
