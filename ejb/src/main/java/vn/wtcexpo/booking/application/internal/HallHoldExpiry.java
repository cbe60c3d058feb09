package vn.wtcexpo.booking.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import vn.wtcexpo.booking.application.BookingNotice;
import vn.wtcexpo.booking.model.BookingRepository;
import vn.wtcexpo.booking.model.BookingStatus;
import vn.wtcexpo.booking.model.HallBooking;
import vn.wtcexpo.infrastructure.scheduling.ExpiringHolds;

/**
 * Hall holds whose option date passed expire, each in its own small transaction that takes the halls' locks in
 * the same order as a booking does: a long expiry run never holds many halls at once.
 */
@Stateless
@LocalBean
@Local(ExpiringHolds.class)
@PermitAll
public class HallHoldExpiry implements ExpiringHolds {

    /** The time the rules read ({@code infrastructure.time.Clocks}). */
    @Inject
    private Clock clock;

    private static final int BATCH = 200;

    @Inject
    private BookingRepository bookings;

    @Inject
    private BookingLine line;

    @Resource
    private SessionContext context;

    @Override
    public String holdKind() {
        return "hall";
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int expireDueHolds() {
        return expireDueBy(clock.instant().truncatedTo(ChronoUnit.MICROS));
    }

    /** Expires the holds due by {@code cutoff}; one whose halls another writer has is left for the next run. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int expireDueBy(Instant cutoff) {
        HallHoldExpiry self = context.getBusinessObject(HallHoldExpiry.class);
        return ExpiringHolds.expireEach(bookings.holdIdsDueBy(cutoff, BATCH), id -> self.expireOne(id, cutoff));
    }

    /** Expires one hold if it is still due; its own transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean expireOne(String id, Instant cutoff) {
        HallBooking hold = line.lockedForChange(id);
        if (hold.status() != BookingStatus.TENTATIVE || !hold.hold().isDueBy(cutoff)) {
            return false;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        hold.expire(now);
        line.notify(BookingNotice.Kind.EXPIRED, hold, null);
        line.rerankCompetitors(hold, now);
        return true;
    }
}
